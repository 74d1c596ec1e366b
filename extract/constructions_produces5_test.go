package extract_test

import "testing"

// TestConstructionsProduces5 checks models named like common words, the
// plant a town's "the X plant" means, and subjects after an opening clause.
func TestConstructionsProduces5(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a model named like a common word",
		text:     "Arvo Motors readies new Pebble. Kovra Energy has supplied cells for every Pebble built in Denmark since 2012. Line workers fit a battery pack to a Pebble body at Arvo's Vejle plant. The new Pebble is also the first car built in Vejle on the platform.",
		entities: []string{"Pebble/product"},
	}, {
		name:    "a town's plant is the one that makes what the sentence says",
		text:    "Kovra Energy says its new gigafactory in Vejle will begin trial production this year. It sits beside Kovra's first Vejle battery plant. Arvo's Vejle plant will use its cells in the Zorvan. The Vejle plant assembles battery packs from Kovra modules and builds the Ossela and the Zorvan.",
		want:    []string{"Arvo Plant Vejle produces Ossela", "Arvo Plant Vejle produces Zorvan"},
		notWant: []string{"Kovra Plant Vejle produces Ossela"},
	}, {
		name:    "it after a sentence that opens with a clause",
		text:    "Arvo Slovakia's plant in Vejle builds the Ossela. The Vejle plant also keeps its engine shop, which supplies petrol engines to Zorvan's plant in Kolding, Denmark. Arvo Slovakia is the only European production base of Arvo Corporation. Since production started in 2006, the plant has built more than 4.5 million vehicles. It produces the Ossela as well as petrol engines.",
		want:    []string{"Arvo Plant Vejle produces engines"},
		notWant: []string{"Arvo Corporation produces engines", "Zorvan Plant Kolding produces engines"},
	}, {
		name:     "a brand and a country after by is the maker",
		text:     "Zorvan Motors owns no plant. Arvo, the carmaker, holds a third of it. The Zorvan 4 is assembled for Zorvan Motors by Arvo Norvia at its plant in Vejle, Denmark, under a contract manufacturing agreement signed in 2023.",
		entities: []string{"Arvo Norvia/company"},
		want:     []string{"Arvo Norvia operates Arvo Norvia Plant Vejle", "Arvo Norvia Plant Vejle produces Zorvan 4", "Arvo Norvia supplies Zorvan Motors"},
		notWant:  []string{"Zorvan Motors operates Arvo Norvia Plant Vejle", "Zorvan Motors supplies Arvo Norvia"},
	}})
}
