package extract_test

import "testing"

func TestConstructionsInvests(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a named investor's sum is not also the operator's",
		text:    "Tarvo Motors builds the Tarvo Sprint at Tarvo Plant Ostrana. The Arvo Group has paused its plan to invest more than £400 million in Tarvo Plant Ostrana.",
		want:    []string{"Arvo Group invests_in Tarvo Plant Ostrana"},
		notWant: []string{"Tarvo Motors invests_in Tarvo Plant Ostrana"},
	}})
}
