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
	}, {
		name:    "the opener is the subject before a relative clause",
		text:    "Kestrel Chips is a chipmaker. There, the venture Kestrel Chips, in which Arvo Motors, Solvik Automobiles and Norcell Energy hold minority stakes, opened its Vejle fab in February 2024.",
		want:    []string{"Kestrel Chips operates Kestrel Chips Plant Vejle"},
		notWant: []string{"Norcell Energy operates Kestrel Chips Plant Vejle"},
	}, {
		name:    "a plant another company's possessive names",
		text:    "Kestrel Semiconductor is a chipmaker. The new site lies next to Norcell Energy's 300 mm fab in Aarhus, which opened in 2021, and close to Kestrel Semiconductor's Vejle plant, where the chipmaker is building an extension.",
		want:    []string{"Kestrel Semiconductor operates Kestrel Semiconductor Plant Vejle"},
		notWant: []string{"Norcell Energy operates Kestrel Semiconductor Plant Vejle"},
	}, {
		name:    "the subsidiary in a company profile is the maker",
		text:    "Arvo Motors builds the KV3 at its Vejle plant. Norcell Energy Co., Ltd., a subsidiary of Arvo Motors, develops and manufactures battery cells and battery modules for carmakers.",
		want:    []string{"Norcell Energy produces battery cell"},
		notWant: []string{"Arvo Motors produces battery cell", "Arvo Plant Vejle produces battery cell"},
	}, {
		name: "both models of the last sentence share the line",
		text: "The KV3 leaves final assembly at Arvo Motors' Vejle plant. The crossover comes in two versions: the KV3 E with 150 kW and the KV3 S with 230 kW. Both share a single assembly line with the Arvo TX2.",
		want: []string{"Arvo Plant Vejle produces KV3 E", "Arvo Plant Vejle produces KV3 S", "Arvo Plant Vejle produces Arvo TX2"},
	}})
}
