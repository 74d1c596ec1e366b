package extract_test

import "testing"

// TestConstructionsPlaces3 checks further ways articles place sites:
// two towns joined by a slash.
func TestConstructionsPlaces3(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a plant named after two towns joined by a slash stands in both",
		text:     "Kovra Energy built its first cell plant in Carvin/Hénin-Beaumont, in the Hauts-de-France region. The Carvin/Hénin-Beaumont plant covers 34 hectares.",
		entities: []string{"Carvin/location", "Hénin-Beaumont/location"},
		want: []string{"Kovra Energy Plant Carvin/Hénin-Beaumont located_in Carvin", "Kovra Energy Plant Carvin/Hénin-Beaumont located_in Hénin-Beaumont",
			"Carvin located_in Hauts-de-France", "Hénin-Beaumont located_in Hauts-de-France"},
	}, {
		name:     "a slash between two words that are no places joins no towns",
		text:     "Kovra Energy's Carvin plant tests the Zorvan at 120 km/h with Arvo/Drevon engineers.",
		notForms: []string{"Arvo", "Drevon", "km"},
	}})
}
