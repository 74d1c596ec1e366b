package extract

// Partnerships stated without a partnership noun.

import "github.com/plantgraph/plantgraph/graph"

// togetherPair reads "the platform, which Arvo and Norvik Cells developed
// together": a coordinated pair of companies shortly before "together"
// partners. "Together with", "put together" and "brought together" are
// other constructions.
func (a *analysis) togetherPair(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "together" || t == 0 || t+1 < len(lw) && lw[t+1] == "with" || lw[t-1] == "put" || lw[t-1] == "brought" || a.negatedNear(si, t) {
			continue
		}
		var cs []slot
		for _, s := range slots {
			if s.to <= t && t-s.to <= 8 {
				cs = append(cs, s)
			}
		}
		if len(cs) < 2 {
			continue
		}
		x, y := cs[len(cs)-2], cs[len(cs)-1]
		if x.typ != graph.Company || y.typ != graph.Company || y.from != x.to+1 || lw[x.to] != "and" {
			continue // "X and Y" right next to each other, as the verb's subject
		}
		rb.add(si, x.ent, graph.PartnersWith, y.ent, 0.5)
	}
}
