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
	}, {
		name:    "who runs a plant for a company: that company employs",
		text:    "Brenna Motors opened a plant in Dorrow in 2019. Kelvar Power Systems supplies the Dorrow plant. \"We are a platform now,\" said Tomas Reller, who runs the Dorrow plant for Ostrava Holdings.",
		want:    []string{"Tomas Reller works_for Ostrava Holdings"},
		notWant: []string{"Tomas Reller works_for Brenna Motors"},
	}})
}
