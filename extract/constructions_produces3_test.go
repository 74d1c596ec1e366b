package extract_test

import "testing"

// TestConstructionsProduces3 checks products the text ties to a plant
// only through another product, a supply or a list of plants.
func TestConstructionsProduces3(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a model on the same line as another",
		text:     "Arvo Motors has begun series production of the Zorvan at its main plant in Vejle, Denmark. The electric SUV is built on the same line as the Kestra.",
		entities: []string{"Zorvan/product", "Kestra/product"},
		want:     []string{"Arvo Plant Vejle produces Zorvan", "Arvo Plant Vejle produces Kestra"},
	}, {
		name:     "a list of plants with their places",
		text:     "Two years ago Arvo Motors decided to concentrate combustion engine production at Plant Tolvik in Norway and Plant Vessa in the UK.",
		entities: []string{"Plant Tolvik/plant", "Plant Vessa/plant"},
		want:     []string{"Plant Tolvik produces combustion engine", "Plant Vessa produces combustion engine"},
	}, {
		name: "a list of plants before the product",
		text: "Plant Tolvik in Norway and Plant Vessa in Finland build the KV3 for Arvo Motors.",
		want: []string{"Plant Tolvik produces KV3", "Plant Vessa produces KV3"},
	}, {
		name:    "the company before an apposition runs the plant",
		text:    "Kovra Energy, the cell maker controlled by Denmark's Zorvan Group, makes cylindrical battery cells at a new gigafactory in Vejle, Denmark.",
		want:    []string{"Kovra Energy operates Kovra Energy Plant Vejle", "Kovra Energy Plant Vejle produces cylindrical battery cells"},
		notWant: []string{"Zorvan Group operates Zorvan Plant Vejle"},
	}, {
		name:    "its plant after an apposition",
		text:    "Kovra Energy, a supplier to Arvo Motors and Zorvan Trucks, says its new gigafactory in Vejle will begin trial production this year.",
		want:    []string{"Kovra Energy operates Kovra Energy Plant Vejle"},
		notWant: []string{"Zorvan Trucks operates Zorvan Plant Vejle"},
	}, {
		name:     "what a plant turns its input into",
		text:     "Kovra Energy turns cathode active materials into cylindrical battery cells at a new gigafactory in Vejle, Denmark.",
		entities: []string{"cylindrical battery cells/product"},
		want:     []string{"Kovra Energy Plant Vejle produces cylindrical battery cells"},
		notWant:  []string{"Kovra Energy Plant Vejle produces cathode active materials"},
	}, {
		name:    "the maker before an apposition turns cells into packs",
		text:    "Battery cells come from Arvo Cells, a venture of Zorvan Motors. Kovra Parts, the group's parts affiliate, then turns the cells into battery packs.",
		want:    []string{"Kovra Parts produces battery packs"},
		notWant: []string{"Zorvan Motors produces battery packs", "Arvo Cells produces battery packs"},
	}, {
		name:    "the national site that opens the next sentence",
		text:    "Kovra Energy's Vejle plant, a supplier to Arvo Motors' nearby Tolvik factory, has begun installing its first lines. The Danish site will make cylindrical battery cells for the Arvo KV3, which Arvo Plant Tolvik is due to start building in the autumn.",
		want:    []string{"Kovra Energy Plant Vejle produces cylindrical battery cells", "Arvo Plant Tolvik produces Arvo KV3"},
		notWant: []string{"Arvo Plant Tolvik produces cylindrical battery cells"},
	}, {
		name:    "the makers a buyer buys from are no production verb",
		text:    "Arvo Motors builds cars at its plants in Vejle and Dalby. The packs combine large-format cylindrical cells, which Arvo Motors buys from cell manufacturers, using a cell-to-pack design.",
		notWant: []string{"Arvo Plant Dalby produces cylindrical cells", "Arvo Motors produces cylindrical cells"},
	}})
}
