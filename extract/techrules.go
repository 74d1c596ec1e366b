package extract

// Rules for who develops a technology.

import (
	"slices"

	"github.com/plantgraph/plantgraph/graph"
)

// developRelations adds "company develops technology" for each develop
// trigger of sentence si and reports whether a company develops one of
// its technologies there.
func (a *analysis) developRelations(rb *relationBuilder, si int, slots []slot, lw []string, triggers []int) bool {
	developed := false
	for _, t := range triggers {
		if a.developedBy(rb, si, slots, lw, t) || designNoun(lw, t) || a.plantDesigned(slots, lw, t) {
			continue
		}
		if pair := a.twoCompanies(si, slots, lw, t); len(pair) == 2 {
			a.addDevelops(rb, si, slots, lw, t, pair)
			developed = true
			continue
		}
		dev := apposedHead(slots, lw, lastSlotBefore(slots, t, graph.Company), t)
		if dev < 0 {
			dev = a.subjects[si]
		}
		if dev < 0 {
			dev = a.lastEntityBefore(si, graph.Company)
		}
		if dev < 0 || a.ents[dev].typ != graph.Company {
			continue
		}
		developed = true
		devs := append(coordinatedBefore(slots, lw, dev, t), dev)
		if t+1 < len(lw) && lw[t+1] == "with" {
			// "the CMF-EV platform that Renault developed with Nissan":
			// a co-developer is also a partner
			with := coordinatedFrom(slots, lw, t+2)
			for _, c := range with {
				rb.add(si, dev, graph.PartnersWith, c, 0.5)
			}
			devs = append(devs, with...)
		}
		a.addDevelops(rb, si, slots, lw, t, devs)
	}
	return developed
}

// addDevelops adds "d develops technology" for each developer d and
// each technology in the clause of trigger t.
func (a *analysis) addDevelops(rb *relationBuilder, si int, slots []slot, lw []string, t int, devs []int) {
	for _, d := range devs {
		for _, tech := range of(slots, graph.Technology) {
			if sameClause(lw, t, tech) {
				rb.add(si, d, graph.Develops, tech.ent, 0.5)
			}
		}
	}
}

// twoCompanies returns the last two companies named before sentence si
// when "the two companies" or "both companies" is the subject of
// trigger t: "The two companies are also developing LMR cells" after a
// sentence on Arvo Motors and Solvik Automobiles.
func (a *analysis) twoCompanies(si int, slots []slot, lw []string, t int) []int {
	said := false
	for k := 0; k+1 < t && !said; k++ {
		said = (lw[k] == "two" || lw[k] == "both") && (lw[k+1] == "companies" || lw[k+1] == "partners")
	}
	if !said || lastSlotBefore(slots, t, graph.Company) >= 0 {
		return nil
	}
	return a.companiesBefore(si, 2, -1)
}

// lastSlotBefore returns the entity of the last slot of type t ending
// before token i, or -1.
func lastSlotBefore(slots []slot, i int, t graph.EntityType) int {
	if s, ok := lastSlot(slots, i, t); ok {
		return s.ent
	}
	return -1
}

// developedBy reads a passive develop trigger: "Zorbit, the welding
// robot developed by Arvo Motors" says the companies after "by" develop
// the technology just before the trigger, and nothing of the others in
// the sentence.
func (a *analysis) developedBy(rb *relationBuilder, si int, slots []slot, lw []string, t int) bool {
	if t+1 >= len(lw) || lw[t+1] != "by" {
		return false
	}
	techs := apposedTechs(slots, lw, t)
	for _, d := range coordinatedFrom(slots, lw, t+2) {
		for _, tech := range techs {
			rb.add(si, d, graph.Develops, tech, 0.5)
		}
	}
	return true
}

// apposedTechs returns the technology ending last before token i and
// the named one it stands in apposition to: "Zorbix, a four-legged
// inspection robot developed by" gives the robot and Zorbix.
func apposedTechs(slots []slot, lw []string, i int) []int {
	var out []int
	last := -1
	for k, s := range slots {
		if s.typ == graph.Technology && s.to <= i {
			last = k
		}
	}
	if last < 0 {
		return nil
	}
	out = append(out, slots[last].ent)
	head := slots[last]
	for k := last - 1; k >= 0; k-- {
		s := slots[k]
		if s.typ != graph.Technology {
			continue
		}
		if s.to < len(lw) && lw[s.to] == "," && s.to+1 < len(lw) && isArticle(lw[s.to+1]) && head.from-s.to <= 5 {
			out = append(out, s.ent)
		}
		break
	}
	return out
}

