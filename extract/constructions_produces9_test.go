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
	}})
}
