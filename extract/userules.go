package extract

// Rules for who uses a technology: use verbs, a plant beside a
// technology, equipping a plant, making cells of a chemistry.

import (
	"slices"

	"github.com/plantgraph/plantgraph/graph"
)

// useRelations adds "plant or company uses technology" for each use
// trigger of sentence si: the user is the plant or company named before
// the trigger, else the one the sentence or the article is about.
func (a *analysis) useRelations(rb *relationBuilder, si int, slots []slot, lw []string, triggers []int) {
	for _, t := range append(triggers, a.rollOuts(si, lw)...) {
		if !useVerb(lw, t) || techSubject(slots, lw, t) {
			continue
		}
		if a.equipWith(rb, si, slots, lw, t) {
			continue
		}
		user, blocked := a.userBefore(slots, lw, t)
		if blocked {
			continue
		}
		if user < 0 {
			user = a.subjects[si]
		}
		if user < 0 {
			user = a.mainPlant()
		}
		if user < 0 {
			user = a.articlePlant() // "Quality inspection relies on AIQX": the plant the article is about
		}
		for _, tech := range of(slots, graph.Technology) {
			rb.add(si, user, graph.Uses, tech.ent, 0.5)
		}
	}
}

// plantWithTech reads a plant and a technology in one sentence: the
// plant works with it.
func (a *analysis) plantWithTech(rb *relationBuilder, si int, slots []slot, lw []string) {
	techs := of(slots, graph.Technology)
	if len(techs) == 0 {
		return
	}
	plant := -1
	if p := relativeOwner(slots, lw, techs[0]); p >= 0 {
		plant = p // "close to the Vejle car plant, which builds the Zorvan, the first model of the Zorbix"
	} else if sub := a.subjects[si]; sub >= 0 && a.ents[sub].typ == graph.Plant {
		plant = sub // "Debrecen is the first plant designed under the BMW iFACTORY concept"
	} else if ps := of(slots, graph.Plant); len(ps) > 0 {
		plant = closestTo(ps, techs[0].from)
	} else if sub >= 0 && a.ents[sub].typ == graph.Company && a.anchorLeads(si, slots, sub, techs[0].from) {
		plant = sub // "The automaker also boasts its digital production process called the Arvo iWorks": no plant named
	} else if plant = a.townPlant(slots, techs[0].from); plant < 0 {
		if leadsSentence(lw, techs[0]) {
			return
		}
		plant = a.mainPlant() // an article about one plant
		if plant < 0 && a.interview() {
			plant = a.articlePlant() // the "here" of its director's answers
		}
	}
	parts := map[int]bool{} // "motors for the Zorbix Platform (ZP)": ZP too
	inner := innerTech(slots, lw)
	for _, tech := range techs {
		parts[tech.ent] = parts[tech.ent] || partFor(slots, lw, tech) || tech.from > inner
	}
	for _, tech := range techs {
		if deniedAfter(lw, tech.to) {
			parts[tech.ent] = true // and so for all its slots
		}
	}
	for _, tech := range techs {
		if !parts[tech.ent] {
			rb.add(si, plant, graph.Uses, tech.ent, 0.4)
		}
	}
}

// relativeOwner returns the plant whose relative clause holds slot s,
// or -1: "the Vejle plant, which builds the Zorvan on the Zorbix
// platform".
func relativeOwner(slots []slot, lw []string, s slot) int {
	owner := -1
	for _, p := range slots {
		if p.typ == graph.Plant && p.to+1 < s.from && lw[p.to] == "," && (lw[p.to+1] == "which" || lw[p.to+1] == "that") {
			owner = p.ent
		}
	}
	if owner >= 0 && slices.Contains(lw[:s.from], ";") {
		return -1
	}
	return owner
}

// leadsSentence reports whether slot s opens the sentence, past a quote
// mark and "the": there it is what acts ("The Zorbix Platform brings
// change to the way we build"), not what a plant works with.
func leadsSentence(lw []string, s slot) bool {
	i := 0
	for i < len(lw) && (lw[i] == "\"" || lw[i] == "the" || lw[i] == "“") {
		i++
	}
	return s.from == i
}

