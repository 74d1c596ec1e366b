package extract

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// namedTown reports whether the text has already named w as a place of
// its own ("building in Loyalist, Ontario"): a town called by an English
// word is then the town, not the word, when it stands before "plant"
// later ("the Loyalist plant").
func (a *analysis) namedTown(w string) bool {
	for _, m := range a.ments {
		if m.typ == graph.Location && m.text == w {
			return true
		}
	}
	return false
}

// regionSites moves a plant mention named by a state or province ("the
// Ontario site") to the one plant town the text places in that region ("a
// plant in Loyalist, Ontario"): once an article has named the town, a
// site named by its region is the plant there, not a second plant.
func (a *analysis) regionSites() {
	var towns []string
	for _, m := range a.ments {
		if m.typ == graph.Plant && m.place != "" && !slices.Contains(towns, m.place) {
			towns = append(towns, m.place)
		}
	}
	// The town of a region is looked up once per region: each lookup
	// scans the whole text.
	townIn := map[string]string{}
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ != graph.Plant || m.place == "" || m.operator != "" || a.x.placeKind(m.place) != "subdivision" {
			continue
		}
		in, ok := townIn[m.place]
		if !ok {
			in = a.onlyTownIn(towns, m.place)
			townIn[m.place] = in
		}
		if in != "" {
			m.place = in
		}
	}
}

// onlyTownIn returns the one town of towns that the text writes with the
// region after it ("Loyalist, Ontario"), or "" when none or several are.
func (a *analysis) onlyTownIn(towns []string, region string) string {
	in := ""
	for _, t := range towns {
		if t == region || !strings.Contains(a.text, t+", "+region) {
			continue
		}
		if in != "" {
			return "" // towns of two plants in the region: either
		}
		in = t
	}
	return in
}
