package extract

// Places joined by a slash: "Ravel-Orsy/Dorn" names two towns that
// share one site. The tokenizer keeps the pair as one word so that a
// plant named after it keeps its full name; the rules here give each
// town its own location mention and place the plant in both.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// slashPlaces returns the two places of a name written "A/B" when the
// gazetteer knows both as places, else nil: "km/h" or "BMW/Mini" are no
// pair of towns.
func (a *analysis) slashPlaces(name string) []string {
	left, right, ok := strings.Cut(name, "/")
	if !ok || left == "" || right == "" || strings.Contains(right, "/") || !isCapitalized(left) || !isCapitalized(right) {
		return nil
	}
	if a.x.placeKind(left) == "" || a.x.placeKind(right) == "" || a.isCompanyWord(left) || a.isCompanyWord(right) {
		return nil
	}
	return []string{left, right}
}

// addSlashPlaces adds a location mention for each place of the slash
// pair that token k of sentence si holds; both mentions span the one
// token, each with its own bytes.
func (a *analysis) addSlashPlaces(si, k int) bool {
	t := a.dc.sents[si].Toks[k]
	pair := a.slashPlaces(t.Text)
	if pair == nil {
		return false
	}
	start := t.Start
	for _, p := range pair {
		a.ments = append(a.ments, mention{sent: si, from: k, to: k + 1, start: start, end: start + len(p), text: p, typ: graph.Location, conf: 0.6})
		start += len(p) + 1
	}
	return true
}

// slashPlaceMentions adds the places of a slash pair written on its own
// ("the ramp-up in Ravel-Orsy/Dorn"), where no other mention took
// the word.
func (a *analysis) slashPlaceMentions(si int, taken []bool) {
	for k, t := range a.dc.sents[si].Toks {
		if !taken[k] && strings.Contains(t.Text, "/") && a.addSlashPlaces(si, k) {
			taken[k] = true
		}
	}
}

// slashPlaceInPlant adds the places of a plant named after a slash pair
// ("the Ravel-Orsy/Dorn gigafactory") and reports whether it did.
func (a *analysis) slashPlaceInPlant(m mention) bool {
	if !strings.Contains(m.place, "/") {
		return false
	}
	for k := m.from; k < m.to; k++ {
		if a.dc.sents[m.sent].Toks[k].Text == m.place {
			return a.addSlashPlaces(m.sent, k)
		}
	}
	return false
}
