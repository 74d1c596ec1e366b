package extract

// Investments by the owners named before: "Arvo is owned by Kessel,
// Varn and Zorvo. The five shareholders funded the campus": each owner
// invests in the campus.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// shareholdersFund adds invests_in from every owner stated in the last
// two sentences to the plant that "the shareholders" or "the owners"
// fund or invest in.
func (a *analysis) shareholdersFund(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "shareholders" && w != "owners" && w != "backers" || a.negatedNear(si, t) {
			continue
		}
		verb := -1
		for k := t + 1; k < len(lw) && k <= t+3; k++ {
			if hasAnyPrefix(lw[k], "fund", "financ", "invest", "bankroll", "paid", "pay") {
				verb = k
				break
			}
		}
		if verb < 0 {
			continue
		}
		target := -1
		for _, s := range slots {
			if s.typ == graph.Plant && s.from > verb {
				target = s.ent
				break
			}
		}
		if target < 0 {
			continue
		}
		for _, o := range a.statedOwners(rb, si) {
			rb.add(si, o, graph.InvestsIn, target, 0.45)
		}
	}
}

// statedOwners returns the companies that own another by the relations
// read so far from sentence si and the two before it.
func (a *analysis) statedOwners(rb *relationBuilder, si int) []int {
	from := a.dc.sents[max(0, si-2)].Start
	var out []int
	for _, r := range rb.out {
		if r.Predicate != graph.Owns || r.Evidence.Span.Start < from {
			continue
		}
		for i, e := range a.ents {
			if e.typ == r.Subject.Type && e.name == r.Subject.Name && !containsInt(out, i) && strings.TrimSpace(e.name) != "" {
				out = append(out, i)
				break
			}
		}
	}
	return out
}
