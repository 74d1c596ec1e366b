package extract

// Ownership told in the passive with words between the verb and "by":
// "acquired by", "owned since 2008 by", "taken over by", "bought last year
// by". The owner comes after "by", so the active reading (X owns the
// company after the verb) would turn the relation round.

import "github.com/plantgraph/plantgraph/graph"

// passiveOwnBy returns the index of the "by" that makes the ownership verb
// at t passive, or -1: the verb is owned, acquired, bought, purchased,
// controlled or "taken over", and "by" follows within four words that
// stay in the clause ("since 2008", "last year", "in 2021").
func passiveOwnBy(lw []string, t int) int {
	switch lw[t] {
	case "owned", "acquired", "bought", "purchased", "controlled":
	case "over":
		if t == 0 || lw[t-1] != "taken" {
			return -1
		}
	default:
		return -1
	}
	for k := t + 1; k < len(lw) && k <= t+4; k++ {
		switch lw[k] {
		case "by":
			return k
		case ",", ".", ";", "and", "which", "who", "of", "subsidiary", "unit", "affiliate":
			return -1
		}
	}
	return -1
}

// readByOwnerRule reports whether the older rules already read the
// passive at t: "owned by" and "controlled by" right before the owner.
func readByOwnerRule(lw []string, t int) bool {
	return (lw[t] == "owned" || lw[t] == "controlled") && t+1 < len(lw) && lw[t+1] == "by"
}

// passiveOwnership adds "Y owns X" for "X was acquired by Y", "X, owned
// since 2008 by Hong Kong's Y", "X has been taken over by Y"; and "Y
// invests_in X" when an aside after Y says it had invested already ("by
// Y, which had already invested in the company in 2022").
func (a *analysis) passiveOwnership(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t := range lw {
		by := passiveOwnBy(lw, t)
		if by < 0 || readByOwnerRule(lw, t) || a.negatedNear(si, t) {
			continue
		}
		owner := firstCompanyFrom(slots, by+1, by+5) // "by Hong Kong's Lumo Technology"
		owned := lastCompanyBefore(slots, t, 8)
		if owned < 0 {
			owned = a.subjectCompany(si)
		}
		if owner < 0 || owned < 0 || owner == owned {
			continue
		}
		rb.add(si, owner, graph.Owns, owned, 0.5)
		if investedBefore(slots, lw, owner) {
			rb.add(si, owner, graph.InvestsIn, owned, 0.5)
		}
	}
}

// investedBefore reports whether a relative clause right after company
// e's slot says it had invested in the company: ", which had already
// invested in the company", ", which held a stake in it".
func investedBefore(slots []slot, lw []string, e int) bool {
	s := slotOf(slots, e)
	end := s.to
	if s.ent < 0 || end+2 >= len(lw) || lw[end] != "," || lw[end+1] != "which" {
		return false
	}
	for k := end + 2; k < len(lw) && k <= end+6; k++ {
		if hasAnyPrefix(lw[k], "invest") || lw[k] == "stake" {
			return k+2 < len(lw) && (lw[k+1] == "in" && (lw[k+2] == "the" || lw[k+2] == "it") || lw[k] == "stake")
		}
	}
	return false
}
