package extract

// Supply of equipment and parts: "Tarvik will equip the plant", "suppliers,
// starting with Tarvik", "the cells go into Arvo's pickups".

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// equipRule reads "Norvik will equip Ostrana's planned gigafactory with
// its automation portfolio" and "Norvik, an early partner, equipped the
// production with software": the company that equips a plant supplies
// the company that runs it. "the plant is equipped with robots" names no
// supplier before the verb and adds nothing.
func (a *analysis) equipRule(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "equip" && w != "equips" && w != "equipped" && w != "equipping" || a.negatedNear(si, t) {
			continue
		}
		supplier := lastCompanyBefore(slots, t, 8)
		if supplier < 0 || t > 0 && (lw[t-1] == "is" || lw[t-1] == "be" || lw[t-1] == "was" || lw[t-1] == "been" || lw[t-1] == "are") {
			continue // "is equipped with": the subject is what gets the equipment
		}
		customer := -1
		for _, s := range slots {
			if s.from <= t || s.from > t+3 {
				continue
			}
			switch s.typ {
			case graph.Company:
				customer = s.ent // "equip Ostrana's gigafactory"
			case graph.Plant:
				customer = a.ents[s.ent].operator
			}
			break
		}
		if customer < 0 && t+2 < len(lw) && lw[t+1] == "the" && (lw[t+2] == "production" || lw[t+2] == "factory" || lw[t+2] == "plant") {
			// "equipped the production": the company the article is about
			customer = a.mainCompany()
		}
		if customer != supplier {
			rb.add(si, supplier, graph.Supplies, customer, 0.45)
		}
	}
}

// introducesExample reports whether words that name examples of a class
// ("starting with", "including", "such as", "among them") come after
// token i and before the first company slot of the clause.
func introducesExample(lw []string, i int, slots []slot) bool {
	end := len(lw)
	for _, s := range slots {
		if s.typ == graph.Company && s.from >= i {
			end = s.from
			break
		}
	}
	for k := i; k < end; k++ {
		switch lw[k] {
		case ";", ".":
			return false
		case "including", "like":
			return k+1 == end
		case "with", "as", "them":
			if k > i && (lw[k-1] == "starting" || lw[k-1] == "such" || lw[k-1] == "among" || lw[k-1] == "beginning") {
				return k+1 == end
			}
		}
	}
	return false
}

// coordinatedPair reports whether companies x and y stand next to each
// other in a list, x first: "Arvo, Tarvik and Norvik".
func coordinatedPair(slots []slot, lw []string, x, y int) bool {
	for i, s := range slots {
		if s.ent != x || s.typ != graph.Company {
			continue
		}
		for _, n := range slots[i+1:] {
			if n.from < s.to {
				continue
			}
			gap := lw[s.to:n.from]
			return n.ent == y && len(gap) >= 1 && len(gap) <= 2 && (gap[0] == "," || gap[0] == "and") && (len(gap) == 1 || gap[1] == "and")
		}
	}
	return false
}

// modelCustomer reads "to supply cells for the Velo 5": the customer is
// the company whose name the model after "for" bears, or whose possessive
// stands before it ("for Arvo's Velo 5"). It returns -1 otherwise.
func (a *analysis) modelCustomer(slots []slot, lw []string, t int) int {
	for k := t + 1; k < len(lw) && k <= t+4; k++ {
		if lw[k] != "for" {
			continue
		}
		for _, p := range slots {
			if p.from < k+1 || p.from > k+2 || p.typ != graph.Product {
				continue
			}
			model := strings.Fields(a.ents[p.ent].name)
			for _, s := range slots {
				if s.typ == graph.Company && s.to <= p.from && p.from-s.to <= 1 && s.from > k && isPossessiveTok(lw[s.to]) {
					return s.ent
				}
			}
			for i, e := range a.ents {
				if e.typ != graph.Company {
					continue
				}
				for _, mi := range e.ments {
					if w := strings.Fields(a.ments[mi].text); len(w) < len(model) && slices.Equal(w, model[:len(w)]) {
						return i // "the Velo 5" is Velo Motors' model when the text calls it "Velo"
					}
				}
			}
		}
		break
	}
	return -1
}

// destinationRule reads where goods go: "those cells go into Arvo's
// pickups", "The cells are destined for electric cars from Arvo and
// Velmar": the maker of the goods (the operator of the plant the
// sentence names, else the company the text is about) supplies the
// companies named.
func (a *analysis) destinationRule(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t := 0; t+1 < len(lw); t++ {
		w, next := lw[t], lw[t+1]
		if !((w == "destined" || w == "intended") && next == "for" || (w == "go" || w == "goes") && next == "into") || a.negatedNear(si, t) {
			continue
		}
		var customers []int
		for _, s := range slots {
			if s.typ == graph.Company && s.from > t+1 && s.from <= t+6 {
				customers = coordinatedFrom(slots, lw, s.from)
				break
			}
		}
		if len(customers) == 0 {
			continue
		}
		supplier := -1
		for _, s := range slots {
			if s.typ == graph.Plant && s.to <= t {
				supplier = a.ents[s.ent].operator
			}
		}
		if supplier < 0 {
			supplier = lastCompanyBefore(slots, t, len(lw))
		}
		if supplier < 0 {
			supplier = a.mainCompany()
		}
		for _, c := range customers {
			if c != supplier {
				rb.add(si, supplier, graph.Supplies, c, 0.45)
			}
		}
	}
}

// comeFromFor reads "Battery cells for the Trenzo plant's vehicles are to
// come from Norvik Cells": the source supplies the company the goods are
// for, or the operator of the plant they are for.
func (a *analysis) comeFromFor(rb *relationBuilder, si int, slots []slot, lw []string) {
	for i := 1; i+1 < len(lw); i++ {
		if (lw[i] != "come" && lw[i] != "comes") || lw[i+1] != "from" || a.negatedNear(si, i) {
			continue
		}
		src := comeFromSource(slots, i+1)
		if src >= 0 && a.ents[src].typ == graph.Plant {
			src = a.ents[src].operator
		}
		f := indexOf(lw[:i], "for")
		if src < 0 || f < 0 {
			continue
		}
		for _, s := range slots {
			if s.from <= f || s.from > f+2 || s.to > i {
				continue
			}
			customer := s.ent
			if s.typ == graph.Plant {
				customer = a.ents[s.ent].operator
			}
			if (s.typ == graph.Plant || s.typ == graph.Company) && customer != src {
				rb.add(si, src, graph.Supplies, customer, 0.45)
			}
			break
		}
	}
}

// distributorRule reads "it has sold its cars in Thailand through the
// distributor Velmar Motors": the seller supplies its distributor or
// importer, named right after the noun.
func (a *analysis) distributorRule(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "distributor" && w != "importer" || a.negatedNear(si, t) {
			continue
		}
		d := firstCompanyFrom(slots, t+1, t+2)
		if d < 0 || !slices.ContainsFunc(lw[:t], func(w string) bool { return w == "sold" || w == "sells" || w == "sell" || w == "selling" }) {
			continue
		}
		seller := -1
		for _, s := range slots {
			if s.typ == graph.Company && s.to <= t && s.ent != d {
				seller = s.ent // the sentence's first company, the seller
				break
			}
		}
		if seller < 0 {
			seller = a.subjects[si]
		}
		if seller >= 0 && a.ents[seller].typ == graph.Company && seller != d {
			rb.add(si, seller, graph.Supplies, d, 0.45)
		}
	}
}
