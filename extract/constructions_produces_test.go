package extract_test

import "testing"

// TestConstructionsProduces checks how a product is tied to its producer:
// which plant, the plant or the company, and what the sentence says about
// the maker and its customers.
func TestConstructionsProduces(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "brands a shared plant builds for",
		text:     "Arvo Motors' Vejle plant builds four models: the KV3 and KV5 for Arvo Motors, the TX2 for Solvik Automobiles and the B7 for Kemper Cars.",
		entities: []string{"Arvo Motors/company", "Vejle plant/plant", "KV3/product", "TX2/product", "Solvik Automobiles/company", "B7/product"},
		want:     []string{"Vejle plant produces KV3", "Vejle plant produces TX2", "Vejle plant produces B7"},
		notWant:  []string{"Solvik Automobiles produces B7"},
	}, {
		name:     "the source a product comes from",
		text:     "Arvo Motors builds the KV3 at its Vejle plant. Battery cases made in Vejle and battery modules from Norcell Energy are combined on one line.\n\nA: No. The KV5 comes from Plant Tampere in Finland.",
		entities: []string{"Norcell Energy/company", "battery module/product", "KV5/product"},
		want:     []string{"Norcell Energy produces battery module", "Plant Tampere produces KV5"},
		notWant:  []string{"Vejle plant produces battery module", "Vejle plant produces KV5"},
	}, {
		name:     "the parts a product is built from",
		text:     "Arvo Motors' Vejle plant will assemble high-voltage batteries, which are built from large cylindrical cells.",
		entities: []string{"Vejle plant/plant", "high-voltage battery/product", "cylindrical cells/product"},
		want:     []string{"Vejle plant produces high-voltage battery"},
		notWant:  []string{"Vejle plant produces cylindrical cells", "Arvo Motors produces cylindrical cells"},
	}, {
		name:     "cells for a customer's models",
		text:     "The Vejle plant of Norcell Energy started production in May, making battery cells for Arvo's KV3 pickup and KV5 van. Arvo is a carmaker.",
		entities: []string{"Vejle plant/plant", "battery cells/product", "KV3/product", "KV5/product"},
		want:     []string{"Vejle plant produces battery cells"},
		notWant:  []string{"Vejle plant produces KV3", "Vejle plant produces KV5"},
	}, {
		name:     "a customer's own models",
		text:     "The Vejle plant of Norcell Energy started production in May, making battery cells for Arvo's KV3 pickup and KV5 van. Arvo is a carmaker.",
		entities: []string{"Arvo/company", "KV3/product", "KV5/product"},
		want:     []string{"Arvo produces KV3", "Arvo produces KV5"},
	}, {
		name:     "a joint venture named by its shares",
		text:     "Arvo Motors and Norcell Energy have launched their joint venture under the name Vejlo Cells. Norcell Energy will name its chair. The 50:50 venture will make battery cells from 2027.",
		entities: []string{"Vejlo Cells/company", "battery cells/product"},
		want:     []string{"Vejlo Cells produces battery cells"},
		notWant:  []string{"Norcell Energy produces battery cells"},
	}, {
		name:     "the plant a product is supplied to",
		text:     "Norcell Energy will make cathode materials in Tampere and supply them to Arvo Motors' cell factories, starting with its Vejle cell plant.",
		entities: []string{"Norcell Energy/company", "cathode materials/product", "Vejle cell plant/plant"},
		want:     []string{"Norcell Energy produces cathode materials"},
		notWant:  []string{"Vejle cell plant produces cathode materials"},
	}, {
		name:     "the model that followed",
		text:     "Arvo Motors' Vejle plant started building the KV3 in May. The three-row KV5 followed as the second model.",
		entities: []string{"Vejle plant/plant", "KV5/product"},
		want:     []string{"Vejle plant produces KV5"},
	}})
}
