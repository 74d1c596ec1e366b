package extract_test

import "testing"

// TestConstructionsProduces5 checks models named like common words, the
// plant a town's "the X plant" means, and subjects after an opening clause.
func TestConstructionsProduces5(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a model named like a common word",
		text:     "Arvo Motors readies new Pebble. Kovra Energy has supplied cells for every Pebble built in Denmark since 2012. Line workers fit a battery pack to a Pebble body at Arvo's Vejle plant. The new Pebble is also the first car built in Vejle on the platform.",
		entities: []string{"Pebble/product"},
	}})
}
