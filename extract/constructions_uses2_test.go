package extract_test

import "testing"

// Cases for who uses a technology when the sentence does not name the
// user next to the use verb.
func TestConstructionsUses2(t *testing.T) {
	runConstructions(t, []construction{{
		name: "a regional plant is the one the article places in the region",
		text: "Battery plant in Kentucky starts equipment phase\n\n" +
			"Arvo Motors has finished its new battery plant in Fennick, in the Hollow County district of Kentucky. " +
			"From 2027, Arvo Motors Plant Fennick will supply batteries to the company's vehicle plant in Georgetown. " +
			"Every line is validated in a digital twin before installation.",
		same:    []string{"plant in Kentucky = Arvo Motors Plant Fennick"},
		want:    []string{"Arvo Motors Plant Fennick uses digital twin"},
		notWant: []string{"plant in Georgetown uses digital twin"},
	}, {
		name:    "a buyer in a closed relative clause does not use the design",
		text:    "The packs combine round cells, which Arvo Motors buys from Kovra Energy, using a cell-to-pack design. Arvo Motors assembles the packs at Arvo Plant Trenzo.",
		want:    []string{"Arvo Plant Trenzo uses cell-to-pack"},
		notWant: []string{"Arvo Motors uses cell-to-pack", "Kovra Energy uses cell-to-pack"},
	}, {
		name:    "a platform that leads a quote is not used by the article's plant",
		text:    "Arvo Motors builds the Zorvan at Arvo Plant Trenzo. Arvo Plant Trenzo also makes seats. \"The Zorbix Platform brings change to the way we build cars,\" said Mara Lindqvist.",
		notWant: []string{"Arvo Plant Trenzo uses Zorbix Platform"},
	}, {
		name: "a platform in a plant's relative clause is that plant's",
		text: "Kovra Energy builds cells in Vejle. Its cells go to Brovik's Dalby factory. " +
			"The site also puts Kovra Energy close to Arvo Motors' Trenzo car plant, which started series production of the Zorvan, the first model of the Zorbix Platform, this autumn.",
		want:    []string{"Trenzo car plant uses Zorbix Platform"},
		notWant: []string{"Dalby factory uses Zorbix Platform"},
	}, {
		name: "a town opening a sentence is what a later 'the plant' refers to",
		text: "Arvo Motors builds the Zorvan at its plant in Trenzo. Kovra Energy supplies cells from its plant in Dalby. " +
			"Trenzo cut shifts last year. Management says the plant's technology is not the problem: the Zorbix Platform lines can be adjusted quickly.",
		want:    []string{"plant in Trenzo uses Zorbix Platform"},
		notWant: []string{"plant in Dalby uses Zorbix Platform"},
	}, {
		name: "an interview's answers speak for the plant it names first",
		text: "Mara Lindqvist has run Arvo Plant Trenzo since 2021. Arvo Motors also builds cars at Arvo Plant Dalby and Arvo Plant Vejle.\n\n" +
			"Q: How do you add new halls?\n\nA: Every new hall exists first as a digital twin, so we know where each system stands.\n\n" +
			"Q: What comes next?\n\nA: More robots.\n",
		want:    []string{"Arvo Plant Trenzo uses digital twin"},
		notWant: []string{"Arvo Plant Dalby uses digital twin"},
	}, {
		name: "an interview's 'the plant' and 'here' are the plant it is about",
		text: "Mara Lindqvist has run Arvo Plant Trenzo since 2021.\n\n" +
			"Q: What changes next year?\n\nA: The Zorvan Z1 comes from Arvo Plant Dalby, which started earlier. Series production of the Zorvan Z3 starts here in 2026.\n\n" +
			"Q: And engines?\n\nA: Until 2023 the plant also built combustion engines.\n",
		want:    []string{"Arvo Plant Trenzo produces Zorvan Z3", "Arvo Plant Trenzo produces combustion engines"},
		notWant: []string{"Arvo Plant Dalby produces combustion engines"},
	}, {
		name:    "a question states nothing",
		text:    "Arvo Motors builds the Zorvan Z1 at Arvo Plant Trenzo.\n\nQ: Will Trenzo also build the Zorvan Z3?\n\nA: No, that is for later.",
		notWant: []string{"Arvo Plant Trenzo produces Zorvan Z3"},
	}})
}
