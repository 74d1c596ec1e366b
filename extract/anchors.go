package extract

// Anaphora: "the plant", "the carmaker" and other noun phrases that refer
// back to an entity named before.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// anchor is a noun phrase that refers back to an entity named earlier:
// "the plant", "the carmaker".
type anchor struct {
	from, to int
	ent      int
}

// findAnchors resolves "the plant", "the site", "the carmaker", "the
// company" to the most recent entity of the fitting type.
func (a *analysis) findAnchors() {
	v := a.x.vocab
	mi := 0
	lastOf := map[graph.EntityType]int{}
	free := [2]int{-1, -1} // the last company named other than after "of", and its sentence
	// the last plant with a name of its own: "the hall" is a building, so
	// a hall named before ("Factory 12"), not the site it stands on
	hall := 0
	for si, s := range a.dc.sents {
		for i, t := range s.Toks {
			for mi < len(a.ments) && a.ments[mi].start < t.Start {
				m := a.ments[mi]
				a.noteReferent(lastOf, m)
				if e := a.ents[m.ent]; e.typ == graph.Plant && e.proper && !a.formerPlant(m) {
					hall = m.ent + 1
				}
				if a.ents[m.ent].typ == graph.Company && !a.afterOf(m) {
					free = [2]int{m.ent, m.sent}
				}
				mi++
			}
			if an, ok := a.ordinalAnchor(si, i); ok {
				a.anchors[si] = append(a.anchors[si], an)
				continue
			}
			w := strings.ToLower(t.Text)
			if w != "the" && w != "this" && w != "its" && w != "that" && w != "their" {
				continue
			}
			j := i + 1
			// "the 50:50 venture": a ratio is a modifier too
			// "the Hungarian site": a nationality too, before a site noun
			national := ""
			for j < len(s.Toks) && j-i <= 3 && (v.siteMod[s.Toks[j].Text] || v.demonym.has(s.Toks[j].Text) && isCapitalized(s.Toks[j].Text) || strings.Contains(s.Toks[j].Text, "-") && !isCapitalized(s.Toks[j+min(1, len(s.Toks)-j-1)].Text) || isNumber(strings.ReplaceAll(s.Toks[j].Text, ":", ""))) {
				if v.demonym.has(s.Toks[j].Text) && isCapitalized(s.Toks[j].Text) {
					national = s.Toks[j].Text
				}
				j++
			}
			if j >= len(s.Toks) {
				continue
			}
			n := strings.ToLower(s.Toks[j].Text)
			var typ graph.EntityType
			switch {
			case v.siteNoun[n] && !pluralSiteNoun(n), n == "hall" && hall > 0:
				typ = graph.Plant
			case isCompanyAnchorNoun(n):
				typ = graph.Company
			default:
				continue
			}
			nationalEnt := -1
			if national != "" && typ != graph.Plant {
				// "the Korean carmaker": which one, only a company the
				// text has tied to Korea says
				if nationalEnt = a.nationalCompany(national, mi); nationalEnt < 0 {
					continue
				}
			}
			if j+1 < len(s.Toks) && isCapitalized(s.Toks[j+1].Text) && typ == graph.Company {
				continue // "the truck maker Brenna Trucks" describes the name after it
			}
			if j+1 < len(s.Toks) && typ == graph.Company && isDaughterNoun(strings.ToLower(s.Toks[j+1].Text)) {
				continue // "Volkswagen Sachsen, the group subsidiary that runs the site" is the subsidiary
			}
			e := lastOf[typ]
			if n == "hall" {
				e = hall
			}
			if typ == graph.Plant && a.interview() && a.articlePlant() >= 0 {
				e = a.articlePlant() + 1 // "the plant" in its director's answers is theirs
			}
			if e == 0 && typ == graph.Plant {
				e = a.plantNamedLater(mi) + 1 // "The complex stands on ...": named only later
			}
			if typ == graph.Company && e > 0 && free[0] >= 0 && free[0] != e-1 && si-free[1] <= 3 && a.lastNamedAfterOf(e-1, mi) {
				// "Panasonic Energy, a subsidiary of Panasonic Holdings,
				// develops batteries. The company is headquartered in":
				// a company named in a title or an apposition is not
				// what the text goes on about
				e = free[0] + 1
			}
			if typ == graph.Plant && a.opensSentence(si, i) && w == "the" {
				// "Kovra's Vejle plant, a supplier to Arvo's nearby
				// factory, has begun ... The site will make": a sentence
				// that opens on the site goes on about the plant that
				// opened the one before, or the opening company's plant
				// ("That facility" points to the last one named)
				if p := max(a.openingPlant(si-1), a.openingCompanyPlant(si-1)); p >= 0 {
					e = p + 1
				}
			}
			if n == "group" {
				// "the group's platform": the group the text last named
				if g := a.lastGroup(mi); g >= 0 {
					e = g + 1
				}
			}
			if n == "venture" {
				// "the venture": the last company named in a sentence
				// about a venture
				e = a.lastVenture(mi) + 1
			}
			if nationalEnt >= 0 {
				e = nationalEnt + 1
			}
			if e > 0 && !a.insideMention(si, i, j+1) {
				a.anchors[si] = append(a.anchors[si], anchor{from: i, to: j + 1, ent: e - 1})
			}
		}
	}
}

