package extract

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// A calling-off word ("cancelled", "shelved", "halted", "denied") takes
// back what its own clause tells, not the whole sentence: in "Kovra has
// shelved the fab it had planned in Ensdorf, and its plant in Marlow
// makes wafers" the second clause still stands, and in "Velda, the joint
// venture of Arvo and Kestra, has shelved its plans" so does the
// apposition.

// cancelledTokens marks the tokens of sentence si that lie in a clause a
// calling-off word governs. It returns nil when no clause is called off.
// A question is called off as a whole ("Will Vejle also build it?").
func (a *analysis) cancelledTokens(si int) []bool {
	toks := a.dc.sents[si].Toks
	if !a.cancelled(si) {
		return nil
	}
	mask := make([]bool, len(toks))
	if n := len(toks); n > 0 && toks[n-1].Text == "?" {
		for i := range mask {
			mask[i] = true
		}
		return mask
	}
	prev := [2]int{-1, -1}
	for _, c := range a.clauses(si) {
		if !slices.ContainsFunc(toks[c[0]:c[1]], callsOff) {
			prev = c
			continue
		}
		for i := c[0]; i < c[1]; i++ {
			mask[i] = true
		}
		// "had planned a fab in Vejle, but that project has been
		// shelved": the "but" clause takes back the one before it
		if strings.EqualFold(toks[c[0]].Text, "but") && prev[0] >= 0 {
			for i := prev[0]; i < prev[1]; i++ {
				mask[i] = true
			}
		}
		prev = c
	}
	return mask
}

// clauses splits sentence si into [from, to) token ranges at ";", at
// "but" and at ", and", ", while" and ", whereas"; an apposition right
// after the name that opens the sentence (", the joint venture of A and
// B,") is a clause of its own. A clause that opens with "but" keeps it.
func (a *analysis) clauses(si int) [][2]int {
	toks := a.dc.sents[si].Toks
	var out [][2]int
	from := 0
	cut := func(at, next int) {
		if at > from {
			out = append(out, [2]int{from, at})
		}
		from = next
	}
	// the apposition after the opening name
	if len(a.bySent) > si {
		for _, mi := range a.bySent[si] {
			m := a.ments[mi]
			if m.from != 0 || m.to+1 >= len(toks) || toks[m.to].Text != "," {
				continue
			}
			switch strings.ToLower(toks[m.to+1].Text) {
			case "the", "a", "an":
			default:
				continue
			}
			for k := m.to + 2; k < len(toks) && k-m.to <= 15; k++ {
				if toks[k].Text == "," {
					cut(m.to, m.to)
					cut(k+1, k+1)
					break
				}
			}
			break
		}
	}
	for i := from; i < len(toks); i++ {
		w := strings.ToLower(toks[i].Text)
		switch {
		case w == ";":
			cut(i, i+1)
		case w == "but":
			cut(i, i)
		case w == "," && i+1 < len(toks):
			switch strings.ToLower(toks[i+1].Text) {
			case "and", "while", "whereas":
				cut(i, i+1)
			}
		}
	}
	cut(len(toks), len(toks))
	return out
}

// standingSlots returns the slots of sentence si outside its called-off
// clauses, and false when nothing stands. The company that opens the
// sentence stays: it is the subject of the clauses after the called-off
// one too ("Kovra has shelved the fab, and cut its plant in Marlow").
func (a *analysis) standingSlots(si int, slots []slot) ([]slot, bool) {
	off := a.cancelledTokens(si)
	if off == nil {
		return slots, true
	}
	var out []slot
	standing := false
	for i, s := range slots {
		if !off[s.from] {
			standing = true
			out = append(out, s)
			continue
		}
		if i == 0 && s.from == 0 && s.typ == graph.Company {
			out = append(out, s)
		}
	}
	return out, standing
}
