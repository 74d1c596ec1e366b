package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// ownedByList reads the whole list of owners after "owned by": "Arvo is
// owned by five groups: Kessel Group, Varn Holding and Telcor", "owned by
// Kessel (51%) and Varn". Each owner owns the company; the other rules
// read only the first name after "by".
func (a *analysis) ownedByList(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t := 1; t+2 < len(lw); t++ {
		if lw[t] != "owned" || lw[t+1] != "by" || lw[t-1] == "wholly" || a.negatedNear(si, t) {
			continue
		}
		owned := lastCompanyBefore(slots, t, 4)
		if owned < 0 {
			continue
		}
		// the clause's end, but not at "(": a share in brackets goes on
		end := t + 2
		for end < len(lw) && lw[end] != ";" && lw[end] != "which" && lw[end] != "that" && lw[end] != "while" && lw[end] != "but" {
			end++
		}
		prev := -1 // end of the previous owner, -1 before the first
		for _, s := range slots {
			if s.from < t+2 || s.from >= end {
				continue
			}
			if prev < 0 && s.from-(t+2) > 6 || prev >= 0 && !ownerListGap(lw[prev:s.from]) {
				break
			}
			if s.typ != graph.Company {
				break
			}
			if s.ent != owned {
				rb.add(si, s.ent, graph.Owns, owned, 0.5)
			}
			prev = s.to
		}
	}
}

// ownerListGap reports whether the words between two names of a list of
// owners are only separators and shares: ", ", " and ", " (51%) and ".
func ownerListGap(gap []string) bool {
	for _, w := range gap {
		switch {
		case w == "," || w == "and" || w == "the" || w == "(" || w == ")" || w == "%" || w == "per" || w == "cent" || w == "percent":
		case strings.Trim(w, "0123456789.,%") == "":
		default:
			return false
		}
	}
	return true
}
