package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// clauseOpening returns the index of the token after the comma that
// closes a subordinate clause opening sentence si ("Since production
// started in 2006, the plant has built ..."), or 0 when none opens it.
// The sentence's subject stands after that comma.
func (a *analysis) clauseOpening(si int) int {
	toks := a.dc.sents[si].Toks
	if len(toks) == 0 {
		return 0
	}
	switch strings.ToLower(toks[0].Text) {
	case "since", "after", "when", "while", "once", "although", "though", "because", "until", "before", "following":
	default:
		return 0
	}
	for k := 1; k < len(toks) && k <= 15; k++ {
		if toks[k].Text == "," {
			return k + 1
		}
	}
	return 0
}

// opensSentence reports whether token i opens sentence si, maybe after
// an opening subordinate clause.
func (a *analysis) opensSentence(si, i int) bool {
	return i == 0 || i == a.clauseOpening(si)
}

// openingSubject returns the company or plant that opens sentence si,
// within its first words or right after an opening clause, or -1.
func (a *analysis) openingSubject(si int, slots []slot) int {
	if len(slots) > 0 && slots[0].from <= 2 && (slots[0].typ == graph.Company || slots[0].typ == graph.Plant) {
		return slots[0].ent
	}
	c := a.clauseOpening(si)
	for _, s := range slots {
		if c > 0 && s.from >= c && s.from <= c+2 && (s.typ == graph.Company || s.typ == graph.Plant) {
			return s.ent
		}
	}
	return -1
}

// lastPlantOf returns the plant that company c runs named last up to
// sentence si, or -1.
func (a *analysis) lastPlantOf(c, si int) int {
	for k := si; k >= 0; k-- {
		for j := len(a.bySent[k]) - 1; j >= 0; j-- {
			if e := a.ments[a.bySent[k][j]].ent; a.ents[e].typ == graph.Plant && a.ents[e].operator == c {
				return e
			}
		}
	}
	return -1
}

// openingCompanyPlant returns the plant of the company that opens
// sentence si when the sentence names no plant itself, the one named
// last, or -1: after "Arvo Slovakia is the only production base of Arvo
// Corporation.", "the plant" is Arvo Slovakia's, not the last plant named.
func (a *analysis) openingCompanyPlant(si int) int {
	if si < 0 || si >= len(a.bySent) || len(a.bySent[si]) == 0 {
		return -1
	}
	for _, mi := range a.bySent[si] {
		if a.ents[a.ments[mi].ent].typ == graph.Plant {
			return -1
		}
	}
	m := a.ments[a.bySent[si][0]]
	if m.from > 2 || a.ents[m.ent].typ != graph.Company {
		return -1
	}
	return a.lastPlantOf(m.ent, si)
}
