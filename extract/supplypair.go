package extract

// Who supplies whom around a supply word.

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// supplyPair finds who supplies whom around the supply word at token t:
// "A supplies B", "A, a supplier to B", "B named A among its suppliers",
// "B sources cells from A", "its first customer was B".
func (a *analysis) supplyPair(si int, slots []slot, lw []string, t int) (supplier, customer int) {
	var before, after []int // company entities, nearest first
	for i := len(slots) - 1; i >= 0; i-- {
		if slots[i].typ == graph.Company && slots[i].to <= t && !containsInt(before, slots[i].ent) && !ownerAside(lw, slots[i], t) {
			before = append(before, slots[i].ent)
		}
	}
	for _, s := range slots {
		if s.typ == graph.Company && s.from > t && !containsInt(after, s.ent) {
			after = append(after, s.ent)
		}
	}
	first := func(xs []int) int {
		if len(xs) == 0 {
			return -1
		}
		return xs[0]
	}
	next := ""
	if t+1 < len(lw) {
		next = lw[t+1]
	}
	w := lw[t]
	switch {
	case next == "by" && (w == "supplied" || w == "delivered" || w == "provided"):
		// "Giga Presses, supplied by Italy's IDRA": the company after
		// "by" supplies the sentence's subject
		customer = first(before)
		if subj := a.subjects[si]; subj >= 0 && a.ents[subj].typ == graph.Company {
			customer = subj
		}
		if customer < 0 {
			// "The robots in the body shop were supplied by Halden": the
			// plant's operator, else the company the text is about
			customer = a.subjectCompany(si)
			if customer < 0 {
				customer = a.mainCompany()
			}
		}
		if customer == first(after) {
			customer = -1
		}
		return first(after), customer
	case hasAnyPrefix(w, "purchas") && next == "of" || buyOut(slots, lw, t) || passiveOwnBy(lw, t) >= 0:
		// "closes purchase of Velmar Cars", "agreed to buy Velmar out of
		// the venture", "was bought last year by Marlow": a takeover of a
		// company or its share
		return -1, -1
	case hasAnyPrefix(w, "sourc", "purchas", "order", "buy", "bought"):
		// "buys the cells for its Halden vans from Tovik": the company
		// after "from" sells, not the first one after the verb
		if s := fromSeller(slots, lw, t); s >= 0 {
			return s, first(before)
		}
		return first(after), first(before)
	case w == "licensed" && next == "from":
		// "it would make LFP cells with technology licensed from China's
		// CATL": the licensor supplies the sentence's company
		return first(after), first(before)
	case hasAnyPrefix(w, "licens"):
		return -1, -1
	case hasAnyPrefix(w, "customer"):
		if next == "of" || next == "for" {
			if len(after) == 0 {
				return a.sourcePlantOperator(slots, lw, t), first(before)
			}
			return first(after), first(before)
		}
		supplier = first(before)
		if supplier < 0 {
			supplier = a.lastEntityBefore(si-1, graph.Company)
		}
		return supplier, first(after)
	case w == "supplier" || w == "suppliers":
		if next == "to" || next == "for" || next == "of" && len(after) > 0 {
			// "Panasonic Energy has produced cells inside Tesla's
			// Gigafactory and has been a supplier to Tesla": the
			// supplier is what the sentence is about.
			supplier = first(before)
			if subj := a.subjects[si]; subj >= 0 && a.ents[subj].typ == graph.Company && subj != first(after) && !appositiveRole(lw, t) {
				supplier = subj
			}
			return supplier, first(after)
		}
		if len(after) > 0 && slotStartsWithin(slots, t+1, 3) {
			return first(after), first(before) // "supplier CATL"
		}
		if len(after) > 0 && introducesExample(lw, t+1, slots) {
			// "More than 100 local suppliers have been approved, starting
			// with Tarvik": suppliers of the company the text is about
			customer := first(before)
			if customer < 0 {
				customer = a.mainCompany()
			}
			return first(after), customer
		}
		if len(before) >= 2 && coordinatedPair(slots, lw, before[1], before[0]) {
			return -1, -1 // "Arvo, Tarvik and Norvik are among the largest suppliers of chips"
		}
		if len(before) >= 2 {
			return before[0], before[1] // "BMW named CATL among the suppliers"
		}
		return first(before), first(after)
	}
	supplier = first(before)
	if subj := a.subjectCompany(si); supplier < 0 && subj >= 0 && subj != first(after) {
		// "It has signed agreements to supply cells to Lucid"; "The
		// plant supplies Velmar": the plant's operator
		supplier = subj
	}
	return supplier, first(after)
}

