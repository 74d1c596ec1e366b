package extract

// Appositions after the company that opens a sentence: "Kovra Energy,
// the cell maker controlled by Denmark's Zorvan Group, makes cells at a
// new gigafactory in Vejle". The companies inside the apposition describe
// the subject; the plant the sentence goes on to name is the subject's.
// Also the plant that opens a sentence, which "The site" opening the next
// one refers back to. Kept in a file of its own because entities.go and
// relations.go, which use these, are near their size limit.

import (
	"sort"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// openerApposition returns the token range [from, to) of the apposition
// that follows the company opening sentence si, commas excluded, or
// (-1, -1) when the sentence opens otherwise. It reads the mentions
// alone (their own types, in text order), so that it serves before the
// mentions are clustered and indexed too.
func (a *analysis) openerApposition(si int) (from, to int) {
	toks := a.dc.sents[si].Toks
	if len(toks) == 0 {
		return -1, -1
	}
	start := toks[0].Start
	for mi := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].start >= start }); mi < len(a.ments); mi++ {
		m := a.ments[mi]
		if m.sent != si || m.from > 1 {
			break
		}
		if m.typ != graph.Company || m.to+2 >= len(toks) || toks[m.to].Text != "," {
			continue
		}
		switch strings.ToLower(toks[m.to+1].Text) {
		case "a", "an", "the", "which", "who", "whose":
		default:
			return -1, -1
		}
		for k := m.to + 2; k < len(toks); k++ {
			if toks[k].Text == "," {
				return m.to + 1, k
			}
		}
		return -1, -1
	}
	return -1, -1
}

// inSpan reports whether mention m lies inside token range [from, to)
// of its sentence; from < 0 is no range.
func inSpan(m mention, from, to int) bool {
	return from >= 0 && m.from >= from && m.to <= to
}

// openingPlant returns the plant entity whose mention opens sentence si
// (within its first two tokens, or after its operator's possessive:
// "Kovra Energy's Vejle plant"), or -1. It reads the index, so it serves
// once the mentions are clustered.
func (a *analysis) openingPlant(si int) int {
	if si < 0 || si >= len(a.bySent) {
		return -1
	}
	toks := a.dc.sents[si].Toks
	limit := 2
	for _, mi := range a.bySent[si] {
		m := a.ments[mi]
		if m.from > limit {
			break
		}
		if a.ents[m.ent].typ == graph.Plant {
			return m.ent
		}
		if m.to < len(toks) && isPossessiveTok(toks[m.to].Text) {
			limit = m.to + 1
		}
	}
	return -1
}
