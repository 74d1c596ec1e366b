package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// countedBrands reads "Two Arvo Group brands, one platform. The Zorbix
// platform, which Velmar and Kessel developed together, ...": a count of
// a group's brands promises that many companies, and the first list of
// exactly that many companies in the sentence or the one after names
// them; the group owns each.
func (a *analysis) countedBrands(rb *relationBuilder, bySent [][]slot) {
	for si, slots := range bySent {
		toks := a.dc.sents[si].Toks
		for _, g := range slots {
			if g.typ != graph.Company || g.from < 1 || g.to >= len(toks) || !strings.EqualFold(toks[g.to].Text, "brands") {
				continue
			}
			n := countWord(strings.ToLower(toks[g.from-1].Text))
			if n < 2 || a.negatedNear(si, g.to) {
				continue
			}
			for sj := si; sj < len(bySent) && sj <= si+1; sj++ {
				list := firstListOf(bySent[sj], lowerWords(a.dc.sents[sj].Toks), n, g)
				if list == nil {
					continue
				}
				for _, c := range list {
					rb.add(si, g.ent, graph.Owns, c, 0.45)
				}
				break
			}
		}
	}
}

// firstListOf returns the companies of the first coordinated list of
// exactly n companies other than g, after g when g is in these slots.
func firstListOf(slots []slot, lw []string, n int, g slot) []int {
	for _, s := range slots {
		if s.typ != graph.Company || s.ent == g.ent || slotsHaveAt(slots, g) && s.from < g.to {
			continue
		}
		list := coordinated(slots, lw, s.from)
		if len(list) >= 2 {
			if len(list) == n && !containsInt(list, g.ent) {
				return list
			}
			return nil // the first list counts: a longer one names others
		}
	}
	return nil
}

// slotsHaveAt reports whether slot g is one of slots.
func slotsHaveAt(slots []slot, g slot) bool {
	for _, s := range slots {
		if s == g {
			return true
		}
	}
	return false
}

// countWord returns the number a word of counting names ("two", "both"),
// or 0.
func countWord(w string) int {
	switch w {
	case "two", "both":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	}
	return 0
}

// lowerWords returns the lower-case texts of toks.
func lowerWords(toks []token) []string {
	lw := make([]string, len(toks))
	for i, t := range toks {
		lw[i] = strings.ToLower(t.Text)
	}
	return lw
}
