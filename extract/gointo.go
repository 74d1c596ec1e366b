package extract

// The "where they go into" rule: the plant where parts are built into
// models makes those models.

import "github.com/plantgraph/plantgraph/graph"

// goIntoModels reads "modules are shipping to Arvo's Trenzo plant, where
// they go into the Zorvan and Kelto hybrids": the plant the "where"
// follows builds the models the parts go into. Without "where" the
// sentence does not say where the models are made.
func (a *analysis) goIntoModels(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t := 1; t+1 < len(lw); t++ {
		if w := lw[t]; (w != "go" && w != "goes" && w != "went") || lw[t+1] != "into" || a.negatedNear(si, t) {
			continue
		}
		where := -1
		for k := t - 1; k >= 0 && k >= t-4; k-- {
			if lw[k] == "where" {
				where = k
				break
			}
		}
		if where < 0 {
			continue
		}
		plant := lastSlotBefore(slots, where, graph.Plant)
		if plant < 0 {
			continue
		}
		end := clauseEnd(lw, t+2)
		for _, s := range slots {
			if s.typ == graph.Product && s.from > t+1 && s.from < end {
				rb.add(si, plant, graph.Produces, s.ent, 0.45)
			}
		}
	}
}
