package extract_test

import "testing"

// Constructions of held-out-style articles with unseen names, third set:
// technology phrases found whole.
func TestConstructionsHeldout3(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "automated guided vehicles without an acronym are a technology",
		text:     "The Kemby plant of Velto Motors relies on automated guided vehicles to move frames between stations.",
		entities: []string{"automated guided vehicles/technology"},
	}, {
		name:     "a gerund of a shop process names a robot technology",
		text:     "Norrak built the paint shop in Kemby with its painting robots.",
		entities: []string{"painting robots/technology"},
	}, {
		name: "a group keeps its word in a plant name when a same-named company is another",
		text: "Dorrow-based Harlo Group will invest $500 million in a new truck plant in Kemby, Norvia, which is to build the Tavo from 2027. The group, which is not related to Harlo Cars, also owns Velto Trucks.",
		want: []string{"Harlo Group operates Harlo Group Plant Kemby"},
	}, {
		name:    "a group alone runs a plant under its short name",
		text:    "Dorrow-based Harlo Group will invest $500 million in a new truck plant in Kemby, Norvia, which is to build the Tavo from 2027.",
		want:    []string{"Harlo Group operates Harlo Plant Kemby"},
		notWant: []string{"Harlo Group operates Harlo Group Plant Kemby"},
	}})
}
