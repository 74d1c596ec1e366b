package extract

// Helpers of the works_for rule that read past the title next to a name:
// a second title, a predecessor, the clause after the name, the unit a
// title is of.

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// titlesPerson reports whether the role word at j, with any role words
// after it, stands before a person's name: in "C, Saxony's premier M"
// the office is M's, not C's.
func (a *analysis) titlesPerson(slots []slot, lw []string, j int) bool {
	k := j + 1
	for k < len(lw) && a.x.vocab.personRole[lw[k]] {
		k++
	}
	return slotStartingAt(slots, k, graph.Person) >= 0
}

// secondRole reports whether the words between two companies after a
// name start a second title: "Member of the Board of A for Technology
// and chairman of the B supervisory board" holds a post at both.
func (a *analysis) secondRole(gap []string) bool {
	if len(gap) > 8 {
		return false
	}
	and := -1
	for k, w := range gap {
		switch {
		case w == "," || w == ";" || w == "said" || w == "says":
			return false
		case w == "and" && and < 0:
			and = k
		case and >= 0 && a.x.vocab.personRole[w]:
			return true
		}
	}
	return false
}

// isSuccessionWord reports whether w, right before a name, says the
// person before held the same post: "who succeeded X", "replacing X".
func isSuccessionWord(w string) bool {
	switch w {
	case "succeeded", "succeeds", "succeeding", "replaced", "replaces", "replacing", "predecessor":
		return true
	}
	return false
}

// successorCompanies returns the companies of the person who succeeded
// the one at slot i ("A, Chief Executive of R, who succeeded B": B
// worked for R too), from held, what the rule found for earlier people.
func successorCompanies(slots []slot, lw []string, i int, held map[int][]int) []int {
	s := slots[i]
	k := s.from - 1
	if k >= 0 && (lw[k] == "from" && k > 0 && lw[k-1] == "over") {
		k-- // "who took over from B"
	}
	if k < 0 || !isSuccessionWord(lw[k]) && lw[k] != "over" {
		return nil
	}
	for j := i - 1; j >= 0; j-- {
		if slots[j].typ == graph.Person {
			return held[j]
		}
	}
	return nil
}

// clauseEmployers reads the clause after a titled name for other
// employers: a verb of leading ("who previously ran Z's plant"), a
// joining ("before joining Z") or years spent ("twenty years at Z").
// It stops at the next person and at the end of the clause.
func (a *analysis) clauseEmployers(slots []slot, lw []string, s slot) []int {
	if s.to >= len(lw) || lw[s.to] != "," {
		return nil
	}
	var out []int
	for k := s.to + 1; k < min(len(lw), s.to+16); k++ {
		w := lw[k]
		if w == ";" || w == "said" || w == "says" || w == "\"" || slotStartingAt(slots, k, graph.Person) >= 0 {
			break
		}
		at := -1
		switch {
		case isLeadVerb(w) || w == "joining":
			at = k + 1
		case (w == "years" || w == "decades") && k+1 < len(lw) && (lw[k+1] == "at" || lw[k+1] == "with"):
			at = k + 2
		}
		if at < 0 {
			continue
		}
		if at < len(lw) && lw[at] == "the" {
			at++
		}
		for _, o := range slots {
			if o.from != at {
				continue
			}
			switch {
			case o.typ == graph.Company:
				out = append(out, o.ent)
			case o.typ == graph.Plant && a.ents[o.ent].operator >= 0:
				out = append(out, a.ents[o.ent].operator)
			}
		}
	}
	return out
}

// unitOf returns the company whose name opens the unit after the role at
// role, "CEO of the Siemens Digital Factory Division", or -1: the unit's
// own name is no company of the text.
func (a *analysis) unitOf(si int, lw []string, role int) int {
	toks := a.dc.sents[si].Toks
	k := role + 1
	for k < len(lw) && k-role <= 3 && lw[k] != "of" {
		k++
	}
	if k+1 >= len(lw) || lw[k] != "of" {
		return -1
	}
	k++
	if lw[k] == "the" {
		k++
	}
	if k >= len(toks) || !isCapitalized(toks[k].Text) {
		return -1
	}
	for _, m := range a.ments {
		if a.ents[m.ent].typ != graph.Company {
			continue
		}
		ws := strings.Fields(m.text)
		if n := len(ws); k+n < len(toks) && isCapitalized(toks[k+n].Text) && slices.EqualFunc(ws, toks[k:k+n], func(w string, t token) bool { return w == t.Text }) {
			return m.ent
		}
	}
	return -1
}

// otherOrgTitle reports whether the title at role, before a name, is
// held at an organisation the text names but that is no company
// ("European Commission president X"): then the article's company is
// not X's employer.
func (a *analysis) otherOrgTitle(si int, slots []slot, role int, s slot) bool {
	toks := a.dc.sents[si].Toks
	if role >= s.from {
		return false
	}
	for k := role + 1; k < s.from; k++ {
		if !a.x.vocab.personRole[strings.ToLower(toks[k].Text)] {
			return false // "Chief Operating Officer), X": the title of the one before
		}
	}
	k := role - 1
	for k > 0 && a.x.vocab.personRole[strings.ToLower(toks[k].Text)] {
		k--
	}
	if k <= 0 || k >= role || !isCapitalized(toks[k].Text) || a.tokenInSlot(slots, k) {
		return false
	}
	return isCapitalized(toks[k-1].Text) && !a.tokenInSlot(slots, k-1)
}
