package extract_test

import "testing"

// TestConstructionsProduces7 checks model names that run on past a
// number, and the goods of battery makers.
func TestConstructionsProduces7(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a model number continuing with <Name> Technology is one model",
		text:     "Arvo Motors builds the Zorvan at its plant in Kolding, Denmark. Its electric version, the Zorvan 480 with QX Technology, runs down the same line.",
		entities: []string{"Zorvan 480 with QX Technology/product"},
		notForms: []string{"QX Technology"},
	}, {
		name:    "its version, after a model made in a town, is made at the plant there",
		text:    "Body shell of the Zorvan at Arvo Motors' Kolding plant. Few plants build cars for as many brands. Arvo Motors assembles the Zorvan there, and it has also built the Velta T6 for Kestrel. Arvo is a supplier to Kestrel and Norvik. Sign up for our newsletter. The Zorvan has been made in Kolding since 1999. Its electric version, the Zorvan 480, runs down the same line. Arvo also makes battery trays at its plant in Vejle, Denmark.",
		want:    []string{"Arvo Plant Kolding produces Zorvan 480"},
		notWant: []string{"Kestrel produces Zorvan 480", "Norvik produces Zorvan 480"},
	}, {
		name:     "a town called by an English word, once named as a town, names a plant",
		text:     "The chain starts in Canada, at a cathode plant that Velmar is building in Loyalist, Ontario. Velmar has agreed to supply cathode active materials from the Loyalist plant to Kovra for several years.",
		entities: []string{"Velmar Plant Loyalist/plant"},
		want:     []string{"Velmar Plant Loyalist produces cathode active materials"},
	}, {
		name:    "a site named by its province is the plant in the town named there",
		text:    "The chain starts at a cathode plant that Velmar is building in Loyalist, Ontario. Velmar will supply cathode active materials from the Loyalist plant to Kovra. \"We designed the Ontario site around a few large customers, and Kovra is one of them,\" said Mara Lind of Velmar.",
		same:    []string{"Ontario site = Loyalist plant"},
		notWant: []string{"Kovra operates Kovra Plant Ontario"},
	}, {
		name:    "a company a copula names as the goods' supplier makes them",
		text:    "Arvo Motors builds the Zorvan at its plant in Kolding, Denmark. Arvo will not make battery cells itself. Norvik Energy remains its main cell supplier for now.",
		want:    []string{"Norvik Energy produces battery cells"},
		notWant: []string{"Arvo Motors produces battery cells"},
	}})
}
