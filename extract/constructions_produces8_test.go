package extract_test

import "testing"

// TestConstructionsProduces8 checks the brands of a group that run
// plants, model names that open with a lower-case letter, and the goods
// of battery makers.
func TestConstructionsProduces8(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "its after a group's brand and a verb is the brand's",
		text:    "Korvel Group's Tamsin Trucks brand builds its Zorvan 300 at its plant in Ostrava, Czech Republic, with cells supplied by Norvik.",
		want:    []string{"Tamsin Trucks operates Tamsin Trucks Plant Ostrava", "Tamsin Trucks Plant Ostrava produces Zorvan 300"},
		notWant: []string{"Korvel Group operates Korvel Plant Ostrava"},
	}})
}
