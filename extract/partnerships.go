package extract

// Partnerships stated without a partnership noun.

import "github.com/plantgraph/plantgraph/graph"

// togetherPair reads "the platform, which Arvo and Norvik Cells developed
// together": a coordinated pair of companies shortly before "together"
// partners. "Together with", "put together" and "brought together" are
// other constructions.
func (a *analysis) togetherPair(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "together" || t == 0 || t+1 < len(lw) && lw[t+1] == "with" || lw[t-1] == "put" || lw[t-1] == "brought" || a.negatedNear(si, t) {
			continue
		}
		var cs []slot
		for _, s := range slots {
			if s.to <= t && t-s.to <= 8 {
				cs = append(cs, s)
			}
		}
		if len(cs) < 2 {
			continue
		}
		x, y := cs[len(cs)-2], cs[len(cs)-1]
		if x.typ != graph.Company || y.typ != graph.Company || y.from != x.to+1 || lw[x.to] != "and" {
			continue // "X and Y" right next to each other, as the verb's subject
		}
		rb.add(si, x.ent, graph.PartnersWith, y.ent, 0.5)
	}
}

// possessivePartner reads "Its technology partner is Norvik Cells" and
// "Arvo's partner, Norvik Cells": the possessor partners the company
// named right after.
func (a *analysis) possessivePartner(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "partner" || t == 0 || a.negatedNear(si, t) {
			continue
		}
		owner := -1
		for k := t - 1; k >= 0 && k >= t-2; k-- {
			if lw[k] == "its" {
				owner = a.subjects[si]
				if owner < 0 && si > 0 {
					owner = a.subjects[si-1]
				}
				break
			}
			if isPossessiveTok(lw[k]) {
				owner = slotEndingAt(slots, k)
				break
			}
		}
		if owner >= 0 && a.ents[owner].typ == graph.Plant {
			owner = a.ents[owner].operator
		}
		if owner < 0 || a.ents[owner].typ != graph.Company {
			continue
		}
		from := t + 1
		if from < len(lw) && (lw[from] == "is" || lw[from] == "was" || lw[from] == ",") {
			from++
		}
		if p := firstCompanyFrom(slots, from, from+1); p >= 0 && p != owner {
			rb.add(si, owner, graph.PartnersWith, p, 0.5)
		}
	}
}

// contractDeal reports whether the partnership word at token t is a
// contract manufacturing deal: "under a contract manufacturing deal".
func contractDeal(lw []string, t int) bool {
	for k := max(0, t-3); k+1 <= t; k++ {
		if lw[k] == "contract" && (lw[k+1] == "manufacturing" || lw[k+1] == "assembly" || lw[k+1] == "manufacturer") {
			return true
		}
	}
	return false
}

// buyOut reports whether the word at token t is "buy" or "bought" with
// "out" right after it or after the company that follows: "bought out its
// partner", "buy Velmar out of the venture".
func buyOut(slots []slot, lw []string, t int) bool {
	if w := lw[t]; w != "buy" && w != "buys" && w != "bought" && w != "buying" || t+1 >= len(lw) {
		return false
	}
	if lw[t+1] == "out" {
		return true
	}
	for _, s := range slots {
		if s.from == t+1 && s.to < len(lw) && lw[s.to] == "out" {
			return true
		}
	}
	return false
}

// plannedWith returns the token of the "with" that names a company
// sharing what the planning verb at token i plans, or -1: "Arvo had even
// planned its own cell factory in Trenzo with Norvik".
func plannedWith(slots []slot, lw []string, i int) int {
	switch lw[i] {
	case "planned", "plans", "plan", "planning":
	default:
		return -1
	}
	for k := i + 1; k < len(lw) && k <= i+8; k++ {
		switch lw[k] {
		case ",", ";", "and", "but", "which", "that":
			return -1
		case "with":
			if firstCompanyFrom(slots, k+1, k+2) >= 0 {
				return k
			}
			return -1
		}
	}
	return -1
}
