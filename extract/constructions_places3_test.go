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
	}, {
		name:    "a plant named after its state stands in the town of the dateline",
		text:    "MARSHALL, Mich. (March 3, 2025) - Kovra Energy today started production at Kovra Battery Manufacturing Michigan (KBMM), its first cell plant in the United States. Marshall gave the plant land.",
		want:    []string{"Kovra Battery Manufacturing Michigan located_in Marshall", "Marshall located_in Michigan"},
		notWant: []string{"Kovra Battery Manufacturing Michigan located_in Michigan"},
	}, {
		name:    "a dateline town the plant lies outside of",
		text:    "RENO, Nev. (May 2, 2024) - Kovra Energy will expand Kovra Battery Manufacturing Nevada, a complex east of Reno, with a cell plant.",
		notWant: []string{"Kovra Battery Manufacturing Nevada located_in Reno"},
	}, {
		name:    "a town written with its state in the dateline is in no namesake elsewhere",
		text:    "LIBERTY, N.C. (March 3, 2025) - Kovra Energy today started production of cells. Modules from Liberty already go to Kovra's assembly plant in Kentucky.",
		notWant: []string{"Liberty located_in Kentucky"},
	}, {
		name: "a county is in the state the article names in another sentence",
		text: "Kovra Energy has built a cell plant in Nevada. The complex, which lies in Lyon County, makes cells.",
		want: []string{"Lyon County located_in Nevada"},
	}, {
		name: "a county that shares its name with a large town's alias is in its state",
		text: "Kovra Energy is hiring engineers in Massachusetts. Its new cell plant lies in Norfolk County, where it will make pouch cells.",
		want: []string{"Norfolk County located_in Massachusetts"},
	}})
}
