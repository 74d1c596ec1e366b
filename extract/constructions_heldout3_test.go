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
	}})
}
