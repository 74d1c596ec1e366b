package extract

// Helpers over the entity slots of a sentence: lists, clauses, the
// company or plant at a token.

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// madeFor reports whether product slot p follows "for" after another
// product that a production verb governs: in "the lines make headlamps
// for the Elroq and Enyaq" the headlamps are made, not the cars.
func madeFor(lw []string, slots, products []slot, verbs []int, p slot) bool {
	for _, v := range verbs {
		if v < p.to {
			continue
		}
		for k := p.to; k < v; k++ {
			if lw[k] == "which" || lw[k] == "that" {
				return false // "for the iX3, which BMW Plant Debrecen is due to start building"
			}
		}
	}
	f := forGoverning(lw, p.from, 8, modelListSkip(lw, slots, products))
	if f < 0 {
		return false
	}
	for _, v := range verbs {
		if v >= f {
			continue
		}
		for _, q := range products {
			if q.from > v && q.to <= f {
				return true
			}
		}
	}
	return false
}

// forGoverning returns the index of the "for" that governs the words
// starting at token i, or -1. It walks back from i over what skip
// accepts: skip(k) returns the first token of what it passes over (k
// for a single word, the start of a possessive name) or -1 for a word
// that ends the phrase. span bounds how far back "for" may stand (a
// negative span: anywhere). The rules that ask differ only in what may
// stand between "for" and the phrase, so they share this walk: madeFor
// and afterFor pass modelListSkip, forBefore passes a single "the",
// because a technology right after "for" names a platform, not one
// model of a list.
func forGoverning(lw []string, i, span int, skip func(k int) int) int {
	for k := i - 1; k >= 0 && (span < 0 || i-k <= span); k-- {
		if lw[k] == "for" {
			return k
		}
		if k = skip(k); k < 0 {
			return -1
		}
	}
	return -1
}

// lastSlot returns the last slot of type t that ends at or before token
// i.
func lastSlot(slots []slot, i int, t graph.EntityType) (slot, bool) {
	var last slot
	found := false
	for _, s := range slots {
		if s.typ == t && s.to <= i {
			last, found = s, true
		}
	}
	return last, found
}

// slotCovers reports whether a slot covers token i.
func slotCovers(slots []slot, i int) bool {
	for _, s := range slots {
		if s.from <= i && i < s.to {
			return true
		}
	}
	return false
}

// slotEndingAt returns the entity of the company slot that ends right
// before token i, or -1.
func slotEndingAt(slots []slot, i int) int {
	for _, s := range slots {
		if s.typ == graph.Company && s.to == i {
			return s.ent
		}
	}
	return -1
}

// distinctEnts returns the entities of slots in order, each once.
func distinctEnts(slots []slot) []int {
	var out []int
	for _, s := range slots {
		if !containsInt(out, s.ent) {
			out = append(out, s.ent)
		}
	}
	return out
}

// coordinated returns the companies of a list that starts at token i:
// "BMW, MINI, Rolls-Royce and BMW Motorrad".
func coordinated(slots []slot, lw []string, i int) []int {
	var out []int
	for _, s := range slots {
		if s.from < i || s.typ != graph.Company {
			continue
		}
		if s.from != i {
			break
		}
		out = append(out, s.ent)
		i = s.to
		if i < len(lw) && (lw[i] == "," || lw[i] == "and") {
			i++
			if i < len(lw) && lw[i] == "and" {
				i++
			}
		}
	}
	return out
}

// companiesIn returns the distinct company entities of slots starting in
// token range [from, to), in order.
func companiesIn(slots []slot, from, to int) []int {
	var out []int
	for _, s := range slots {
		if s.typ == graph.Company && s.from >= from && s.from < to && !containsInt(out, s.ent) {
			out = append(out, s.ent)
		}
	}
	return out
}

// clauseEnd returns the first token at or after i that ends a clause.
func clauseEnd(lw []string, i int) int {
	for ; i < len(lw); i++ {
		switch lw[i] {
		case ";", "which", "that", "where", "while", "but", "after", "before", "(":
			return i
		}
	}
	return len(lw)
}

// slotStartsWithin reports whether a company slot starts within n tokens
// after token i.
func slotStartsWithin(slots []slot, i, n int) bool {
	for _, s := range slots {
		if s.typ == graph.Company && s.from >= i && s.from < i+n {
			return true
		}
	}
	return false
}

