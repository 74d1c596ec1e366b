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
	}})
}
