package extract_test

import "testing"

// TestConstructionsProduces2 checks which producer a product goes to
// when the sentence names more than one candidate.
func TestConstructionsProduces2(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a company that sells the product is not its maker",
		text:     "Arvo Motors will start building cars at its new plant in Vejle before the end of the year. The first model on the line will be the KV3, the small electric hatchback that Arvo Motors sells in Norway as the Kestrel.",
		entities: []string{"Arvo Motors/company", "KV3/product"},
		want:     []string{"Arvo Plant Vejle produces KV3"},
		notWant:  []string{"Arvo Motors produces KV3"},
	}})
}