func isArticle(w string) bool {
	return w == "a" || w == "an" || w == "the"
}

// designNoun reports whether the develop trigger at t is the noun
// "design" with no owner: "using a cell-to-pack design", "design
// software" tell of no developer, while "its cell-to-chassis design"
// does.
func designNoun(lw []string, t int) bool {
	if lw[t] != "design" {
		return false
	}
	if t == 0 {
		return true
	}
	switch lw[t-1] {
	case "to", "will", "would", "can", "could", "we", "they", "i":
		return false // "Arvo will design the cells"
	}
	for k := t - 1; k >= max(0, t-4); k-- {
		if lw[k] == "its" || lw[k] == "their" || isPossessiveTok(lw[k]) {
			return false
		}
	}
	return true
}

// plantDesigned reports whether the develop trigger at t describes a
// plant: "Vejle is the first plant designed under the digital twin
// concept" says the plant uses it, and names no developer.
func (a *analysis) plantDesigned(slots []slot, lw []string, t int) bool {
	if t == 0 {
		return false
	}
	for _, s := range slots {
		if s.to == t && s.typ == graph.Plant {
			return true
		}
	}
	return a.x.vocab.siteNoun[lw[t-1]]
}

// sameClause reports whether no clause break stands between token t and
// slot s: in "the platform that Arvo developed with Solvik, while the
// KV5 sits on the newer Zorbix platform" Arvo does not develop Zorbix.
func sameClause(lw []string, t int, s slot) bool {
	from, to := t+1, s.from
	if s.to <= t {
		from, to = s.to, t
	}
	for _, w := range lw[from:to] {
		switch w {
		case "while", "whereas", "but", ";":
			return false
		}
	}
	return true
}

// coordinatedBefore returns the companies joined by "and" or commas to
// the last slot of entity e ending before token t: "which Arvo and
// Solvik developed together" gives Arvo for Solvik.
func coordinatedBefore(slots []slot, lw []string, e, t int) []int {
	k := -1
	for i, s := range slots {
		if s.ent == e && s.to <= t {
			k = i
		}
	}
	var out []int
	for ; k > 0; k-- {
		prev, cur := slots[k-1], slots[k]
		if prev.typ != graph.Company || prev.to >= cur.from {
			break
		}
		gap := lw[prev.to:cur.from]
		if len(gap) != 1 || gap[0] != "and" && gap[0] != "," {
			break
		}
		out = append(out, prev.ent)
	}
	return out
}

// possessorDevelops reads "AIQX, BMW's in-house system" and "Arvo's
// Zorbix platform": the possessor develops the technology. In "Solvik's
// Vejle plant with its Zorbix platform" another owner stands between.
func (a *analysis) possessorDevelops(rb *relationBuilder, si int, slots []slot, lw []string) {
	for _, c := range of(slots, graph.Company) {
		if c.to >= len(lw) || !isPossessiveTok(lw[c.to]) {
			continue
		}
		for _, tech := range of(slots, graph.Technology) {
			if d := tech.from - c.to; d > 0 && d <= 5 && !slices.ContainsFunc(lw[c.to+1:tech.from], ownerBreak) || c.from >= tech.to && c.from-tech.to <= 2 || possessedList(lw, c.to, tech) {
				rb.add(si, c.ent, graph.Develops, tech.ent, 0.4)
			}
		}
	}
}

// ownerBreak reports whether w ends the reach of a possessive: "its",
// "their", "with".
func ownerBreak(w string) bool {
	return w == "its" || w == "their" || w == "with"
}

// apposedHead returns the company an apposition "..., a subsidiary of
// e, ..." describes, when e closes that apposition before trigger t:
// "Kalmora Energy, a subsidiary of Kalmora Holdings, develops
// batteries" is about Kalmora Energy ("Kalmora Energy Co., Ltd., a
// subsidiary of" too). Otherwise it returns e.
func apposedHead(slots []slot, lw []string, e, t int) int {
	k := -1
	for i, s := range slots {
		if s.ent == e && s.to <= t {
			k = i
		}
	}
	if k < 1 {
		return e
	}
	s, head := slots[k], slots[k-1]
	if s.to >= len(lw) || lw[s.to] != "," || s.from < 1 || lw[s.from-1] != "of" && !(s.from > 1 && lw[s.from-1] == "the" && lw[s.from-2] == "of") {
		return e
	}
	if head.typ == graph.Company && head.to < s.from && slices.Contains(lw[head.to:s.from], ",") && s.from-head.to <= 8 {
		return head.ent
	}
	return e
}
