package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// withTechnologyTail returns the end of "with <Name> Technology" when the
// word at j is "with" right after a model number ("G 580 with EQ
// Technology"): makers name an edition of a model that way, and the whole
// phrase is the model's name, not a model beside a technology. It returns
// j when the words do not run so.
func withTechnologyTail(toks []token, j int, nameTok func(int) bool) int {
	if j < 1 || j >= len(toks) || toks[j].Text != "with" {
		return j
	}
	prev := toks[j-1].Text
	if !isNumber(prev) && !isModelShape(prev) {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if !nameTok(k) {
			return j
		}
		if toks[k].Text == "Technology" {
			return k + 1
		}
	}
	return j
}

// isWithTechnologyModel reports whether the words of a name hold "with"
// right after a model number: properSpans only joins "with" that way, so
// the name is a model's edition even though it ends in "Technology".
func isWithTechnologyModel(ws []string) bool {
	for i := 1; i < len(ws)-1; i++ {
		if ws[i] == "with" && (isNumber(ws[i-1]) || isModelShape(ws[i-1])) {
			return true
		}
	}
	return false
}

// priorTownPlant returns, for a sentence opening with "it" or "its", the
// one plant of the document in the town the sentence before names: after
// "The Zorvan has been made in Kolding since 1999", "Its electric
// version runs down the same line" is made where the Zorvan is. It
// returns -1 when that sentence names no such town, or towns of two
// plants.
func (a *analysis) priorTownPlant(si int) int {
	toks := a.dc.sents[si].Toks
	if si == 0 || len(toks) == 0 {
		return -1
	}
	if w := strings.ToLower(toks[0].Text); w != "it" && w != "its" {
		return -1
	}
	found := -1
	for _, mi := range a.bySent[si-1] {
		e := a.ents[a.ments[mi].ent]
		if e.typ != graph.Location {
			continue
		}
		if p := a.plantAt(e.name, -1); p >= 0 {
			if found >= 0 && found != p {
				return -1
			}
			found = p
		}
	}
	return found
}
