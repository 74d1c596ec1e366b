package extract_test

import "testing"

// TestConstructionsProduces10 checks a battery maker's name before bare
// goods nouns.
func TestConstructionsProduces10(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a battery maker's name before bare modules says it makes battery modules",
		text:     "Norvik Energy says its new gigafactory in Vejle, Denmark, will open next year. The plant sits beside Norvik Energy's first Vejle battery plant. Next door, Arvo Motors builds the Zorvan 4 at its Vejle car plant. The Vejle car plant assembles battery packs from Norvik Energy modules.",
		entities: []string{"battery module/product"},
		want:     []string{"Norvik Energy produces battery module"},
		notWant:  []string{"Arvo Plant Vejle produces battery module"},
	}, {
		name:    "a capital at the start of a sentence is no maker",
		text:    "Norvik Energy runs a battery plant in Vejle. The cell's chemistry was developed in Aarhus.",
		notWant: []string{"Norvik Energy produces battery cell"},
	}})
}
