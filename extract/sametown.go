package extract

// A second plant "in the same town": "its battery plant in Vejle ... the
// main Arvo plant in the same town" names two plants of one town.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// sameTownSites gives a plant mention followed by "in the same town" (or
// city) the place of the plant the text named last before it, even when
// a town named later in the sentence was given to it ("at Arvo's plant
// in Tula").
func (a *analysis) sameTownSites() {
	place := ""
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ != graph.Plant {
			continue
		}
		if place != "" && a.inSameTown(*m) {
			m.place = place // over a town the words after may have lent it
		}
		if m.place != "" {
			place = m.place
		}
	}
}

// inSameTown reports whether plant mention m is followed by "in the same
// town": the words say the plant is another one than the plant named
// before, though in its town.
func (a *analysis) inSameTown(m mention) bool {
	w := func(k int) string { return strings.ToLower(a.tok(m.sent, m.to+k)) }
	return w(0) == "in" && w(1) == "the" && w(2) == "same" && (w(3) == "town" || w(3) == "city")
}

// kindInName returns the kind word ("Battery") to put in the name of
// plant entity e, when the text names another plant of its operator "in
// the same town" that says no kind or another kind: "Arvo Battery Plant
// Vejle" beside "Arvo Plant Vejle". Plants of one town that the text
// tells apart only by kind keep the plain name. It returns "" otherwise.
func (a *analysis) kindInName(e *entity) string {
	if e.place == "" || e.operator < 0 {
		return ""
	}
	word, kind := a.kindWord(e)
	if word == "" {
		return ""
	}
	for _, o := range a.ents {
		if o == e || o.typ != graph.Plant || len(o.ments) == 0 || o.operator != e.operator || !strings.EqualFold(o.place, e.place) {
			continue
		}
		if _, ok := a.kindWord(o); ok != kind && a.namedInSameTown(o) {
			return word
		}
	}
	return ""
}

// kindWord returns the kind word a mention of plant entity e writes
// before its site noun, capitalised, and the kind it stands for.
func (a *analysis) kindWord(e *entity) (string, string) {
	for _, mi := range e.ments {
		m := a.ments[mi]
		k := a.plantKind(m)
		if k == "" {
			continue
		}
		toks := a.dc.sents[m.sent].Toks[m.from:m.to]
		for j := len(toks) - 1; j >= 1; j-- {
			if a.x.vocab.siteNoun.has(strings.ToLower(toks[j].Text)) && isLowerWord(toks[j-1].Text) {
				w := toks[j-1].Text
				return strings.ToUpper(w[:1]) + w[1:], k
			}
		}
	}
	return "", ""
}

// namedInSameTown reports whether a mention of plant entity e says it is
// "in the same town" as the plant named before.
func (a *analysis) namedInSameTown(e *entity) bool {
	for _, mi := range e.ments {
		if a.inSameTown(a.ments[mi]) {
			return true
		}
	}
	return false
}