// coordinatedFrom returns the companies that start at token i or right
// after an article, possessive or "for": "for Audi and for Porsche",
// "for Ford's F-150".
func coordinatedFrom(slots []slot, lw []string, i int) []int {
	var out []int
	for _, s := range slots {
		if s.from < i {
			continue
		}
		if s.typ != graph.Company {
			if len(out) > 0 {
				break
			}
			continue
		}
		gap := lw[i:s.from]
		ok := len(gap) == 0
		for _, w := range gap {
			ok = w == "the" || w == "and" || w == "for" || w == "," || w == "both"
			if !ok {
				break
			}
		}
		if !ok {
			break
		}
		out = append(out, s.ent)
		i = s.to
		if i < len(lw) && isPossessiveTok(lw[i]) {
			break
		}
	}
	return out
}

// appositionOwner reads "X, the group's parts affiliate" around the
// trigger at token t: the company whose possessive comes shortly before
// t, and the company X that the apposition describes. It returns -1s
// when the words do not have that shape.
func appositionOwner(slots []slot, lw []string, t int) (owner, owned int) {
	for i, s := range slots {
		if s.typ != graph.Company || s.to >= t || t-s.to > 4 || !isPossessiveTok(lw[s.to]) {
			continue
		}
		// the company right before ", the"
		for j := i - 1; j >= 0; j-- {
			b := slots[j]
			if b.typ != graph.Company {
				continue
			}
			gap := lw[b.to:s.from]
			if len(gap) == 2 && gap[0] == "," && gap[1] == "the" || len(gap) == 1 && gap[0] == "," {
				return s.ent, b.ent
			}
			break
		}
	}
	return -1, -1
}

// forBy reads "built for it by General Motors" after the production verb
// at token verb: the customer after "for" ("it" standing for the
// sentence's first company) and the maker after "by". It returns -1s when
// the sentence has no such phrase.
func forBy(slots []slot, lw []string, verb int) (customer, maker int) {
	for i := verb + 1; i+3 < len(lw); i++ {
		if lw[i] != "for" {
			continue
		}
		customer, k := -1, i+1
		if lw[k] == "it" || lw[k] == "them" {
			customer = firstCompanyBefore(slots, i)
			k++
		} else if cs := coordinatedFrom(slots, lw, k); len(cs) > 0 {
			customer = cs[0]
			for _, s := range slots {
				if s.ent == customer && s.from >= k {
					k = s.to
					break
				}
			}
		}
		if customer < 0 || k >= len(lw) || lw[k] != "by" {
			return -1, -1
		}
		for _, s := range slots {
			if s.typ == graph.Company && s.from > k && s.ent != customer {
				return customer, s.ent
			}
		}
		return -1, -1
	}
	return -1, -1
}

// builtFrom reports whether product slot p is what another product is
// built from: "batteries built from large cylindrical cells", "packs
// made of prismatic cells". The maker of the whole need not make the
// parts.
func builtFrom(lw []string, p slot) bool {
	for k := p.from - 1; k >= 1 && p.from-k <= 3; k-- {
		if lw[k] != "from" && lw[k] != "of" {
			continue
		}
		w := lw[k-1]
		return w == "built" || w == "made" || w == "assembled" || w == "produced" || w == "manufactured"
	}
	return false
}

// listPossessor returns the company whose possessive opens the list of
// models product slot p belongs to, or -1: "for Kestrel's KV3 pickup and
// KV5 van" names Kestrel's models.
func listPossessor(lw []string, slots, products []slot, p slot) int {
	for k := p.from - 1; k >= 0 && p.from-k <= 8; k-- {
		switch w := lw[k]; {
		case w == "and" || w == "," || w == "van" || w == "vans" || w == "electric" || bodyStyle(w) || slotCovers(products, k):
			continue
		case isPossessiveTok(w):
			return slotEndingAt(slots, k)
		}
		return -1
	}
	return -1
}

// beforeSupply drops the slots named after a supply word that follows
// product slot p: in "will make cathode materials and supply them to
// Kestrel's cell factories, starting with the Vejle cell factory" the
// Vejle factory is the customer, not the maker.
func beforeSupply(lw []string, ss []slot, p slot) []slot {
	cut := len(lw)
	for k := p.to; k < len(lw); k++ {
		if isSupplyWord(lw[k]) {
			cut = k
			break
		}
	}
	var out []slot
	for _, s := range ss {
		if s.from < cut {
			out = append(out, s)
		}
	}
	return out
}

