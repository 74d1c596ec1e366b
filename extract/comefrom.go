package extract

// The "comes from" rule: where a product comes from, its source makes it.

import "github.com/plantgraph/plantgraph/graph"

// comeFromRule reads where a product comes from, in either word order:
// "from" right after the product ("battery modules from Kestrel Cells",
// "the KV3 will continue to come from the Vejle plant") or "come(s)
// from" after a subject the product heads ("the electric motors for the
// Megane come from Renault's Cléon plant"). The source makes the
// product; the models a product is for are made elsewhere. It returns
// the products it read, by first token, so that the produces rule does
// not give them to another maker.
func (a *analysis) comeFromRule(rb *relationBuilder, si int, slots []slot, lw []string) map[int]bool {
	products, plants := of(slots, graph.Product), of(slots, graph.Plant)
	sourced := map[int]bool{}
	for _, p := range products {
		if afterFor(lw, slots, products, p) {
			continue
		}
		src, conf := -1, 0.55
		if f := fromAfter(lw, p); f >= 0 {
			src = sourceAt(slots, lw, f)
		}
		if f := a.comeFromAfter(si, lw, p); src < 0 && f >= 0 {
			src, conf = comeFromSource(slots, f), 0.6
		}
		if src < 0 {
			continue
		}
		// "will come from Kestrel Cells, which is building its Vejle
		// cell plant": the company's plant the sentence names
		for _, pl := range plants {
			if pl.from > p.to && a.ents[pl.ent].operator == src {
				src = pl.ent
			}
		}
		rb.add(si, src, graph.Produces, p.ent, conf)
		sourced[p.from] = true
	}
	return sourced
}

// fromAfter returns the "from" right after product slot p, past the
// words of a verb ("the KV3 will continue to come from"), or -1, also
// for a negated verb: "the KV3 does not come from".
func fromAfter(lw []string, p slot) int {
	k := p.to
	for k < len(lw) && k-p.to < 5 && (comesWord(lw[k]) || lw[k] == "not" || lw[k] == "n't" || lw[k] == "never") {
		k++
	}
	for _, w := range lw[p.to:k] {
		if w == "not" || w == "n't" || w == "never" {
			return -1
		}
	}
	if k+1 >= len(lw) || lw[k] != "from" {
		return -1
	}
	return k
}

// comeFromAfter returns the "from" of the first "come(s) from" after
// product slot p that nothing negates, or -1: the product heads the
// subject of "the electric motors for the Megane come from".
func (a *analysis) comeFromAfter(si int, lw []string, p slot) int {
	for i := max(p.to, 1); i+1 < len(lw); i++ {
		if lw[i] == "but" || lw[i] == ";" {
			return -1 // "will assemble packs, but the cells come from": another clause's subject
		}
		if (lw[i] == "come" || lw[i] == "comes") && lw[i+1] == "from" && !a.negatedNear(si, i) {
			return i + 1
		}
	}
	return -1
}

// sourceAt returns the plant or company that opens the phrase after
// the "from" at token f, or -1. A source followed by "to" is where the
// product moves away from ("moved from the Vejle plant to ..."); "from
// Kestrel's new plant in Vejle" is the plant's, "from Kestrel's Tarn
// brand" names no maker.
func sourceAt(slots []slot, lw []string, f int) int {
	k := f + 1
	if k < len(lw) && (lw[k] == "the" || lw[k] == "its" || lw[k] == "their") {
		k++
	}
	for i, s := range slots {
		if s.from != k || s.typ != graph.Plant && s.typ != graph.Company {
			continue
		}
		if s.to < len(lw) && lw[s.to] == "to" {
			return -1
		}
		if s.to < len(lw) && isPossessiveTok(lw[s.to]) {
			if i+1 < len(slots) && slots[i+1].typ == graph.Plant && slots[i+1].from-s.to <= 4 {
				return slots[i+1].ent
			}
			return -1
		}
		return s.ent
	}
	return -1
}

// comeFromSource returns the plant named within a few words after the
// "from" at token from ("from Renault's Cléon plant"), else the company
// ("from AESC"), or -1.
func comeFromSource(slots []slot, from int) int {
	company := -1
	for _, s := range slots {
		if s.from <= from || s.from > from+5 {
			continue
		}
		if s.typ == graph.Plant {
			return s.ent
		}
		if s.typ == graph.Company && company < 0 {
			company = s.ent
		}
	}
	return company
}

// comesWord reports whether w may stand between a product and the "from"
// that names its source: "the KV3 will continue to come from".
func comesWord(w string) bool {
	switch w {
	case "come", "comes", "came", "coming", "does", "do", "did", "continue", "continues", "to", "will", "is", "are", "was", "were", "be",
		"only", "still", "now", "already", "currently", "mainly", "largely", "all":
		return true
	}
	return bodyStyle(w)
}

// afterFor reports whether product p is what another product is for:
// "the electric motors for the Megane and the Kangoo".
func afterFor(lw []string, slots, products []slot, p slot) bool {
	return forGoverning(lw, p.from, -1, modelListSkip(lw, slots, products)) >= 0
}