// deniedAfter reports whether a relative clause right after the token at
// i denies what it names: "cheaper chemistries such as LFP, which Arvo
// does not yet make".
func deniedAfter(lw []string, i int) bool {
	if i+2 < len(lw) && lw[i] == "(" && lw[i+2] == ")" {
		i += 3 // "lithium iron phosphate (LFP), which ..."
	} else if i < len(lw) && lw[i] == ")" {
		i++ // the acronym itself
	}
	if i+1 >= len(lw) || lw[i] != "," || lw[i+1] != "which" && lw[i+1] != "that" {
		return false
	}
	for k := i + 2; k < len(lw) && k < i+8; k++ {
		switch lw[k] {
		case "not", "n't", "never":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// techSubject reports whether a technology is the subject of use
// trigger t: "Zorbix Quality (ZQ) uses image recognition". What it uses
// is part of it, not something a plant or company uses on its own.
func techSubject(slots []slot, lw []string, t int) bool {
	i := t
	if i > 0 && lw[i-1] == "also" {
		i--
	}
	if i > 0 && lw[i-1] == ")" {
		i--
	}
	return slices.ContainsFunc(slots, func(s slot) bool { return s.typ == graph.Technology && s.to == i })
}

// innerTech returns the token after which technologies are parts of a
// technology that uses them (see techSubject), or len(lw).
func innerTech(slots []slot, lw []string) int {
	for t, w := range lw {
		if isUseWord(w) && techSubject(slots, lw, t) {
			return t
		}
	}
	return len(lw)
}

// forBefore returns the index of the "for" in "for" or "for the" right
// before token i, or -1: "motors for the Zorbix platform".
func forBefore(lw []string, i int) int {
	return forGoverning(lw, i, 2, func(k int) int {
		if lw[k] == "the" {
			return k
		}
		return -1
	})
}

// partNoun reports whether w names a part made for a platform, not a
// chemistry a cell is made with: "Zorbix motors", but "LFP cells".
func partNoun(w string) bool {
	switch w {
	case "motor", "motors", "component", "components", "part", "parts":
		return true
	}
	return false
}

// partFor reports whether technology slot tech names what a product is
// made for: "build 2,000 Zorbix motors a day", "batteries for the
// Zorbix platform". The plant making the part need not use the platform.
func partFor(slots []slot, lw []string, tech slot) bool {
	if tech.to < len(lw) && partNoun(lw[tech.to]) {
		return true
	}
	if f := forBefore(lw, tech.from); f > 0 && partNoun(lw[f-1]) {
		return true // "electric motors for the Zorbix platform"
	}
	for _, s := range slots {
		if s.typ != graph.Product {
			continue
		}
		if s.from == tech.to {
			return true // "Zorbix axles"
		}
		if f := forBefore(lw, tech.from); f >= 0 && s.to == f {
			return true // "batteries for the Zorbix"
		}
	}
	return false
}

// useVerb reports whether the use word at t is a verb of use, not a
// noun that shares its stem ("employees", "equipment", "installation")
// nor a hiring or a capacity: "will employ around 2,000 people", "an
// installed capacity of 125,000 cars".
func useVerb(lw []string, t int) bool {
	switch w := lw[t]; {
	case hasAnyPrefix(w, "employe", "employm", "equipm", "installa", "applica", "appliance"):
		return false
	case t+1 < len(lw) && hasAnyPrefix(w, "employ") && hiredCount(lw[t+1]):
		return false
	case t+1 < len(lw) && w == "installed" && lw[t+1] == "capacity":
		return false
	}
	return true
}

// hiredCount reports whether w opens a head count: "employ around
// 2,000 people", "employs 3,000".
func hiredCount(w string) bool {
	switch w {
	case "around", "about", "some", "more", "over", "nearly", "roughly", "up", "almost", "at", "people", "workers", "staff":
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// cellMakers reads "CATL plans to make lithium iron phosphate (LFP)
// batteries": whoever makes cells of a chemistry uses it. The maker is
// the plant or company before the verb, else the sentence's subject
// ("saying it would make LFP cells").
func (a *analysis) cellMakers(rb *relationBuilder, si int, slots []slot, lw []string) {
	for _, tech := range of(slots, graph.Technology) {
		v := tech.from - 1
		if v < 0 || !makeVerb(lw[v]) || a.negatedNear(si, v) || !cellsAfter(slots, lw, tech) {
			continue
		}
		user, blocked := a.userBefore(slots, lw, v)
		if user < 0 && !blocked {
			user = a.subjects[si]
		}
		rb.add(si, user, graph.Uses, tech.ent, 0.45)
	}
}

// makeVerb reports whether w says something is made: "make", "produces".
func makeVerb(w string) bool {
	return w == "make" || w == "makes" || w == "made" || w == "making" || hasAnyPrefix(w, "produc", "manufactur")
}

// cellsAfter reports whether cells follow technology slot tech, past
// its acronym: "lithium iron phosphate (LFP) batteries", "LFP cells".
func cellsAfter(slots []slot, lw []string, tech slot) bool {
	i := tech.to
	for _, s := range slots {
		if s.ent == tech.ent && s.from >= i && s.from <= i+1 {
			i = s.to // "(LFP"
		}
	}
	if i < len(lw) && lw[i] == ")" {
		i++
	}
	if i >= len(lw) {
		return false
	}
	switch lw[i] {
	case "cell", "cells", "battery", "batteries":
		return true
	}
	return false
}

// userBefore returns the plant or company named last before use trigger
// t, or -1; blocked when a clause break or a product stands between
// them: in "the platform that Arvo developed with Solvik, while the KV5
// sits on the Quendra platform" neither company is what sits on it.
func (a *analysis) userBefore(slots []slot, lw []string, t int) (user int, blocked bool) {
	user = -1
	for _, s := range slots {
		switch {
		case s.to > t:
		case s.typ == graph.Plant || s.typ == graph.Company:
			user, blocked = s.ent, !sameClause(lw, t, s) || inClosedRelative(lw, s, t)
		case s.typ == graph.Product:
			blocked = user >= 0
		}
	}
	if blocked {
		user = -1
	}
	return user, blocked
}

// inClosedRelative reports whether slot s lies in a relative clause
// that closes before token t: in "cells, which Arvo buys from Solvik,
// using a stacked design" the cells use the design, not Arvo.
func inClosedRelative(lw []string, s slot, t int) bool {
	open := -1
	for k := s.from - 1; k > 0 && open < 0; k-- {
		switch lw[k] {
		case "which", "who", "whom":
			if lw[k-1] == "," {
				open = k
			}
		case ",", ";", ".":
			return false
		}
	}
	return open >= 0 && slices.Contains(lw[s.to:t], ",")
}

// rollOuts returns the use triggers of two words: "the ecosystem that
// Arvo Motors has since rolled out across its plants".
func (a *analysis) rollOuts(si int, lw []string) []int {
	var out []int
	for i := 0; i+1 < len(lw); i++ {
		switch lw[i] {
		case "roll", "rolls", "rolled", "rolling":
			if lw[i+1] == "out" && !a.negatedNear(si, i) {
				out = append(out, i)
			}
		}
	}
	return out
}

// equipWith reads "Arvo Robotics will equip Solvik's Vejle plant with
// its Zorbix system": the plant equipped uses the technology, and the
// equipper develops what it calls its own.
func (a *analysis) equipWith(rb *relationBuilder, si int, slots []slot, lw []string, t int) bool {
	if !hasAnyPrefix(lw[t], "equip") {
		return false
	}
	with := -1
	for k := t + 1; k < len(lw) && with < 0; k++ {
		if lw[k] == "with" {
			with = k
		}
	}
	user := -1
	for _, s := range slots {
		if s.from > t && s.to <= with && (s.typ == graph.Plant || user < 0 && s.typ == graph.Company) {
			user = s.ent // "Solvik's Vejle plant": the plant
		}
	}
	if user < 0 {
		return false
	}
	equipper := lastSlotBefore(slots, t, graph.Company)
	for _, tech := range of(slots, graph.Technology) {
		if tech.from <= with {
			continue
		}
		rb.add(si, user, graph.Uses, tech.ent, 0.5)
		if tech.from-with <= 3 && slices.Contains(lw[with:tech.from], "its") {
			rb.add(si, equipper, graph.Develops, tech.ent, 0.45)
		}
	}
	return true
}

// anchorLeads reports whether the sentence si opens, before token t, on
// a noun phrase that refers back to entity e ("The automaker also
// boasts ..."): the text goes on about e itself. A name that opens the
// sentence is not enough ("Not every Arvo plant has a future").
func (a *analysis) anchorLeads(si int, slots []slot, e, t int) bool {
	if len(slots) == 0 || slots[0].ent != e || slots[0].from >= t || slots[0].from > 2 {
		return false
	}
	for _, an := range a.anchors[si] {
		if an.from == slots[0].from && an.ent == e {
			return true
		}
	}
	return false
}
