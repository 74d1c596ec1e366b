package extract

import (
	"github.com/plantgraph/plantgraph/graph"
)

// isVersionNoun reports whether w names a variant of a model the text
// has named: "Right-hand-drive versions", "the long-wheelbase variant".
func isVersionNoun(w string) bool {
	switch w {
	case "version", "versions", "variant", "variants":
		return true
	}
	return false
}

// versionsRule ties a model to a second producer when a sentence that
// names no model opens on its versions: "the KX comes from Vejle.
// Right-hand-drive versions are assembled by Kovra Motors at its plant in
// Chonburi" says the Chonburi plant makes the KX too.
func (a *analysis) versionsRule(rb *relationBuilder, si int, slots []slot, lw []string) {
	if si == 0 {
		return
	}
	v := -1
	for k := 0; k < len(lw) && k <= 6; k++ {
		if a.tokenInSlot(slots, k) {
			return // "The KX version": a model named first is the subject
		}
		if isVersionNoun(lw[k]) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	verb := -1
	for k := v + 1; k < len(lw); k++ {
		if isProduceWord(lw[k]) && !a.tokenInSlot(slots, k) && !a.negatedNear(si, k) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return
	}
	producer := -1
	for _, s := range slots {
		if s.from <= verb {
			continue
		}
		if s.typ == graph.Product {
			return // "versions are built alongside the KS": named models speak for themselves
		}
		if s.typ == graph.Plant && producer < 0 {
			producer = s.ent
		}
	}
	if producer < 0 {
		for _, s := range slots {
			if s.typ == graph.Company && s.from == verb+2 && lw[verb+1] == "by" {
				producer = s.ent // "versions are assembled by Kovra Motors"
			}
		}
	}
	model := -1
	for _, mi := range a.bySent[si-1] {
		if e := a.ments[mi].ent; a.ents[e].typ == graph.Product {
			model = e
			break
		}
	}
	rb.add(si, producer, graph.Produces, model, 0.5)
}
