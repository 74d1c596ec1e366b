package extract

// Relation rules for places: located_in between plants, companies and places.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// locationRules: "Leipzig, Germany", "Debrecen in Hungary", "the plant in
// Leipzig", "France's Tiamat".
func (a *analysis) locationRules(rb *relationBuilder, si int, slots []slot, lw []string) {
	for i, s := range slots {
		// the next slot after this one, past any nested in it (the town
		// inside a plant's name)
		k := i + 1
		for k < len(slots) && slots[k].from < s.to {
			k++
		}
		if k >= len(slots) {
			break
		}
		n := slots[k]
		gap := lw[s.to:n.from]
		if n.typ != graph.Location {
			// "France's Tiamat"
			if s.typ == graph.Location && n.typ == graph.Company && len(gap) == 1 && isPossessiveTok(gap[0]) {
				rb.add(si, n.ent, graph.LocatedIn, s.ent, 0.6)
			}
			continue
		}
		switch s.typ {
		case graph.Location:
			switch {
			case len(gap) == 1 && isPossessiveTok(gap[0]):
				// "Shanghai's Lingang New Area"
				rb.add(si, n.ent, graph.LocatedIn, s.ent, 0.6)
			case len(gap) == 1 && (gap[0] == "," || gap[0] == "in") && (a.placeRank(s.ent) < a.placeRank(n.ent) || a.x.within(a.ents[s.ent].name, a.ents[n.ent].name) || a.x.placeKind(a.ents[s.ent].name) == ""):
				// "Leipzig, Germany", "Debrecen in Hungary"; not a list
				// of towns ("Munich, Dingolfing and Regensburg")
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.7)
			case len(gap) == 1 && gap[0] == "," && a.placeRank(s.ent) >= 2 && a.placeRank(n.ent) >= a.placeRank(s.ent) && i > 0 && a.commaHop(slots[i-1], s, lw):
				// "Goodwood, West Sussex, England": the region after a
				// town and its county holds the county, though both
				// are first-level divisions to the gazetteer
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.65)
			case inNamedDivision(gap, lw, n.to):
				// "Fennick, in the Dravenheim district": the towns
				// listed before it are in the district too
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.65)
				for j := i - 1; j >= 0 && slots[j].typ == graph.Location && listedBefore(slots[j], slots[j+1], lw); j-- {
					rb.add(si, slots[j].ent, graph.LocatedIn, n.ent, 0.65)
				}
			case divisionOf(gap, lw, s.from), partOf(gap):
				// "the Dravenheim district of Lower Bavaria", "Fennick,
				// a district on the northern edge of Wolfsburg"
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.65)
			}
		case graph.Plant:
			if k+1 < len(slots) && slots[k+1].typ == graph.Location && slots[k+1].from == n.to+1 && isPossessiveTok(lw[n.to]) {
				n = slots[k+1] // "the Megafactory in Shanghai's Lingang New Area" is in the area
			}
			if len(gap) >= 1 && len(gap) <= 5 && (gap[len(gap)-1] == "in" || gap[len(gap)-1] == "at" || gap[len(gap)-1] == "near") {
				// A plant named after its town is in the town; the place
				// after "in" then contains the town, not the plant.
				if town := a.placeEntity(a.ents[s.ent].place); town >= 0 && town != n.ent {
					switch {
					case a.placeRank(n.ent) > a.placeRank(town) || a.x.within(a.ents[town].name, a.ents[n.ent].name):
						rb.add(si, town, graph.LocatedIn, n.ent, 0.6)
					case a.x.within(a.ents[n.ent].name, a.ents[town].name):
						// "Gigafactory Nevada ... lies in Storey County",
						// "Toyota Motor Manufacturing Kentucky (TMMK) in
						// Georgetown": a place inside the one of the name
						rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.6)
					}
					continue
				}
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.6)
			}
		case graph.Company:
			if len(gap) >= 2 && (gap[len(gap)-1] == "in") && (gap[len(gap)-2] == "headquartered" || gap[len(gap)-2] == "based") {
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.6)
			}
		}
	}
	// "the Munich-based carmaker", "Brussels-based Toyota Motor Europe"
	for i, s := range slots {
		if s.typ != graph.Location || !isBasedOn(lw[s.to-1]) { // "North Carolina-based" takes two tokens
			continue
		}
		home := s.ent
		if i > 0 && slots[i-1].typ == graph.Location && slots[i-1].to+1 == s.from && lw[s.from-1] == "," {
			// "Durham, North Carolina-based Arvo Chips": the company is
			// in the town, the town in the state
			home = slots[i-1].ent
			rb.add(si, home, graph.LocatedIn, s.ent, 0.6)
		}
		for _, n := range slots {
			after := n.from > s.from && n.from-s.to <= 3
			around := n.from < s.from && n.to >= s.to // "the Ningde-based company"
			if (after || around || a.basedApposition(n, s, lw)) && n.typ == graph.Company {
				rb.add(si, n.ent, graph.LocatedIn, home, 0.6)
				break
			}
		}
	}
}

