package extract_test

import "testing"

// Constructions of held-out-style articles with unseen names, first set:
// how plants are told apart.
func TestConstructionsHeldout1(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a plural possessive names the operator of a second plant in a town",
		text:    "When Harlo Motor Company stopped building cars in Norvia in 2022, its plant in Kemby looked like a victim. A few kilometres away stands Velto Motors' Kemby plant, opened in 2010 for the Pico. The older plant now builds the Tavo.",
		want:    []string{"Harlo Motor Company operates Harlo Plant Kemby", "Velto Motors operates Velto Plant Kemby", "Velto Plant Kemby produces Tavo"},
		notWant: []string{"Harlo Plant Kemby produces Tavo"},
	}, {
		name:    "the goods of a maker-of apposition are the company's, not the plant's the clause names",
		text:    "Velmar, the Dorrow-based maker of sunroofs and heaters, will keep building panoramic roofs at its plant in Kemby, Norvia, after agreeing a plan with its lenders.",
		want:    []string{"Velmar produces sunroof", "Velmar produces heater", "Velmar Plant Kemby produces panoramic roof"},
		notWant: []string{"Velmar Plant Kemby produces sunroof", "Velmar Plant Kemby produces heater"},
	}, {
		name:    "goods placed at the plant right after them are that plant's",
		text:    "Norrak, a supplier to Velto, makes seat covers at its plant in Kemby and wire harnesses at its plant in Dorrow.",
		want:    []string{"Norrak Plant Kemby produces seat cover", "Norrak Plant Dorrow produces wire harness"},
		notWant: []string{"Norrak Plant Kemby produces wire harness"},
	}})
}
