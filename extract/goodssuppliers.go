package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// goodsSupplierRule reads "Norvik remains its main cell supplier": the
// company that a copula names as the supplier or maker of goods makes
// them. The goods are a product named right before the supplier noun, or
// a bare goods noun ("cell") standing for the product the text last named
// with that head; the company is the slot that ends right before the
// copula. The phrase after the copula is often read as a company anchor
// ("its main cell supplier"), so the rule reads the words, not the slots.
func (a *analysis) goodsSupplierRule(rb *relationBuilder, si int, slots []slot, lw []string) {
	for k := 1; k < len(lw); k++ {
		switch lw[k] {
		case "supplier", "maker", "producer", "manufacturer":
		default:
			continue
		}
		goods := -1
		if p, ok := productEndingAt(slots, k); ok {
			goods = p.ent
		} else if goodsNoun(lw[k-1]) {
			goods = a.lastGoods(si, singular(lw[k-1]))
		}
		if goods < 0 {
			continue
		}
		cop := -1
		for j := k - 2; j >= 1 && j >= k-6; j-- {
			if copulaWord(lw[j]) {
				cop = j
				break
			}
		}
		if cop < 1 {
			continue
		}
		if c := slotEndingAt(slots, cop); c >= 0 {
			rb.add(si, c, graph.Produces, goods, 0.5)
		}
	}
}

// productEndingAt returns the product slot that ends right before token k.
func productEndingAt(slots []slot, k int) (slot, bool) {
	for _, s := range slots {
		if s.typ == graph.Product && s.to == k {
			return s, true
		}
	}
	return slot{ent: -1}, false
}

// lastGoods returns the product named last before sentence si whose name
// ends in the head noun head ("battery cell" for "cell"), or -1.
func (a *analysis) lastGoods(si int, head string) int {
	best := -1
	for _, m := range a.ments {
		if m.sent >= si {
			break
		}
		if e := a.ents[m.ent]; e.typ == graph.Product && e.name != "" {
			ws := strings.Fields(strings.ToLower(e.name))
			if singular(ws[len(ws)-1]) == head {
				best = m.ent
			}
		}
	}
	return best
}

// copulaWord reports whether w links a subject to what it is.
func copulaWord(w string) bool {
	switch w {
	case "is", "was", "remains", "remained", "becomes", "became":
		return true
	}
	return false
}
