package extract

import "github.com/plantgraph/plantgraph/graph"

// A plant said to stand next to another is a different plant: "the Vejle
// plant will sit right next to the existing Arvo Motors engine factory",
// "a gigafactory in Vejle, directly beside the Arvo Motors engine plant".

// besideBefore reports whether the words before token k of sentence si
// put what follows next to something: "next to", "beside", "alongside",
// "adjacent to", over an article, a passing adjective and a possessive
// ("right next to the carmaker's Vejle complex").
func (a *analysis) besideBefore(si, k int) bool {
	toks := a.dc.sents[si].Toks
	j := k - 1
	for n := 0; j >= 0 && n < 4; n++ {
		w := toks[j].Text
		if w == "the" || w == "a" || w == "an" || w == "its" || isPassingAdjective(w) {
			j--
			continue
		}
		if j >= 1 && isPossessiveTok(w) && isLowerWord(toks[j-1].Text) {
			j -= 2 // "the carmaker's"
			continue
		}
		break
	}
	if j < 0 {
		return false
	}
	switch toks[j].Text {
	case "beside", "alongside":
		return true
	case "to":
		return j >= 1 && (toks[j-1].Text == "next" || toks[j-1].Text == "adjacent")
	}
	return false
}

// besidePlant reports whether plant mention m stands next to another
// plant the sentence names before it.
func (a *analysis) besidePlant(m mention) bool {
	if m.typ != graph.Plant || !a.besideBefore(m.sent, m.from) {
		return false
	}
	for _, o := range a.ments {
		if o.sent == m.sent && o.typ == graph.Plant && o.end <= m.start {
			return true
		}
	}
	return false
}

// besidePlace returns the place of the plant mention in out that a plant
// beside it at token k shares: "a gigafactory in Vejle, directly beside
// the Arvo Motors engine plant" puts the engine plant in Vejle too.
func (a *analysis) besidePlace(si, k int, out []mention) string {
	if !a.besideBefore(si, k) {
		return ""
	}
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].to <= k && out[i].place != "" {
			return out[i].place
		}
	}
	return ""
}
