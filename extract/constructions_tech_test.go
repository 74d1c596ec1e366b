package extract_test

import "testing"

// TestConstructionsTech checks who develops a technology and which plant
// or company uses it.
func TestConstructionsTech(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a technology developed by a company",
		text:    "Arvo Motors opened its Vejle plant in 2021. The Vejle plant runs a digital twin and sends Zorbix, a four-legged inspection robot developed by Kalmora Robotics, on rounds every night.",
		want:    []string{"Kalmora Robotics develops Zorbix", "Vejle plant uses Zorbix"},
		notWant: []string{"Kalmora Robotics develops digital twin", "Arvo Motors develops Zorbix"},
	}})
}
