package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// namedSiteIn returns the cluster key of the one plant with a proper name
// that the text places in the town of the unnamed site phrase ments[i]
// and that ends in the same site noun: "the Vejle campus" after "the
// Arvo Technology Campus in Vejle" is that campus, not a second site of
// whatever company the sentence names. "" when there is none or several.
func (a *analysis) namedSiteIn(i int) string {
	m := a.ments[i]
	ws := strings.Fields(m.text)
	if m.typ != graph.Plant || m.place == "" || len(ws) < 2 {
		return ""
	}
	head := strings.ToLower(ws[len(ws)-1])
	if !a.x.vocab.siteNoun.has(head) || head == "plant" || head == "site" {
		return "" // "the Vejle plant" may be any of the town's plants
	}
	place := graph.Fold(m.place)
	want := strings.ToUpper(head[:1]) + head[1:]
	found := ""
	for _, n := range a.ments {
		if n.typ != graph.Plant || n.place != "" {
			continue
		}
		if nw := strings.Fields(n.text); len(nw) < 2 || nw[len(nw)-1] != want {
			continue
		}
		toks := a.dc.sents[n.sent].Toks
		if n.to+1 >= len(toks) || toks[n.to].Text != "in" || graph.Fold(a.text[toks[n.to+1].Start:min(len(a.text), toks[n.to+1].Start+len(m.place))]) != place {
			continue
		}
		k := string(graph.Plant) + ":" + graph.Fold(n.canonical())
		if found != "" && found != k {
			return ""
		}
		found = k
	}
	return found
}
