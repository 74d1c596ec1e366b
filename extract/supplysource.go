package extract

import "github.com/plantgraph/plantgraph/graph"

// sourcePlantOperator returns the operator of the plant a customer's
// goods come from, named after "from" within a few words of the supply
// word at t ("one of the first customers for cells from Vejle", where the
// text has named a plant in Vejle), or -1: the plant stands for its
// operator, the supplier.
func (a *analysis) sourcePlantOperator(slots []slot, lw []string, t int) int {
	for k := t + 1; k < min(len(lw)-1, t+6); k++ {
		if lw[k] != "from" {
			continue
		}
		for _, s := range slots {
			if s.from != k+1 {
				continue
			}
			switch s.typ {
			case graph.Plant:
				return a.ents[s.ent].operator
			case graph.Location:
				if p := a.plantAt(a.ents[s.ent].name, -1); p >= 0 {
					return a.ents[p].operator
				}
			}
		}
		return -1
	}
	return -1
}
