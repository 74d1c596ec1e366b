package extract_test

import "testing"

// Constructions of held-out-style articles with unseen names, fourth
// set: employers and suppliers named away from the words that tie them.
func TestConstructionsHeldout4(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a person in a 'whose founder' clause works for the company the clause hangs on",
		text:    "Dorvik Motors builds vans in Tarnby. Dorvik Motors is controlled by Halvard Group, Norway's largest private conglomerate, whose founder and chairman Eirik Stolmann still owns a large stake in the carmaker.",
		want:    []string{"Eirik Stolmann works_for Halvard Group"},
		notWant: []string{"Eirik Stolmann works_for Dorvik Motors"},
	}, {
		name:    "'buys X from Y': the company after 'from' sells, not one inside the goods",
		text:    "Brenna Motors builds vans in Tarnby. Brenna Motors buys the cells for its Halden Auto vans from Tovik Energy.",
		want:    []string{"Tovik Energy supplies Brenna Motors"},
		notWant: []string{"Halden Auto supplies Brenna Motors"},
	}})
}
