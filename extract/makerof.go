package extract

// apposedMaker returns the company whose apposition calls it the maker
// of product slot p, or -1: in "Velmar, the Dorrow-based maker of
// sunroofs and heaters, will keep building roofs at its plant in
// Kemby" the sunroofs and heaters profile the company, not the plant
// the clause goes on to name.
func apposedMaker(slots []slot, lw []string, p slot) int {
	k := p.from - 1
	// back over the goods listed before p: "sunroofs and heaters"
	for k >= 0 && lw[k] != "of" {
		if p, ok := productEndingAt(slots, k+1); ok {
			k = p.from - 1
			continue
		}
		if lw[k] != "," && lw[k] != "and" && lw[k] != "or" {
			return -1
		}
		k--
	}
	if k < 1 || !makerNoun(lw[k-1]) {
		return -1
	}
	// back over the words of the role ("the Dorrow-based") to the comma
	// that opens the apposition, right after the company's name
	for j := k - 2; j >= 1 && j >= k-5; j-- {
		if lw[j] == "," {
			return slotEndingAt(slots, j)
		}
	}
	return -1
}

// makerNoun reports whether w names a company by what it makes.
func makerNoun(w string) bool {
	switch w {
	case "maker", "makers", "manufacturer", "manufacturers", "producer", "producers":
		return true
	}
	return false
}

// plantRightAfter returns the plant that "at" or "in" places product
// slot p at right after it, or -1: in "makes covers at its plant in
// Kemby and harnesses at its plant in Dorrow" the harnesses are the
// Dorrow plant's, though the Kemby plant is as near before them.
func plantRightAfter(plants []slot, lw []string, p slot) int {
	if p.to >= len(lw) || lw[p.to] != "at" && lw[p.to] != "in" {
		return -1
	}
	for _, s := range plants {
		if s.from > p.to && s.from <= p.to+3 {
			return s.ent
		}
	}
	return -1
}
