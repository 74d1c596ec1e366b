package extract_test

import "testing"

// TestConstructionsProduces8 checks the brands of a group that run
// plants, model names that open with a lower-case letter, and the goods
// of battery makers.
func TestConstructionsProduces8(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "its after a group's brand and a verb is the brand's",
		text:    "Korvel Group's Tamsin Trucks brand builds its Zorvan 300 at its plant in Ostrava, Czech Republic, with cells supplied by Norvik.",
		want:    []string{"Tamsin Trucks operates Tamsin Trucks Plant Ostrava", "Tamsin Trucks Plant Ostrava produces Zorvan 300"},
		notWant: []string{"Korvel Group operates Korvel Plant Ostrava"},
	}, {
		name:     "a lower-case letter before a capitalised word that is no English word names a model",
		text:     "Kestrel will supply the cells for battery-electric trucks such as the Tamsin eVardona, which the Tamsin brand assembles in Ostrava. Tamsin also uses the eDrive system.",
		entities: []string{"Tamsin eVardona/product", "eDrive/technology"},
	}, {
		name:    "a relative clause after a model names its maker, not the customer before it",
		text:    "Norvik will supply the cells to Kestrel and Arvo Motors for electric trucks such as the Vardo T7, which Korvel Group's Tamsin Trucks brand assembles in Ostrava, Czech Republic.",
		want:    []string{"Tamsin Trucks produces Vardo T7"},
		notWant: []string{"Arvo Motors produces Vardo T7"},
	}, {
		name:     "the cells a battery maker supplies are battery cells, and the maker is the company named before",
		text:     "Umicore will supply cathode active materials made in Canada to Norvik Energy. The battery maker in turn supplies cells to Kestrel Motors.",
		entities: []string{"battery cell/product"},
		want:     []string{"Norvik Energy produces battery cell", "Norvik Energy supplies Kestrel Motors"},
		notWant:  []string{"Umicore produces battery cell"},
	}})
}
