package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// nationalCompany resolves "the Taiwanese company" to a company the text
// has tied to that country before mention index end: "Taiwan's Arvo",
// "the Taiwanese chipmaker Arvo", "Arvo Taiwan". Without such a tie the
// phrase says only which country, not which company, and it returns -1.
func (a *analysis) nationalCompany(demonym string, end int) int {
	for k := end - 1; k >= 0; k-- {
		m := a.ments[k]
		if a.ents[m.ent].typ != graph.Company {
			continue
		}
		for _, w := range strings.Fields(m.text) {
			if demonymOf(demonym, w) {
				return m.ent // "Arvo Taiwan"
			}
		}
		toks := a.dc.sents[m.sent].Toks
		if m.from >= 2 && isPossessiveTok(toks[m.from-1].Text) && demonymOf(demonym, a.nameEndingAt(m.sent, m.from-2)) {
			return m.ent // "Taiwan's Arvo"
		}
		for j := m.from - 1; j >= max(0, m.from-4); j-- {
			if strings.EqualFold(toks[j].Text, demonym) {
				return m.ent // "the Taiwanese chipmaker Arvo"
			}
		}
	}
	return -1
}

// demonymOf reports whether demonym is the adjective of place: the two
// share a stem of four letters or more, and the demonym goes on with a
// usual ending: "Taiwan-ese", "Chin(a)-ese", "Korea-n", "German(y)",
// "Swed(en)-ish". "Australian" is no adjective of Austria.
func demonymOf(demonym, place string) bool {
	d, p := strings.ToLower(demonym), strings.ToLower(place)
	n := 0
	for n < len(d) && n < len(p) && d[n] == p[n] {
		n++
	}
	if n < 4 || n < len(p)-2 {
		return false
	}
	switch d[n:] {
	case "", "n", "an", "ian", "ese", "ish", "i":
		return true
	}
	return false
}

// possessedList reports whether the possessive at token pos reaches
// technology slot tech across a list that a plural head closes: in "the
// company's 40 nm zoned CMOS and 12 nm Zorbix process
// technologies" the company owns every item, not only the first five
// words after it.
func possessedList(lw []string, pos int, tech slot) bool {
	d := tech.from - pos
	if d <= 5 || d > 12 {
		return false // a short reach is possessorDevelops' own test
	}
	head := tech.to
	if head < len(lw) && lw[head] == "process" {
		head++
	}
	if head >= len(lw) || lw[head] != "technologies" && lw[head] != "platforms" && lw[head] != "processes" {
		return false
	}
	and := false
	for _, w := range lw[pos+1 : tech.from] {
		switch {
		case w == "and" || w == ",":
			and = true
		case ownerBreak(w) || w == "which" || w == "that" || w == "the" || w == "a":
			return false
		}
	}
	return and
}
