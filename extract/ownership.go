package extract

// Ownership stated in appositions and share phrases.

import "github.com/plantgraph/plantgraph/graph"

// memberApposition reads "Vardo Motor Company, the group's flagship
// carmaker" and "Velmar, Ostrana's performance brand": the possessor owns
// the company the apposition describes.
func (a *analysis) memberApposition(rb *relationBuilder, si int, slots []slot, lw []string) {
	for _, b := range slots {
		if b.typ != graph.Company || b.to+1 >= len(lw) || lw[b.to] != "," {
			continue
		}
		for _, c := range slots {
			// "Velmar, the Ostrana Group's brand": the article may open the name
			at := c.from == b.to+1 || c.from == b.to+2 && lw[b.to+1] == "the"
			if c.typ != graph.Company || !at || c.ent == b.ent || c.to >= len(lw) || !isPossessiveTok(lw[c.to]) {
				continue
			}
			if memberNounAt(lw, c.to+1) {
				rb.add(si, c.ent, graph.Owns, b.ent, 0.5)
			}
		}
	}
}

// memberNounAt reports whether a noun naming a held company comes within
// three words from i ("flagship carmaker", "parts affiliate"), before a
// word that makes it no daughter ("parent company", "sister brand",
// "former unit") or the phrase ends.
func memberNounAt(lw []string, i int) bool {
	for k := i; k < len(lw) && k < i+3; k++ {
		switch lw[k] {
		case "carmaker", "automaker", "brand", "marque", "subsidiary", "affiliate", "unit", "arm", "division":
			return true
		case ",", "parent", "sister", "former", "rival", "partner", "supplier", "customer", "and", "(":
			return false
		}
	}
	return false
}
