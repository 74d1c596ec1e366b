package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// dropCellPlantModels drops "plant produces <model>" when the plant is a
// battery or cell plant, by its mentions or by a noun phrase that refers
// to it ("a second battery plant"), none calls it a car plant, and
// another plant of the text makes the model too. Such a plant supplies
// the cells for the model ("has supplied cells for every Leaf built in
// Britain"); the car plant in its town builds it.
func (a *analysis) dropCellPlantModels(rs []graph.Relation) []graph.Relation {
	kinds := map[string]map[string]bool{} // plant name -> kinds it is called
	note := func(e int, m mention) {
		if name := a.ents[e].name; a.ents[e].typ == graph.Plant && name != "" {
			if k := a.plantKind(m); k != "" {
				if kinds[name] == nil {
					kinds[name] = map[string]bool{}
				}
				kinds[name][k] = true
			}
		}
	}
	for _, m := range a.ments {
		note(m.ent, m)
	}
	for si, ans := range a.anchors {
		for _, an := range ans {
			note(an.ent, mention{sent: si, from: an.from, to: an.to})
		}
	}
	makers := map[graph.Key]int{} // product -> how many plants make it
	for _, r := range rs {
		if r.Predicate == graph.Produces && r.Subject.Type == graph.Plant {
			makers[r.Object]++
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if r.Predicate == graph.Produces && r.Subject.Type == graph.Plant && makers[r.Object] >= 2 && !commonGoods(r.Object.Name) && !cellGoods(r.Object.Name) {
			k := kinds[r.Subject.Name]
			if k["cell"] && !k["car"] && !k["truck"] && !k["bus"] && !k["van"] {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// cellGoods reports whether a product name is a battery part: a cell,
// battery, module or pack, named or not ("Blade Battery").
func cellGoods(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "cell", "cells", "battery", "batteries", "module", "modules", "pack", "packs":
			return true
		}
	}
	return false
}
