package extract

// Supply of equipment: "Siemens will equip the plant".

import "github.com/plantgraph/plantgraph/graph"

// equipRule reads "Norvik will equip Ostrana's planned gigafactory with
// its automation portfolio" and "Norvik, an early partner, equipped the
// production with software": the company that equips a plant supplies
// the company that runs it. "the plant is equipped with robots" names no
// supplier before the verb and adds nothing.
func (a *analysis) equipRule(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "equip" && w != "equips" && w != "equipped" && w != "equipping" || a.negatedNear(si, t) {
			continue
		}
		supplier := lastCompanyBefore(slots, t, 8)
		if supplier < 0 || t > 0 && (lw[t-1] == "is" || lw[t-1] == "be" || lw[t-1] == "was" || lw[t-1] == "been" || lw[t-1] == "are") {
			continue // "is equipped with": the subject is what gets the equipment
		}
		customer := -1
		for _, s := range slots {
			if s.from <= t || s.from > t+3 {
				continue
			}
			switch s.typ {
			case graph.Company:
				customer = s.ent // "equip Ostrana's gigafactory"
			case graph.Plant:
				customer = a.ents[s.ent].operator
			}
			break
		}
		if customer < 0 && t+2 < len(lw) && lw[t+1] == "the" && (lw[t+2] == "production" || lw[t+2] == "factory" || lw[t+2] == "plant") {
			// "equipped the production": the company the article is about
			customer = a.mainCompany()
		}
		if customer != supplier {
			rb.add(si, supplier, graph.Supplies, customer, 0.45)
		}
	}
}
