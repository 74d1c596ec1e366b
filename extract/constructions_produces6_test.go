package extract_test

import "testing"

// TestConstructionsProduces6 checks that a supplier makes what it
// supplies.
func TestConstructionsProduces6(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "the goods a supplier supplies are its own, not the customer plant's",
		text:    "Kovra Energy, a battery maker based in Vejle, will supply cells and battery modules to Arvo Motors for the Zorvan crossover, which is built at Arvo's plant in Kolding, Denmark.",
		want:    []string{"Kovra Energy produces battery modules", "Arvo Plant Kolding produces Zorvan"},
		notWant: []string{"Arvo Plant Kolding produces battery modules"},
	}, {
		name:    "goods supplied by a company are its own",
		text:    "Arvo Motors builds its Zorvan 600 at its plant in Kolding, Denmark, with battery modules supplied by Norvik Energy.",
		want:    []string{"Norvik Energy produces battery modules", "Arvo Plant Kolding produces Zorvan 600"},
		notWant: []string{"Arvo Plant Kolding produces battery modules"},
	}, {
		name:    "a supplier's cells beside another company's cell plant stay its own",
		text:    "Kovra Cells has started building its cell factory in Vejle, Denmark. The plant will produce LFP cells from 2027. Arvo Motors builds its Zorvan 600 at its plant in Kolding, Denmark, with LFP cells supplied by Norvik Energy.",
		want:    []string{"Norvik Energy produces LFP cells", "Kovra Cells Plant Vejle produces LFP cells"},
		notWant: []string{"Kovra Cells produces LFP cells"},
	}, {
		name:    "a bare goods noun refers back to the goods named in full",
		text:    "Arvo Motors has added a second line to its battery plant in Vejle, Denmark. Arvo will not make battery cells itself. Kovra Energy remains its main supplier, with further cells coming from Norvik Energy.",
		want:    []string{"Norvik Energy produces battery cells"},
		notWant: []string{"Arvo Plant Vejle produces battery cells"},
	}, {
		name:    "come from in a later clause is another subject's source",
		text:    "Arvo Motors builds the Zorvan and its battery packs at its plant in Vejle, Denmark. The plant will assemble packs, but the battery cells come from Arvo's new plant in Kolding, Denmark.",
		want:    []string{"Arvo Plant Kolding produces battery cells"},
		notWant: []string{"Arvo Plant Kolding produces battery packs"},
	}})
}
