package extract

// Lists of plants: "the Vejle Auto Plant, the Tolvik Auto Plant and the
// Vessa Engine Plant", "at Plant Tolvik in Norway and Plant Vessa in the
// UK". Kept apart from slots.go, which holds the other
// slot finders, to keep both files short.

import "github.com/plantgraph/plantgraph/graph"

// plantList returns the plants listed after the slot of entity first
// ("the Marysville Auto Plant, the East Liberty Auto Plant and the Anna
// Engine Plant"), without first.
func plantList(slots []slot, lw []string, first int) []int {
	var out []int
	at := -1
	for i, s := range slots {
		if s.ent == first && s.typ == graph.Plant {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	end := slots[at].to
	for _, s := range slots[at+1:] {
		if s.from < end {
			continue // a town inside the plant's name
		}
		if s.typ == graph.Location && placedAt(lw[end:s.from]) {
			end = s.to // "Plant Tolvik in Norway and Plant Vessa in the UK"
			continue
		}
		if s.typ != graph.Plant {
			break
		}
		for _, w := range lw[end:s.from] {
			if w != "," && w != "and" && w != "the" && w != "its" {
				return out
			}
		}
		out = append(out, s.ent)
		end = s.to
	}
	return out
}

// placedAt reports whether the words between a plant of a list and a
// place after it say where the plant is: "in", "in the", ",".
func placedAt(gap []string) bool {
	if len(gap) == 0 || len(gap) > 2 {
		return false
	}
	switch {
	case len(gap) == 1:
		return gap[0] == "in" || gap[0] == ","
	default:
		return gap[0] == "in" && gap[1] == "the"
	}
}

// plantGroup returns the plants of the list that plant entity e belongs
// to, e among them, in text order: "at Plant Tolvik in Norway and Plant
// Vessa in the UK". A plant in no list is a group of its own.
func plantGroup(slots []slot, lw []string, e int) []int {
	for _, s := range slots {
		if s.typ != graph.Plant {
			continue
		}
		if list := plantList(slots, lw, s.ent); s.ent == e || containsInt(list, e) {
			return append([]int{s.ent}, list...)
		}
	}
	return []int{e}
}
