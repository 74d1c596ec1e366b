package extract_test

import "testing"

// TestConstructionsUses checks which plant or company uses a technology.
func TestConstructionsUses(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a name and its acronym make one plant no more the article's",
		text:    "Lena Brandt has been director of Arvo Motors Plant Vejle since 2021. The first cars are built at the pilot plant of our Kestrel Test Centre (KTC), also in Vejle. Every new hall exists first as a digital twin.",
		notWant: []string{"Kestrel Test Centre uses digital twin"},
	}})
}