// skipRelative returns where the clause ending at token t starts when a
// relative clause sits between its subject and t: "Kestrel Chips, in
// which Arvo and Solvik hold minority stakes, opened its fab" is Kestrel's
// opening, so the subject is sought before the comma that opens the
// clause.
func skipRelative(lw []string, t int) int {
	closeAt := -1
	for k := t - 1; k >= 0; k-- {
		if lw[k] == "," {
			closeAt = k
			break
		}
	}
	for k := closeAt - 1; k >= 0 && closeAt > 0; k-- {
		if lw[k] != "," {
			continue
		}
		next := strings.Join(lw[k+1:min(k+3, len(lw))], " ")
		if lw[k+1] == "which" || lw[k+1] == "whose" || next == "in which" || next == "of which" {
			return k
		}
	}
	return t
}

// ownedSlot reports whether slot s names its own possessor: "Kestrel's
// Vejle plant".
func ownedSlot(lw []string, s slot) bool {
	for k := s.from; k < s.to && k < len(lw); k++ {
		if isPossessiveTok(lw[k]) {
			return true
		}
	}
	return false
}

// apposedSubject returns the subject company for company c when c is
// only the "of" object of an apposition after it: in "Norcell Energy,
// a subsidiary of Arvo Motors, manufactures batteries" the subsidiary is
// the maker.
func apposedSubject(slots []slot, lw []string, c int) int {
	cs := slotOf(slots, c)
	if c < 0 || cs.from < 1 || lw[cs.from-1] != "of" && !(cs.from >= 2 && lw[cs.from-1] == "the" && lw[cs.from-2] == "of") {
		return c
	}
	for _, s := range slots {
		if s.typ == graph.Company && s.from <= 1 && s.ent != c && slices.Contains(lw[s.to:cs.from], ",") {
			return s.ent
		}
	}
	return c
}

// notSellers drops the companies that open a relative clause after the
// product with a verb that makes nothing: "the first model on the line
// will be the KV3, the hatchback that Arvo sells in Norway" says who
// sells the car, not which maker's line builds it.
func notSellers(lw []string, companies []slot, p slot) []slot {
	var out []slot
	for _, c := range companies {
		relative := c.from > p.to && (lw[c.from-1] == "that" || lw[c.from-1] == "which")
		if relative && c.to < len(lw) && !isProduceWord(lw[c.to]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// modelListSkip is the skip of forGoverning over a list of models: the
// articles and conjunctions of the list, its other models and body
// styles ("for the Elroq and Enyaq", "pickup and van"), and the
// customer's possessive ("cells for Kestrel's KV3 pickup"). Anything
// else is a new object: "for Volkswagen, the Q4 e-tron".
func modelListSkip(lw []string, slots, products []slot) func(k int) int {
	return func(k int) int {
		switch lw[k] {
		case "the", "a", "an", "and", ",", "its", "their", "several", "other", "van", "vans", "truck", "trucks":
			return k
		}
		if slotCovers(products, k) || bodyStyle(lw[k]) {
			return k
		}
		if isPossessiveTok(lw[k]) && slotEndingAt(slots, k) >= 0 {
			for _, s := range slots {
				if s.to == k {
					k = s.from
				}
			}
			return k
		}
		return -1
	}
}

// relativeMaker returns the company that a relative clause right after
// product slot p names as its maker, or -1: "cells to Kestrel for trucks
// such as the Vardo, which Korvel's Tamsin brand assembles" says Tamsin
// builds the Vardo, not the customer named before it. A group's
// possessive and a brand noun may stand before the verb.
func relativeMaker(lw []string, companies []slot, p slot) int {
	k := p.to
	if k < len(lw) && lw[k] == "," {
		k++
	}
	if k >= len(lw) || lw[k] != "which" && lw[k] != "that" {
		return -1
	}
	k++
	maker := -1
	for {
		i := slices.IndexFunc(companies, func(s slot) bool { return s.from == k })
		if i < 0 {
			break
		}
		maker, k = companies[i].ent, companies[i].to
		if k >= len(lw) || !isPossessiveTok(lw[k]) {
			break
		}
		k++ // "Korvel's Tamsin brand"
	}
	if maker >= 0 && k < len(lw) && isBrandNoun(lw[k]) {
		k++
	}
	if maker < 0 || k >= len(lw) || !isProduceWord(lw[k]) {
		return -1
	}
	return maker
}
