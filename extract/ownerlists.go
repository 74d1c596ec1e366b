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

// describedOwners reads owners the text describes instead of naming
// them: "Kovra Cells, owned in equal parts by the automaker and the
// battery maker": two descriptions of companies after "by" (token i on)
// are the pair of companies the text named together shortly before
// ("after Arvo Motors (AM) and Solvik Energy agreed to ..."). It
// returns that pair, or nil.
func (a *analysis) describedOwners(si int, lw []string, i, owned int) []int {
	n := 0
	for i < len(lw) && lw[i] == "the" {
		k := i + 1
		for k < len(lw) && k-i <= 4 && !isCompanyAnchorNoun(lw[k]) && isLowerWord(lw[k]) && lw[k] != "and" {
			k++
		}
		if k >= len(lw) || !isCompanyAnchorNoun(lw[k]) {
			return nil
		}
		n++
		i = k + 1
		if n == 1 && i+1 < len(lw) && lw[i] == "and" {
			i++
		}
	}
	if n != 2 {
		return nil
	}
	for sj := si - 1; sj >= 0 && sj >= si-3; sj-- {
		if pair := a.namedPair(sj, owned); pair != nil {
			return pair
		}
	}
	return nil
}

// namedPair returns the last two companies of sentence si joined by
// "and", short forms in brackets allowed ("Arvo Motors (AM) and Solvik
// Energy"), none of them owned; else nil.
func (a *analysis) namedPair(si, owned int) []int {
	toks := a.dc.sents[si].Toks
	var prev *mention
	var pair []int
	for _, mi := range a.bySent[si] {
		m := &a.ments[mi]
		if a.ents[m.ent].typ != graph.Company {
			continue
		}
		if prev != nil && prev.ent != m.ent && prev.ent != owned && m.ent != owned && andBetween(toks[prev.to:m.from]) {
			pair = []int{prev.ent, m.ent}
		}
		if prev == nil || m.ent != prev.ent || m.from > prev.to+2 {
			prev = m
		} else {
			prev = &mention{ent: m.ent, from: prev.from, to: m.to} // "Arvo Motors (AM)": one name
		}
	}
	return pair
}

// andBetween reports whether the tokens between two names are "and"
// with only bracketed short forms around it.
func andBetween(gap []token) bool {
	depth, and := 0, false
	for _, t := range gap {
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth = max(0, depth-1) // the close of "(AM)" after a name merged with its short form
		case depth > 0:
		case strings.EqualFold(t.Text, "and") && !and:
			and = true
		default:
			return false
		}
	}
	return and && depth == 0
}

// describedOwnership reads "Kovra Cells, owned in equal parts by the
// automaker and the battery maker": see describedOwners. A share may
// stand between "owned" and "by".
func (a *analysis) describedOwnership(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t := 1; t+1 < len(lw); t++ {
		if lw[t] != "owned" || a.negatedNear(si, t) {
			continue
		}
		b := t + 1
		for b < len(lw) && b-t <= 4 && shareWord(lw[b]) {
			b++
		}
		if b >= len(lw) || lw[b] != "by" {
			continue
		}
		owned := lastCompanyBefore(slots, t, 4)
		if owned < 0 {
			continue
		}
		for _, o := range a.describedOwners(si, lw, b+1, owned) {
			rb.add(si, o, graph.Owns, owned, 0.45)
		}
	}
}

// shareWord reports whether w tells how a company is shared between its
// owners: "in equal parts", "jointly", "50:50".
func shareWord(w string) bool {
	switch w {
	case "in", "equal", "parts", "shares", "jointly", "equally", "evenly":
		return true
	}
	return strings.Trim(w, "0123456789:/%") == ""
}

// founding is one "founded ... by" of a sentence: the token of "by" and
// the company founded, the last one named before the verb (-1 if none).
type founding struct{ by, firm int }

// foundings returns the "founded/established ... by" phrases of a
// sentence, "by" at most five words after the verb: "Kovra, founded in
// 2017 by Jon Bale", "Norcell was founded in 2020 by Arvo and Velmar".
func foundings(slots []slot, lw []string) []founding {
	var out []founding
	for t, w := range lw {
		if w != "founded" && w != "co-founded" && w != "established" {
			continue
		}
		by := -1
		for k := t + 1; k < len(lw) && k <= t+5 && by < 0; k++ {
			if lw[k] == "by" {
				by = k
			}
		}
		if by < 0 {
			continue
		}
		out = append(out, founding{by: by, firm: lastSlotBefore(slots, t, graph.Company)})
	}
	return out
}
