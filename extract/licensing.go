package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// licensedTech reads "it would make LFP cells with technology licensed
// from Kestrel Cells": the licensor develops the technology the licensee
// makes its goods with, and the licensee uses it. The technology is one
// named in the clause before "licensed", or one whose name the goods
// carry ("LFP cells" are cells of the LFP chemistry).
func (a *analysis) licensedTech(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t := 1; t+1 < len(lw); t++ {
		if lw[t] != "licensed" || lw[t+1] != "from" || a.negatedNear(si, t) {
			continue
		}
		licensor := firstCompanyFrom(slots, t+2, t+6)
		if licensor < 0 {
			continue
		}
		var techs []int
		for _, s := range slots {
			if s.to > t || !sameClause(lw, t, s) {
				continue
			}
			switch s.typ {
			case graph.Technology:
				techs = append(techs, s.ent)
			case graph.Product:
				techs = append(techs, a.techsNamedIn(lw[s.from:s.to])...)
			}
		}
		if len(techs) == 0 {
			continue
		}
		// the licence is the company's, the sentence's subject, even when
		// a plant stands nearer ("announced the plant, saying it would
		// make ...")
		user := a.subjects[si]
		if user < 0 || a.ents[user].typ != graph.Company {
			user, _ = a.userBefore(slots, lw, t)
		}
		for _, e := range techs {
			rb.add(si, licensor, graph.Develops, e, 0.45)
			if user >= 0 && user != licensor {
				rb.add(si, user, graph.Uses, e, 0.45)
			}
		}
	}
}

// techsNamedIn returns the technologies of the document a mention of
// which is one of the words ws: the "LFP" in "LFP cells".
func (a *analysis) techsNamedIn(ws []string) []int {
	var out []int
	for _, m := range a.ments {
		if a.ents[m.ent].typ != graph.Technology || strings.Contains(m.text, " ") || containsInt(out, m.ent) {
			continue
		}
		for _, w := range ws {
			if strings.EqualFold(w, m.text) {
				out = append(out, m.ent)
				break
			}
		}
	}
	return out
}
