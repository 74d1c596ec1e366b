package extract

// "Kovra turns cathode materials into battery cells at its Vejle plant":
// turning an input into a product makes the product, not the input. Kept
// apart from rules.go, which is near its size limit.

import "github.com/plantgraph/plantgraph/graph"

// turnInto returns, for each "turn(s) ... into" of a sentence's lower-case
// words, the index of the verb and of its "into"; the words between are
// the input.
func turnInto(lw []string) [][2]int {
	var out [][2]int
	for i, w := range lw {
		if w != "turn" && w != "turns" && w != "turned" && w != "turning" {
			continue
		}
		for k := i + 1; k < len(lw) && k-i <= 8; k++ {
			if lw[k] == "into" {
				out = append(out, [2]int{i, k})
				break
			}
			if lw[k] == "," || lw[k] == "and" || lw[k] == "out" {
				break // "turns out", a new clause
			}
		}
	}
	return out
}

// turnedInput reports whether product slot p lies between a "turn" verb
// and its "into" (turns, from turnInto): the input, which the producer
// need not make.
func turnedInput(turns [][2]int, p slot) bool {
	for _, ti := range turns {
		if p.from > ti[0] && p.to <= ti[1] {
			return true
		}
	}
	return false
}

// turnIntoRule reads "<maker> turns <input> into <products>": the
// maker's plant that the sentence names after the products, else the
// maker, produces them. The products it reads are marked in sourced, so
// that the general production rule leaves them be. A "turn" without a
// maker right before it ("a process to turn black mass into precursors")
// states no production.
func (a *analysis) turnIntoRule(rb *relationBuilder, si int, slots []slot, lw []string, turns [][2]int, sourced map[int]bool) {
	for _, ti := range turns {
		maker := turnSubject(slots, lw, ti[0])
		if maker < 0 || a.negatedNear(si, ti[0]) {
			continue
		}
		end := clauseEnd(lw, ti[1]+1)
		var products []slot
		for _, s := range slots {
			if s.typ == graph.Product && s.from > ti[1] && s.from < end {
				products = append(products, s)
			}
		}
		if len(products) == 0 {
			continue
		}
		producer := maker
		if a.ents[maker].typ == graph.Company {
			// "... into cells at a new gigafactory in Vejle": its plant
			producer = a.operatorPlantAfter(slots, maker, products[0].to)
		}
		for _, p := range products {
			rb.add(si, producer, graph.Produces, p.ent, 0.6)
			sourced[p.from] = true
		}
	}
}

// turnSubject returns the company or plant that does the turning at verb
// v: the name right before it, past adverbs ("then") and an apposition
// ("Kovra, the group's parts affiliate, then turns"); -1 for none.
func turnSubject(slots []slot, lw []string, v int) int {
	k := v - 1
	for k >= 0 && (lw[k] == "then" || lw[k] == "also" || lw[k] == "now" || lw[k] == "already" || lw[k] == "still" || lw[k] == "will" || lw[k] == "later") {
		k--
	}
	if k >= 0 && lw[k] == "," {
		j := k - 1
		for j >= 0 && lw[j] != "," {
			j--
		}
		k = j - 1 // the name before the apposition
	}
	for _, s := range slots {
		if s.to == k+1 && (s.typ == graph.Company || s.typ == graph.Plant) {
			return s.ent
		}
	}
	return -1
}
