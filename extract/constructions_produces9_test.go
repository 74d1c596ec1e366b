package extract_test

import "testing"

// TestConstructionsProduces9 checks a company's second plant in one town,
// and what battery plants make.
func TestConstructionsProduces9(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a new plant beside the one the text calls first is a second plant of the town",
		text:     "Norvik Energy says its new gigafactory in Vejle, Denmark, will open next year. The plant sits beside Norvik Energy's first Vejle battery plant, which opened in 2012.",
		entities: []string{"Norvik Energy Plant Vejle/plant", "Norvik Energy Plant Vejle 2/plant"},
		want:     []string{"Norvik Energy operates Norvik Energy Plant Vejle 2", "Norvik Energy operates Norvik Energy Plant Vejle"},
	}, {
		name:     "an ordinal past first numbers the plant in its town",
		text:     "Kestrel Power will build its second Kestrel Power plant in Ostrava, Czech Republic.",
		entities: []string{"Kestrel Power Plant Ostrava 2/plant"},
	}, {
		name:    "a battery plant makes bare cells, a second battery plant is the numbered one, and a cell plant does not build the model its cells go into",
		text:    "Norvik Energy says its new gigafactory in Vejle, Denmark, will open next year. The plant sits beside Norvik Energy's first Vejle battery plant, which has supplied cells for every Zorvan 4 built in Denmark. A second battery plant is about to start making cells. Next door, Arvo Motors builds the Zorvan 4 at its Vejle car plant.",
		want:    []string{"Norvik Energy Plant Vejle produces battery cell", "Norvik Energy Plant Vejle 2 produces battery cell", "Arvo Plant Vejle produces Zorvan 4"},
		notWant: []string{"Norvik Energy Plant Vejle produces Zorvan 4"},
	}})
}
