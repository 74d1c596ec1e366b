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

// onSiteOfFormer reports whether the plant name at token k follows "the
// site of the former": "The complex stands on the site of the former Arvo
// plant" names a plant where the text's own plant now stands.
func (a *analysis) onSiteOfFormer(si, k int) bool {
	toks := a.dc.sents[si].Toks
	if k < 4 || toks[k-1].Text != "former" || toks[k-3].Text != "of" {
		return false
	}
	if w := toks[k-2].Text; w != "the" && w != "a" {
		return false
	}
	switch toks[k-4].Text {
	case "site", "grounds", "land", "premises":
		return true
	}
	return false
}

// townBefore returns the one town the nearest earlier sentence that names
// one names, or "".
func (a *analysis) townBefore(si int) string {
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		if town := a.sentenceTown(s); town != "" {
			return town
		}
	}
	return ""
}

// formerPlant reports whether plant mention m is a company's former
// plant: "the former Arvo plant" in Vejle is not the plant in Vejle that
// the text is about.
func (a *analysis) formerPlant(m mention) bool {
	return m.typ == graph.Plant && m.operator != "" && m.from > 0 && a.dc.sents[m.sent].Toks[m.from-1].Text == "former"
}

// formerOnly reports whether plant entity e is named only as someone's
// former plant.
func (a *analysis) formerOnly(e int) bool {
	for _, mi := range a.ents[e].ments {
		if !a.formerPlant(a.ments[mi]) {
			return false
		}
	}
	return len(a.ents[e].ments) > 0
}

// noteReferent records mention m as the last of its type that "the
// plant" or "the company" may refer to; "the site of the former Arvo
// plant" is no plant a later "the complex" refers to. A town that opens
// a sentence stands for its plant: after "Vejle cut shifts", "the
// plant" is the Vejle plant.
func (a *analysis) noteReferent(last map[graph.EntityType]int, m mention) {
	if a.formerPlant(m) {
		return
	}
	t := a.ents[m.ent].typ
	last[t] = m.ent + 1
	if toks := a.dc.sents[m.sent].Toks; t == graph.Location && len(toks) > 0 && toks[0].Start == m.start {
		if p := a.plantAt(a.ents[m.ent].name, -1); p >= 0 {
			last[graph.Plant] = p + 1
		}
	}
}

// plantNamedLater returns the plant a "the complex" that no plant
// precedes refers to: the plant the article is about, or, when it names
// none above the others, the first plant named from mention mi on that is
// no one's former plant and stands in the town the title names ("Brovik
// starts production in Vejle ... The complex stands on the site of the
// former Arvo plant. ... the Vejle plant assembles cars"); -1 if none. A
// plant named later elsewhere is too far-fetched a referent.
func (a *analysis) plantNamedLater(mi int) int {
	if p := a.mainPlant(); p >= 0 {
		return p
	}
	for ; mi < len(a.ments); mi++ {
		if m := a.ments[mi]; m.typ == graph.Plant && a.ents[m.ent].typ == graph.Plant && !a.formerPlant(m) {
			if town := a.sentenceTown(0); town != "" && a.ents[m.ent].place == town {
				return m.ent
			}
			return -1
		}
	}
	return -1
}
