package extract

// The supplier's goods: a company that supplies a product makes it (the
// guidelines: "a supplier that makes what it supplies produces it").

import "github.com/plantgraph/plantgraph/graph"

// suppliedGoodsRule reads the products a supply verb governs: "Kovra will
// supply cells and battery modules to Arvo", "Kovra supplies Arvo with
// modules", "with LFP cells supplied by Norvik". The supplier makes them:
// the plant that stands before the verb as its subject, else the
// supplier's plant named in the sentence ("from its Vejle plant"), else
// the supplier. It returns the products it read, by first token, so that
// the produces rule does not give them to a plant named later for what
// the customer builds ("for the Zorvan, which is built at Arvo's plant").
func (a *analysis) suppliedGoodsRule(rb *relationBuilder, si int, slots []slot, lw []string) map[int]bool {
	read := map[int]bool{}
	for t, w := range lw {
		if !supplyVerb(w) || a.negatedNear(si, t) {
			continue
		}
		var goods []slot
		passive := t+1 < len(lw) && lw[t+1] == "by"
		if passive {
			goods = productsEndingAt(slots, lw, t) // "cells supplied by Norvik"
		} else {
			goods = suppliedObjects(slots, lw, t)
		}
		if len(goods) == 0 {
			continue
		}
		supplier, _ := a.supplyPair(si, slots, lw, t)
		maker := supplier
		if !passive {
			if s, ok := subjectBefore(slots, lw, t); ok && s.typ == graph.Plant {
				maker = s.ent // "the Vejle plant supplies engines to"
			}
		}
		if maker >= 0 && a.ents[maker].typ == graph.Company {
			maker = a.operatorPlantAfter(slots, maker, t) // "supply cathode material from its Vejle plant"
		}
		if maker < 0 {
			continue
		}
		for _, g := range goods {
			rb.add(si, maker, graph.Produces, g.ent, 0.5)
			read[g.from] = true
		}
	}
	return read
}

// supplyVerb reports whether w is a verb of supplying goods.
func supplyVerb(w string) bool {
	switch w {
	case "supply", "supplies", "supplied", "supplying", "deliver", "delivers", "delivered", "delivering", "provide", "provides", "provided", "providing",
		"send", "sends", "sending", "ship", "ships", "shipping": // "is sending its Zeta Cell to carmakers"
		return true
	}
	return false
}

// suppliedObjects returns the products the supply verb at token t takes
// as object, listed with "and" or commas: "supply cells and battery
// modules to", "supply Arvo with modules". A preposition or another
// entity before the first product ends the search: "supply Arvo's plant
// in Vejle" supplies no goods.
func suppliedObjects(slots []slot, lw []string, t int) []slot {
	k := t + 1
	var out []slot
	for k < len(lw) && k <= t+6 {
		s, ok := slotAt(slots, k)
		switch {
		case ok && s.typ == graph.Product:
			out = append(out, s)
			k = s.to
			continue
		case ok && s.typ == graph.Company && len(out) == 0 && s.to < len(lw) && lw[s.to] == "with":
			k = s.to + 1 // "supplies Arvo with modules"
			continue
		case ok:
			return out
		}
		switch lw[k] {
		case "and", ",", "the", "its", "their", "all", "both":
		default:
			if len(out) > 0 || objectStop(lw[k]) {
				return out
			}
		}
		k++
	}
	return out
}

// objectStop reports whether w ends a supply verb's object before any
// product: a preposition or a clause break.
func objectStop(w string) bool {
	switch w {
	case "to", "for", "from", "with", "by", "in", "at", "on", "of", "under", "since", "until", "as", "that", "which", ".", ";", ":", "(", ")":
		return true
	}
	return false
}

// productsEndingAt returns the product, with the products listed before
// it, that ends right before token t: "LFP cells supplied by".
func productsEndingAt(slots []slot, lw []string, t int) []slot {
	var out []slot
	end := t
	for i := len(slots) - 1; i >= 0; i-- {
		s := slots[i]
		if s.to > end {
			continue
		}
		if s.typ != graph.Product || s.to != end && !(s.to+1 == end && (lw[s.to] == "and" || lw[s.to] == ",")) {
			break
		}
		out = append(out, s)
		end = s.from
	}
	return out
}

// slotAt returns the slot that starts at token k.
func slotAt(slots []slot, k int) (slot, bool) {
	for _, s := range slots {
		if s.from == k {
			return s, true
		}
	}
	return slot{}, false
}

// subjectBefore returns the last plant or company slot before token t in
// the clause of t.
func subjectBefore(slots []slot, lw []string, t int) (slot, bool) {
	var out slot
	ok := false
	for _, s := range slots {
		if s.to <= t && (s.typ == graph.Plant || s.typ == graph.Company) {
			out, ok = s, true
		}
	}
	return out, ok && sameClause(lw, t, out)
}

// operatorPlantAfter returns the first plant of company c named after
// token i, or c itself when the sentence names none: "supply cathode
// material from its Vejle plant" is supplied from the plant.
func (a *analysis) operatorPlantAfter(slots []slot, c, i int) int {
	for _, s := range slots {
		if s.typ == graph.Plant && s.from > i && a.ents[s.ent].operator == c {
			return s.ent
		}
	}
	return c
}