// subjectCompany returns the company sentence si is about: its subject
// company, or the operator of its subject plant ("The plant supplies
// Velmar Motors"); -1 when there is none.
func (a *analysis) subjectCompany(si int) int {
	subj := a.subjects[si]
	if subj < 0 {
		return -1
	}
	switch a.ents[subj].typ {
	case graph.Company:
		return subj
	case graph.Plant:
		return a.ents[subj].operator
	}
	return -1
}

// ownerAside reports whether company slot s is the owner named in an
// aside before token t: in "The robot maker, owned by China's Polva Group
// since 2017, will supply robots" Polva owns the maker and supplies
// nothing.
func ownerAside(lw []string, s slot, t int) bool {
	k := s.from - 1
	if k >= 1 && isPossessiveTok(lw[k]) {
		k -= 2 // "by China's Polva Group"
	}
	if k < 1 || lw[k] != "by" && !ofApposition(lw, k) {
		return false
	}
	switch lw[k-1] {
	case "owned", "controlled", "acquired", "bought", "backed":
	default:
		if lw[k] == "by" {
			return false
		}
	}
	for j := s.to; j < t && j < len(lw); j++ {
		if lw[j] == "," {
			return true
		}
	}
	return false
}

// ofApposition reports whether the "of" at k closes the head of an
// apposition: "Kelvar, the motor arm of Ostrava, which supplies them":
// the company after "of" is named to place Kelvar, the relative's head.
func ofApposition(lw []string, k int) bool {
	if lw[k] != "of" {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		switch lw[j] {
		case "the", "a", "an":
			return lw[j-1] == ","
		case ",", "and", "by", "from", "to":
			return false
		}
	}
	return false
}

// appositiveRole reports whether the role noun at t ("supplier") stands
// in an apposition, not after a verb: in "Dastra, a die-caster in Lyon,
// and a supplier to Brava" the supplier is Dastra, the company the
// apposition follows, not the sentence's subject; in "Panasonic has been
// a supplier to Tesla" it is the subject.
func appositiveRole(lw []string, t int) bool {
	k := t - 1
	for k >= 0 && k >= t-3 && lw[k] != "a" && lw[k] != "an" {
		k-- // "a major supplier", "a long-standing key supplier"
	}
	if k < 1 || lw[k] != "a" && lw[k] != "an" {
		return false
	}
	return lw[k-1] == "," || lw[k-1] == "and" && k >= 2 && lw[k-2] == ","
}

// customerList returns the customers listed from company e on, and those
// of a second list joined by "and to": "remains a supplier to Tarsa, and
// to Brava under a wafer agreement" supplies both.
func (a *analysis) customerList(slots []slot, lw []string, e int) []int {
	out := a.listFrom(slots, lw, e)
	if len(out) == 0 {
		return out
	}
	last := -1
	for i, s := range slots {
		if s.ent == out[len(out)-1] {
			last = i
		}
	}
	if last < 0 || last+1 >= len(slots) {
		return out
	}
	next := slots[last+1]
	gap := strings.Join(lw[slots[last].to:next.from], " ")
	if next.typ != graph.Company || gap != ", and to" && gap != "and to" && gap != ", and to the" && gap != "and to the" {
		return out
	}
	for _, c := range a.listFrom(slots, lw, next.ent) {
		if !containsInt(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// underSupply reports whether the agreement word at t follows "under"
// in a sentence that speaks of supply before it: "a supplier to Tarsa,
// and to Brava under a wafer agreement".
func underSupply(lw []string, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if lw[k] == "under" {
			return slices.ContainsFunc(lw[:k], isSupplyWord)
		}
	}
	return false
}

// fromSeller returns the company right after the "from" that closes the
// goods of the buying verb at token t, within its clause, or -1.
func fromSeller(slots []slot, lw []string, t int) int {
	for k := t + 1; k+1 < len(lw) && k <= t+12; k++ {
		switch lw[k] {
		case ",", ";", ".", "and", "but", "which", "while":
			return -1
		case "from":
			return slotStartingAt(slots, k+1, graph.Company)
		}
	}
	return -1
}
