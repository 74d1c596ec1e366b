package extract_test

import "testing"

// Constructions of held-out-style articles with unseen names, second
// set: who supplies whom when an apposition names an owner.
func TestConstructionsHeldout2(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "the owner in an apposition before 'which supplies' supplies nothing",
		text:    "Motors come from a plant next door run by Kelvar Power Systems, the motor arm of Ostrava Holdings, which supplies them to Brenna Motors.",
		want:    []string{"Kelvar Power Systems supplies Brenna Motors"},
		notWant: []string{"Ostrava Holdings supplies Brenna Motors"},
	}})
}
