package extract

// Consortia: every member of a consortium partners with every other.
// "built by a consortium of A, B, C and D"; "the X Consortium, which it
// set up in 2021 with A, B and C" (the founder and those it set it up
// with).

import "github.com/plantgraph/plantgraph/graph"

// consortiumMembers adds partners_with between each pair of members of a
// consortium the sentence lists.
func (a *analysis) consortiumMembers(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "consortium" && w != "consortia" || a.negatedNear(si, t) {
			continue
		}
		var members []int
		if t+2 < len(lw) && lw[t+1] == "of" {
			// "a consortium of Halden, Brava and Tarsa"
			members = a.listFrom(slots, lw, firstCompanyFrom(slots, t+2, t+4))
		} else if with := foundedWith(lw, t); with > 0 {
			// "the Open Battery Consortium, which it set up with Arvo,
			// Kestra and Zorvo": the founder is the sentence's subject
			members = a.listFrom(slots, lw, firstCompanyFrom(slots, with+1, with+3))
			if subj := a.subjectCompany(si); subj >= 0 && len(members) > 0 && !containsInt(members, subj) {
				members = append([]int{subj}, members...)
			}
		}
		if len(members) < 2 {
			continue
		}
		for i := range members {
			for j := i + 1; j < len(members); j++ {
				rb.add(si, members[i], graph.PartnersWith, members[j], 0.5)
			}
		}
	}
}

// foundedWith returns the index of the "with" after a founding verb that
// follows the consortium word at t within the sentence ("which it set up
// in 2021 with"), or -1.
func foundedWith(lw []string, t int) int {
	verb := false
	for k := t + 1; k < len(lw) && k <= t+10; k++ {
		switch lw[k] {
		case "founded", "formed", "created", "launched", "established", "co-founded":
			verb = true
		case "set", "setting", "sets":
			verb = verb || k+1 < len(lw) && lw[k+1] == "up"
		case "with":
			if verb {
				return k
			}
			return -1
		case ";", ".":
			return -1
		}
	}
	return -1
}