// basedApposition reports whether place slot s of "<Place>-based" opens
// an apposition to company slot n that names what n is: "Zorvan, a Hong
// Kong-based maker of casting machines".
func (a *analysis) basedApposition(n, s slot, lw []string) bool {
	if n.to+2 != s.from || lw[n.to] != "," || (lw[n.to+1] != "a" && lw[n.to+1] != "an" && lw[n.to+1] != "the") {
		return false
	}
	for k := s.to; k < len(lw) && k < s.to+3; k++ {
		if a.x.vocab.orgRole.has(lw[k]) {
			return true
		}
	}
	return false
}

// ventureSeat places a joint venture where the apposition naming it
// says it was set up: "NOVO Energy, the battery joint venture the two
// companies set up in Gothenburg", "L-H Battery Company, Honda's joint
// venture with LG Energy Solution in Fayette County". The apposition
// ends at a comma or a verb: "StarPlus Energy, the joint venture of
// Stellantis and Samsung SDI, will build its plant in Kokomo" says
// where the plant is.
func (a *analysis) ventureSeat(rb *relationBuilder, si int, slots []slot, lw []string) {
	for _, s := range slots {
		if s.typ != graph.Company || s.to+1 >= len(lw) || lw[s.to] != "," {
			continue
		}
		v := -1
		for k := s.to + 1; k < len(lw) && k <= s.to+5; k++ {
			if lw[k] == "venture" {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		for k := v + 1; k+1 < len(lw); k++ {
			if w := lw[k]; w == "," || w == ";" || w == "(" || w == "will" || w == "is" || w == "are" || w == "was" || w == "has" || w == "which" || w == "that" || w == "to" {
				break
			}
			if lw[k] != "in" {
				continue
			}
			if l := slotStartingAt(slots, k+1, graph.Location); l >= 0 {
				rb.add(si, s.ent, graph.LocatedIn, l, 0.55)
			}
			break
		}
	}
}

// slotStartingAt returns the entity of the slot of type t that starts at
// token i, or -1.
func slotStartingAt(slots []slot, i int, t graph.EntityType) int {
	for _, s := range slots {
		if s.from == i && s.typ == t {
			return s.ent
		}
	}
	return -1
}

// headquarters places a company at its stated head office: "The
// company's head office and its only plant are at Goodwood", "moved its
// headquarters from California to Austin", "close to Umicore's own head
// office there".
func (a *analysis) headquarters(rb *relationBuilder, si int, slots []slot, lw []string) {
	for i, w := range lw {
		if w != "headquarters" && !(w == "head" && i+1 < len(lw) && (lw[i+1] == "office" || lw[i+1] == "offices")) || a.negatedNear(si, i) {
			continue
		}
		owner := a.headOwner(si, slots, lw, i)
		if owner < 0 {
			continue
		}
		for _, l := range headPlaces(slots, lw, i) {
			rb.add(si, owner, graph.LocatedIn, l, 0.55)
		}
	}
}

// headOwner returns the company whose head office the word at i is:
// the possessor right before it ("Umicore's own head office"), or for
// "its", the last company before it or the sentence's subject; -1 for
// none.
func (a *analysis) headOwner(si int, slots []slot, lw []string, i int) int {
	k := i - 1
	for k >= 0 && (lw[k] == "own" || lw[k] == "global" || lw[k] == "new" || lw[k] == "former" || lw[k] == "european") {
		k--
	}
	switch {
	case k >= 0 && isPossessiveTok(lw[k]):
		return slotEndingAt(slots, k)
	case k >= 0 && lw[k] == "its":
		c := lastSlotBefore(slots, k, graph.Company)
		if c < 0 && a.subjects[si] >= 0 && a.ents[a.subjects[si]].typ == graph.Company {
			c = a.subjects[si]
		}
		return c
	}
	return -1
}

// headPlaces returns the places a head office is said to be at: the
// first place after "in", "at" or "to" in the words after it, both ends
// of "from California to Austin", or, for "there", the place named
// before it in the sentence.
func headPlaces(slots []slot, lw []string, i int) []int {
	var from []int
	for _, s := range slots {
		if s.from <= i || s.from > i+12 || s.typ != graph.Location {
			continue
		}
		switch lw[s.from-1] {
		case "from":
			from = append(from, s.ent)
		case "in", "at", "to":
			return append(from, s.ent)
		}
	}
	for k := i + 1; k < len(lw) && k <= i+4; k++ {
		if lw[k] != "there" {
			continue
		}
		before := -1
		for _, s := range slots {
			if s.to <= i && s.typ == graph.Location {
				before = s.ent
			}
		}
		if before >= 0 {
			return []int{before}
		}
	}
	return nil
}

// gazetteerContainment links places of one sentence that the gazetteer
// says lie one inside the other, hop by hop: "Shenyang, the capital of
// Liaoning" gives Shenyang in Liaoning.
func (a *analysis) gazetteerContainment(rb *relationBuilder, si int, slots []slot) {
	var locs []int
	for _, s := range slots {
		if s.typ == graph.Location && !containsInt(locs, s.ent) {
			locs = append(locs, s.ent)
		}
	}
	if len(locs) < 2 {
		return
	}
	in := func(x, y int) bool { return a.x.within(a.ents[x].name, a.ents[y].name) }
	pos := map[int]int{}
	for _, s := range slots {
		if s.typ == graph.Location {
			if _, ok := pos[s.ent]; !ok {
				pos[s.ent] = s.from
			}
		}
	}
	for _, x := range locs {
		// Of the places of one level that may hold x, the one written
		// next after it: "Georgetown, Kentucky, and Liberty, North
		// Carolina" puts Liberty in North Carolina only.
		best := map[int]int{} // rank -> container
		for _, y := range locs {
			if x == y || !in(x, y) || a.writtenElsewhere(x, y) {
				continue
			}
			hop := true
			for _, z := range locs {
				if z != x && z != y && in(x, z) && in(z, y) {
					hop = false // x is in z is in y: no hop over z
				}
			}
			if !hop {
				continue
			}
			r := a.placeRank(y)
			if b, ok := best[r]; !ok || closer(pos[x], pos[y], pos[b]) {
				best[r] = y
			}
		}
		for _, y := range best {
			rb.add(si, x, graph.LocatedIn, y, 0.6)
		}
	}
}

// closer reports whether position y is a better container position for
// a place at x than position b: after x beats before, and nearer beats
// farther.
func closer(x, y, b int) bool {
	dy, db := y-x, b-x
	if (dy > 0) != (db > 0) {
		return dy > 0
	}
	return abs(dy) < abs(db)
}

// placeEntity returns the location entity named name, or -1.
func (a *analysis) placeEntity(name string) int {
	if name == "" {
		return -1
	}
	f := graph.Fold(name)
	for i, e := range a.ents {
		if e.typ == graph.Location && len(e.ments) > 0 && graph.Fold(e.name) == f {
			return i
		}
	}
	return -1
}

// placeRank orders places by size: city 1, subdivision 2, country 3,
// continent 4; unknown places rank as cities.
func (a *analysis) placeRank(e int) int {
	switch a.x.placeKind(a.ents[e].name) {
	case "subdivision":
		return 2
	case "country":
		return 3
	case "continent":
		return 4
	}
	return 1
}

// townPlant returns the plant of the document whose town is named in the
// sentence closest to token i, or -1.
func (a *analysis) townPlant(slots []slot, i int) int {
	best, bd := -1, 1<<30
	for _, s := range slots {
		if s.typ != graph.Location {
			continue
		}
		if p := a.plantAt(a.ents[s.ent].name, -1); p >= 0 && abs(s.from-i) < bd {
			best, bd = p, abs(s.from-i)
		}
	}
	return best
}

// plantAt returns the plant of company c (any company when c < 0) whose
// town is place, or -1.
func (a *analysis) plantAt(place string, c int) int {
	if a.plantsByTown == nil {
		a.plantsByTown = map[string][]int{}
		for i, e := range a.ents {
			if e.typ == graph.Plant && len(e.ments) > 0 && e.place != "" {
				f := graph.Fold(e.place)
				a.plantsByTown[f] = append(a.plantsByTown[f], i)
			}
		}
	}
	for _, i := range a.plantsByTown[graph.Fold(place)] {
		if c < 0 && a.formerOnly(i) {
			continue // "in Vejle" is not at the former Arvo plant there
		}
		if c < 0 || a.ents[i].operator == c {
			return i
		}
	}
	return -1
}

// isDivisionNoun reports whether w names a part of a country or town that
// a proper name can stand before: "the Straubing-Bogen district".
func isDivisionNoun(w string) bool {
	switch w {
	case "district", "region", "county", "province", "prefecture", "municipality", "borough":
		return true
	}
	return false
}

// inNamedDivision reports whether gap, the words between a town and the
// place after it that ends before token end, reads ", in the" (or ", all
// in the") with a division noun after the place: "Fennick, in the
// Dravenheim district".
func inNamedDivision(gap, lw []string, end int) bool {
	if end >= len(lw) || !isDivisionNoun(lw[end]) || len(gap) < 3 || len(gap) > 4 || gap[0] != "," {
		return false
	}
	if len(gap) == 4 && gap[1] != "all" && gap[1] != "both" {
		return false
	}
	return gap[len(gap)-2] == "in" && gap[len(gap)-1] == "the"
}

// listedBefore reports whether place slot p is listed right before slot
// s: a list gap between them, or the other half of the same slash pair
// ("Ravel-Orsy/Dorn").
func listedBefore(p, s slot, lw []string) bool {
	if p.from == s.from && p.to == s.to {
		return true
	}
	return p.to <= s.from && isListGap(lw[p.to:s.from])
}

// isListGap reports whether gap joins two items of a list: ",", "and",
// ", and".
func isListGap(gap []string) bool {
	switch len(gap) {
	case 1:
		return gap[0] == "," || gap[0] == "and" || gap[0] == "or"
	case 2:
		return gap[0] == "," && (gap[1] == "and" || gap[1] == "or")
	}
	return false
}

// divisionOf reports whether gap, after a name that starts at token from,
// reads "district of" (or "region of northern"), the name taking the
// article: "the Dravenheim district of Lower Bavaria".
func divisionOf(gap, lw []string, from int) bool {
	if from == 0 || lw[from-1] != "the" || len(gap) < 2 || len(gap) > 3 || !isDivisionNoun(gap[0]) || gap[1] != "of" {
		return false
	}
	return len(gap) == 2 || isCompassAdjective(gap[2])
}

// isCompassAdjective: "northern", "south-eastern", "central".
func isCompassAdjective(w string) bool {
	return w == "central" || strings.HasSuffix(w, "ern") && (strings.HasPrefix(w, "north") || strings.HasPrefix(w, "south") || strings.HasPrefix(w, "east") || strings.HasPrefix(w, "west"))
}

// partOf reports whether gap is an apposition that makes the place
// before it a part of the place after it: ", a district on the northern
// edge of", ", a suburb of"; not ", a town north of" nor ", a village
// 20 km from".
func partOf(gap []string) bool {
	if len(gap) < 4 || len(gap) > 8 || gap[0] != "," || gap[1] != "a" && gap[1] != "an" || gap[len(gap)-1] != "of" {
		return false
	}
	switch gap[2] {
	case "district", "suburb", "borough", "quarter", "village", "municipality":
	default:
		return false
	}
	for _, w := range gap[3 : len(gap)-1] {
		switch w {
		case "on", "the", "edge", "outskirts", "part", "in", "city", "town", "small", "industrial":
		default:
			if !isCompassAdjective(w) {
				return false
			}
		}
	}
	return true
}

// commaHop reports whether place slot p, a comma before place slot s,
// lies in s: "Goodwood, West Sussex".
func (a *analysis) commaHop(p, s slot, lw []string) bool {
	if p.typ != graph.Location || p.to+1 != s.from || lw[p.to] != "," {
		return false
	}
	return a.placeRank(p.ent) < a.placeRank(s.ent) || a.x.within(a.ents[p.ent].name, a.ents[s.ent].name)
}
