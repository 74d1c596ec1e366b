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
	}, {
		name:     "a company named like a town commits money",
		text:     "Vardo opened its first plant in 2019. In 2023 Vardo committed $500 million to assemble battery packs in Talsa.",
		entities: []string{"Vardo/company", "Talsa/location"},
		notWant:  []string{"Vardo located_in Talsa"},
	}, {
		name:     "a company named like a town in a list of companies",
		text:     "The supplier delivers castings to Arvo Motors, Vardo and Kovra Energy.",
		entities: []string{"Vardo/company"},
	}, {
		name:     "a company named like a town owns a plant cells come from",
		text:     "The battery cells come from Vardo's new plant in Talsa.",
		entities: []string{"Vardo/company", "Talsa/location"},
	}, {
		name:     "a town stays a town",
		text:     "Arvo Motors builds the Sorn 5 in Vardo. Vardo will also host a battery plant.",
		entities: []string{"Vardo/location"},
	}, {
		name:     "a model named like a town after a verb of making",
		text:     "Arvo Motors opened its Talsa plant in 2015. The Talsa plant makes the Vardo.",
		entities: []string{"Vardo/product"},
		want:     []string{"Arvo Plant Talsa produces Vardo"},
	}, {
		name:     "models named in apposition to a vehicle noun",
		text:     "The larger SUVs, the Korvel and the Zentra, come from Arvo Motors' plant in Pune.",
		entities: []string{"Korvel/product", "Zentra/product"},
	}, {
		name:     "a model named like a town after a fuel word",
		text:     "Arvo Motors now assembles the Sorn 5 at its Talsa plant, alongside the combustion Vardo for export markets.",
		entities: []string{"Vardo/product"},
	}, {
		name:     "a plant in a town named with particles",
		text:     "Arvo Motors builds its scooters at its plant in Velmo del Tarso.",
		want:     []string{"Arvo Motors operates Arvo Plant Velmo del Tarso", "Arvo Plant Velmo del Tarso located_in Velmo del Tarso"},
		notForms: []string{"Arvo Plant Velmo"},
	}, {
		name:     "a town named with 'do' and its state",
		text:     "Kovra Energy is based in Zarvas do Norte, Santa Catarina.",
		entities: []string{"Zarvas do Norte/location"},
		want:     []string{"Zarvas do Norte located_in Santa Catarina"},
		notForms: []string{"Zarvas", "Norte"},
	}, {
		name:     "a site word closing a compound name",
		text:     "Arvo Motors builds the Sorn 5 scooter at the Mira Voltfactory in Talsa.",
		entities: []string{"Mira Voltfactory/plant"},
		want:     []string{"Mira Voltfactory produces Sorn 5"},
	}, {
		name:     "a first name before a product head is no person",
		text:     "Arvo Motors builds the Mira Cell at its Talsa plant.",
		entities: []string{"Mira Cell/product"},
	}})
}