// isCompanyAnchorNoun reports whether "the" and n may refer back to a
// company: "the carmaker", "the group".
func isCompanyAnchorNoun(n string) bool {
	switch n {
	case "carmaker", "automaker", "company", "group", "manufacturer", "firm", "maker", "supplier", "start-up", "startup", "giant", "venture", "chipmaker", "designer", "developer":
		return true
	}
	return false
}

// isDaughterNoun reports whether w names a company held by another:
// "subsidiary", "unit", "affiliate".
func isDaughterNoun(w string) bool {
	switch w {
	case "subsidiary", "unit", "affiliate", "division", "arm":
		return true
	}
	return false
}

// afterOf reports whether mention m follows "of": "president of CATL
// Europe", "a subsidiary of the BMW Group".
func (a *analysis) afterOf(m mention) bool {
	toks := a.dc.sents[m.sent].Toks
	k := m.from - 1
	if k > 0 && strings.EqualFold(toks[k].Text, "the") {
		k--
	}
	return k >= 0 && strings.EqualFold(toks[k].Text, "of")
}

// lastNamedAfterOf reports whether the last mention of entity e before
// mention index end follows "of".
func (a *analysis) lastNamedAfterOf(e, end int) bool {
	for k := end - 1; k >= 0; k-- {
		if a.ments[k].ent == e {
			return a.afterOf(a.ments[k])
		}
	}
	return false
}

// lastGroup returns the entity of the last company mention before
// mention index end whose name is a group's ("Volkswagen Group"), or -1.
func (a *analysis) lastGroup(end int) int {
	for k := end - 1; k >= 0; k-- {
		e := a.ments[k].ent
		if a.ents[e].typ == graph.Company && strings.HasSuffix(a.ents[e].name, " Group") {
			return e
		}
	}
	return -1
}

// lastVenture returns the entity of the last company mention before
// mention index end whose sentence speaks of a venture, or -1.
func (a *analysis) lastVenture(end int) int {
	for k := end - 1; k >= 0; k-- {
		m := a.ments[k]
		if a.ents[m.ent].typ != graph.Company {
			continue
		}
		for _, t := range a.dc.sents[m.sent].Toks {
			if t.Text == "venture" {
				return m.ent
			}
		}
	}
	return -1
}

func (a *analysis) insideMention(si, from, to int) bool {
	for _, mi := range a.bySent[si] {
		if m := a.ments[mi]; m.from < to && from < m.to && m.typ != graph.Location {
			return true
		}
	}
	return false
}
