package extract_test

import "testing"

// TestConstructionsPlaces2 checks more of the ways articles chain places:
// a town in a named district or region, a district of a town.
func TestConstructionsPlaces2(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a town in the named district of a region",
		text:     "Arvo Motors has completed the central building of its battery plant in Fennick, in the Dravenheim-Loss district of Lower Bavaria.",
		entities: []string{"Dravenheim-Loss/location"},
		want:     []string{"Fennick located_in Dravenheim-Loss", "Dravenheim-Loss located_in Lower Bavaria"},
		notWant:  []string{"Fennick located_in Lower Bavaria"},
	}, {
		name:    "towns in a named region, with the region's country",
		text:    "Kovra Energy buys parts from suppliers in Lens and Arras, all in the Velmora region of northern France.",
		want:    []string{"Lens located_in Velmora", "Arras located_in Velmora", "Velmora located_in France"},
		notWant: []string{"Lens located_in France"},
	}, {
		name: "a town in a region the gazetteer knows",
		text: "Kovra Energy opened its first cell plant in Ostrevik, in the Hauts-de-France region, beside an engine plant.",
		want: []string{"Ostrevik located_in Hauts-de-France"},
	}, {
		name: "a district on the edge of a town",
		text: "Arvo Motors will not build the new factory in Fennick, a district on the northern edge of Wolfsburg, that was to make the Zorvan.",
		want: []string{"Fennick located_in Wolfsburg"},
	}, {
		name:    "a town north of another is not in it",
		text:    "Kovra Energy builds cells in Ostrevik, a town north of Wolfsburg.",
		notWant: []string{"Ostrevik located_in Wolfsburg"},
	}, {
		name:    "a plant in an area named with its city's possessive",
		text:    "Kovra Energy has begun making storage batteries at its new Kovra Storage Works in Shanghai's Lingang New Area.",
		want:    []string{"Kovra Storage Works located_in Lingang New Area", "Lingang New Area located_in Shanghai"},
		notWant: []string{"Kovra Storage Works located_in Shanghai"},
	}, {
		name:    "a town, its county and the county's nation",
		text:    "Kovra Energy builds its cells at Chichester, West Sussex, England, where the company was founded.",
		want:    []string{"Chichester located_in West Sussex", "West Sussex located_in England"},
		notWant: []string{"Chichester located_in England"},
	}, {
		name:    "a list of regions is no chain",
		text:    "Kovra Energy has suppliers in Bavaria, Saxony, Thuringia and Hesse.",
		notWant: []string{"Saxony located_in Thuringia", "Bavaria located_in Saxony"},
	}, {
		name:    "a group named in full in its plant's name runs the plant",
		text:    "Drevon Motors has started production of the Zorvan at its Leipzig plant. Drevon's factory should not be confused with Kovra Group Plant Leipzig, a few kilometres away, which builds vans.",
		want:    []string{"Kovra Group operates Kovra Group Plant Leipzig"},
		notWant: []string{"Drevon Motors operates Kovra Group Plant Leipzig"},
	}})
}
