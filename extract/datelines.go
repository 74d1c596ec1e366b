package extract

// Datelines and places written with their region: "LIBERTY, N.C. (Nov.
// 12, 2025) -" opens a release with the town it comes from, and a town
// the text writes with its region is in no other region of that rank.

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// writtenWith reports whether some mention of place x is followed by a
// comma and place y: "LIBERTY, N.C.", "Liberty, North Carolina".
func (a *analysis) writtenWith(x, y int) bool {
	return slices.Contains(a.regionsWritten(x), a.ents[y].name)
}

// datelineTown returns the town of a release's dateline, written in
// capitals at the start of one of the first sentences, before a comma
// and its region, and the sentence it opens; -1 for none.
func (a *analysis) datelineTown() (town, sent int) {
	for _, m := range a.ments {
		if m.sent > 2 {
			break
		}
		e := m.ent
		if a.ents[e].typ != graph.Location || !isAllCaps(m.text) || a.placeRank(e) != 1 {
			continue
		}
		toks := a.dc.sents[m.sent].Toks
		if m.from == 0 && m.to+1 < len(toks) && toks[m.to].Text == "," && isCapitalized(toks[m.to+1].Text) {
			return e, m.sent
		}
	}
	return -1, -1
}

// datelinePlant returns the town a plant named after its region stands
// in when the release's dateline gives that town and the plant is first
// named in the dateline's sentence: "LIBERTY, N.C. - ... production at
// Arvo Battery Manufacturing North Carolina" is in Liberty. -1 for none.
func (a *analysis) datelinePlant(plant, region int) int {
	if a.placeRank(region) < 2 {
		return -1
	}
	town, si := a.datelineTown()
	if town < 0 {
		return -1
	}
	// "MARSHALL, Mich." may stand as a sentence of its own before the
	// one it opens
	first := a.ments[a.ents[plant].ments[0]].sent
	if first != si && (first != si+1 || len(a.dc.sents[si].Toks) > 5) {
		return -1
	}
	if !a.writtenWith(town, region) && !a.x.within(a.ents[town].name, a.ents[region].name) {
		return -1
	}
	for _, mi := range a.ents[town].ments {
		if m := a.ments[mi]; m.sent >= si && m.sent <= first && m.from > 0 {
			switch a.dc.sents[m.sent].Toks[m.from-1].Text {
			case "of", "near", "outside", "from":
				return -1 // "RENO, Nev. - ... the complex east of Reno": the dateline is only where the news comes from
			}
		}
	}
	return town
}

// writtenElsewhere reports whether the text writes place x with a region
// of y's rank other than y ("LIBERTY, N.C."): a sentence that later names
// x beside y ("modules from Liberty ... in Kentucky") does not put x in
// y's namesake.
func (a *analysis) writtenElsewhere(x, y int) bool {
	regions := a.regionsWritten(x)
	if len(regions) == 0 || slices.Contains(regions, a.ents[y].name) {
		return false
	}
	kind := a.x.placeKind(a.ents[y].name)
	for _, r := range regions {
		if a.x.placeKind(r) == kind {
			return true
		}
	}
	return false
}

// regionsWritten returns the names of the places the text writes after
// place x and a comma: a place it names there, or a state abbreviation
// ("N.C.").
func (a *analysis) regionsWritten(x int) []string {
	var out []string
	for _, mi := range a.ents[x].ments {
		m := a.ments[mi]
		toks := a.dc.sents[m.sent].Toks
		if m.to+1 >= len(toks) || toks[m.to].Text != "," {
			continue
		}
		if full, ok := a.x.vocab.apState[toks[m.to+1].Text]; ok {
			out = append(out, full)
			continue
		}
		for _, mj := range a.bySent[m.sent] {
			if n := a.ments[mj]; n.from == m.to+1 && a.ents[n.ent].typ == graph.Location {
				out = append(out, a.ents[n.ent].name)
			}
		}
	}
	return out
}

// isCountyName reports whether name is a county's ("Storey County"): a
// division below the state that, like a town, an article places in its
// state across sentences ("Gigafactory Nevada ... lies in Storey
// County").
func isCountyName(name string) bool {
	return strings.HasSuffix(name, " County")
}
