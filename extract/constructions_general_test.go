package extract_test

import "testing"

// Constructions that articles with unseen names use: name shapes and
// contexts that type and relate a name the lexicon does not know.
func TestConstructionsGeneral(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a two-word place before -based",
		text:     "Zorvan, a Hong Kong-based maker of casting machines, supplies Arvo Motors.",
		entities: []string{"Hong Kong/location"},
		want:     []string{"Zorvan located_in Hong Kong", "Zorvan supplies Arvo Motors"},
		notForms: []string{"Hong"},
	}, {
		name:     "a town and its state before -based",
		text:     "Durham, North Carolina-based Kovra Semiconductor opened a fab in Marcy.",
		want:     []string{"Kovra Semiconductor located_in Durham", "Durham located_in North Carolina"},
		notWant:  []string{"Kovra Semiconductor located_in North Carolina"},
		notForms: []string{"North", "Carolina"},
	}})
}
