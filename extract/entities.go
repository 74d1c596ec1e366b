package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// entity is a document-level cluster of mentions of one thing.
type entity struct {
	name  string
	typ   graph.EntityType
	ments []int
	// plants: where it is and who runs it (entity index, -1 unknown).
	place    string
	operator int
	// proper is set for a plant with a name of its own.
	proper bool
	// opName is the operator as the plant's name gives it ("MINI" in
	// "MINI Plant Oxford"), when no company of the document matches it.
	opName string
	// named is a name chosen before naming: "sixth-generation
	// high-voltage battery" over the shorthand it absorbed.
	named string
}

// cluster groups mentions into entities and picks canonical names.
func (a *analysis) cluster() {
	x := a.x
	byKey := map[string]int{}
	newEnt := func(m *mention) int {
		a.ents = append(a.ents, &entity{typ: m.typ, operator: -1})
		return len(a.ents) - 1
	}
	// start offsets of plants next to another or no longer run by the
	// company named with them
	beside := map[int]bool{}
	for _, m := range a.ments {
		if a.besidePlant(m) || a.formerPlant(m) {
			beside[m.start] = true
		}
	}
	later := map[int]string{} // start offset -> "#2" for a town's later plant
	for i := range a.ments {
		if k := a.laterPlantKey(i); k != "" {
			later[a.ments[i].start] = k
		}
	}
	key := func(m *mention) string {
		switch m.typ {
		case graph.Company:
			return "company:" + graph.Fold(x.companyBase(m.canonical()))
		case graph.Plant:
			if m.place != "" {
				// Two companies may have plants in one town: the
				// operator is part of the key when the mention names it.
				k := "plant@" + graph.Fold(m.place) + "@" + graph.Fold(x.companyBase(m.operator))
				if strings.Contains(m.text, "Megafactory") {
					k += "#mega" // Tesla's Megapack plant is not its car plant
				}
				if beside[m.start] {
					k += "#beside"
				}
				if a.inSameTown(*m) {
					k += "#town" // not the plant named before
				}
				return k + later[m.start]
			}
		}
		return string(m.typ) + ":" + graph.Fold(m.canonical())
	}
	// A plant mention that names no operator joins the plant of its town
	// named with one, when there is exactly one such plant. A plant
	// mention that is just a town's name ("its plants in Dadong, Tiexi")
	// is at that town.
	towns := map[string]string{}
	for _, m := range a.ments {
		if m.typ == graph.Plant && m.place != "" {
			towns[graph.Fold(m.place)] = m.place
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ == graph.Plant && m.place == "" {
			if p, ok := towns[graph.Fold(m.text)]; ok {
				m.place = p
			}
		}
	}
	byTown := map[string][]string{}
	kinds := map[string]string{}     // plant key -> what its mentions say it makes
	operators := map[string]string{} // plant key -> its operator, folded
	for i := range a.ments {
		m := &a.ments[i]
		// a plant "in the same town" is not the one a bare mention joins
		if m.typ == graph.Plant && m.place != "" && m.operator != "" && !beside[m.start] && later[m.start] == "" && !a.inSameTown(*m) {
			town, k := graph.Fold(m.place), key(m)
			if !slices.Contains(byTown[town], k) {
				byTown[town] = append(byTown[town], k)
			}
			operators[k] = graph.Fold(x.companyBase(m.operator))
			if pk := a.plantKind(*m); pk != "" {
				kinds[k] = pk
			}
		}
	}
	// Plants named with no operator that say they make different things
	// in one town are different plants: "its Debrecen car plant" and "a
	// 100 GWh plant in Debrecen".
	opless := map[string]map[string]bool{} // town -> kinds
	for i := range a.ments {
		if m := a.ments[i]; m.typ == graph.Plant && m.place != "" && m.operator == "" {
			if kind := a.plantKind(m); kind != "" {
				town := graph.Fold(m.place)
				if opless[town] == nil {
					opless[town] = map[string]bool{}
				}
				opless[town][kind] = true
			}
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.acronymOf > 0 {
			continue
		}
		k := key(m)
		if m.typ == graph.Plant && m.place != "" && m.operator == "" && len(opless[graph.Fold(m.place)]) >= 2 && len(byTown[graph.Fold(m.place)]) == 0 {
			k += "#" + a.plantKind(*m)
		}
		nk := ""
		if m.operator == "" {
			nk = a.namedSiteIn(i)
		}
		if nk != "" {
			k = nk // "the Vejle campus" is the named campus there
		} else if m.typ == graph.Plant && m.place != "" && m.operator == "" {
			// "Continental, whose Camaçari tyre factory": a company just
			// before names the operator; else the town's one plant, if
			// it makes the same kind of thing ("the Debrecen cell plant"
			// is not "the Debrecen car plant").
			if c := a.companyBefore(i); c != "" {
				m.operator = c
				k = key(m)
			} else if c, ks := a.possessor(i), byTown[graph.Fold(m.place)]; c != "" && len(ks) == 1 && !sameCompanyText(graph.Fold(x.companyBase(c)), operators[ks[0]]) {
				// "Porsche ... at its Leipzig plant" is not the
				// "BMW Group Plant Leipzig" of the article
				m.operator = c
				k = key(m)
			} else if ks := byTown[graph.Fold(m.place)]; len(ks) == 1 && a.sameKind(m, kinds[ks[0]]) {
				k = ks[0]
			} else if len(ks) == 1 {
				k = key(m) + "#" + a.plantKind(*m)
			} else if pk := a.plantMaking(i, ks, kinds); pk != "" {
				k = pk
			}
		}
		e, ok := byKey[k]
		if !ok {
			e = newEnt(m)
			byKey[k] = e
		}
		m.ent = e
		a.ents[e].ments = append(a.ents[e].ments, i)
	}
	// Acronyms join their long form, and later uses of the acronym too.
	byStart := map[int]int{}
	for i, m := range a.ments {
		if m.acronymOf == 0 {
			byStart[m.start] = i
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.acronymOf == 0 {
			continue
		}
		li, ok := byStart[m.acronymOf-1]
		if !ok {
			m.acronymOf = 0
			e := newEnt(m)
			m.ent = e
			a.ents[e].ments = append(a.ents[e].ments, i)
			continue
		}
		long := a.ments[li].ent
		m.ent = long
		a.ents[long].ments = append(a.ents[long].ments, i)
		k := key(m)
		if e, ok := byKey[k]; ok && e != long {
			a.mergeInto(long, e)
		}
		byKey[k] = long
	}
	a.linkCompanies()
	a.linkShortNames()
	a.linkGenerations()
	a.linkMarketNames()
	a.surnamesToPeople()
	a.linkPeople()
	a.linkPlaceAcronyms()
	a.index()
	a.linkPlantsToCompanies()
	a.linkPlantAppositions()
	a.linkRegionalPlants()
	for _, e := range a.ents {
		if len(e.ments) > 0 {
			a.name(e)
		}
	}
	a.joinSameNamed()
}

// sameKindPlants reports whether plant entities i and j do not say they
// make different things: "the Salzgitter cell factory" is not "the
// Salzgitter engine plant", even when both end up as one name.
func (a *analysis) sameKindPlants(i, j int) bool {
	kind := func(e *entity) string {
		for _, mi := range e.ments {
			if k := a.plantKind(a.ments[mi]); k != "" {
				return k
			}
		}
		return ""
	}
	ki, kj := kind(a.ents[i]), kind(a.ents[j])
	return ki == "" || kj == "" || ki == kj
}

// joinSameNamed joins entities of one type that naming gave one name:
// "The ESMC site" and "its wafer fab in Dresden" are both ESMC Plant
// Dresden once the site is placed in the city and the fab's operator is
// named by its acronym. Plants that say they make different things stay
// apart.
func (a *analysis) joinSameNamed() {
	byName := map[string]int{}
	joined := false
	for i, e := range a.ents {
		if len(e.ments) == 0 || e.name == "" {
			continue
		}
		k := string(e.typ) + ":" + graph.Fold(e.name)
		if j, ok := byName[k]; ok && (e.typ != graph.Plant || a.sameKindPlants(j, i)) {
			a.mergeInto(j, i)
			joined = true
			continue
		}
		byName[k] = i
	}
	if joined {
		a.index()
	}
}

// plantKind returns what a plant mention says the plant makes: the
// product word among its words ("cell" in "Debrecen cell plant"), or "".
func (a *analysis) plantKind(m mention) string {
	toks := a.dc.sents[m.sent].Toks
	if m.from >= 1 && strings.EqualFold(toks[m.from-1].Text, "GWh") {
		return "cell" // "a 100 GWh plant in Debrecen": the capacity is outside the name
	}
	kind := ""
	for _, t := range toks[m.from:m.to] {
		// the kind word nearest the site noun: a "battery recycling
		// plant" recycles
		switch w := strings.ToLower(t.Text); w {
		case "cell", "battery", "car", "vehicle", "engine", "bus", "truck", "transmission", "chip", "wafer", "recycling", "cathode", "tyre", "tire", "motor", "van", "components", "parts", "gwh":
			switch w {
			case "battery", "gwh":
				w = "cell"
			case "vehicle":
				w = "car"
			}
			kind = w
		case "in", "at", "near":
			return kind // "plant in Debrecen": the words after are the place
		}
	}
	return kind
}

// sameKind reports whether a plant mention may name a plant that makes
// kind: yes when either says nothing.
func (a *analysis) sameKind(m *mention, kind string) bool {
	mk := a.plantKind(*m)
	return mk == "" || kind == "" || mk == kind
}

// companyBefore returns the text of the company mention right before
// mention i in its sentence, with at most a comma and "whose" or "its"
// between them, or "".
func (a *analysis) companyBefore(i int) string {
	m := a.ments[i]
	for j := i - 1; j >= 0; j-- {
		o := a.ments[j]
		if o.sent != m.sent {
			break
		}
		if o.typ != graph.Company || o.end > m.start {
			continue
		}
		toks := a.dc.sents[m.sent].Toks[o.to:m.from]
		if len(toks) > 8 {
			return ""
		}
		for _, t := range toks {
			if t.Text != "," && t.Text != "whose" && t.Text != "its" && t.Text != "with" && !buildingClauseWord(t.Text) {
				return ""
			}
		}
		return o.text
	}
	return ""
}

// sameCompanyText reports whether two folded company names may name one
// company: they share their first word ("zf" and "zf friedrichshafen",
// "kia" and "kia slovakia") or one is the initials of the other ("esmc").
func sameCompanyText(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if fa[0] == fb[0] {
		return true
	}
	return initialsAll(fa) == strings.ReplaceAll(b, " ", "") || initialsAll(fb) == strings.ReplaceAll(a, " ", "")
}

// linkPlantsToCompanies finds each plant's operator: the company named
// in or before the plant's name, the possessive owner, else the company
// the sentence or the article is about.
func (a *analysis) linkPlantsToCompanies() {
	companyByBase := map[string]int{}
	counts := map[int]int{}
	for i, e := range a.ents {
		if e.typ != graph.Company {
			continue
		}
		for _, mi := range e.ments {
			companyByBase[graph.Fold(a.x.companyBase(a.ments[mi].canonical()))] = i
			companyByBase[graph.Fold(a.x.companyBase(a.ments[mi].text))] = i
		}
		counts[i] = len(e.ments)
	}
	main := -1
	for i, c := range counts {
		if main < 0 || c > counts[main] || c == counts[main] && i < main {
			main = i
		}
	}
	for _, e := range a.ents {
		if e.typ != graph.Plant || len(e.ments) == 0 {
			continue
		}
		for _, mi := range e.ments {
			m := a.ments[mi]
			if m.place != "" && e.place == "" {
				e.place = m.place
			}
			if m.operator != "" && e.operator < 0 {
				if c, ok := companyByBase[graph.Fold(a.x.companyBase(m.operator))]; ok {
					e.operator = c
				} else if e.opName == "" {
					e.opName = a.x.companyBase(m.operator)
				}
			}
		}
		if e.operator < 0 {
			// "Hyundai Motor Group Metaplant America": a company's name
			// opening the plant's own, also when the name's operator
			// part runs on past it ("Hyundai Motor Group Metaplant").
			for _, mi := range e.ments {
				ws := strings.Fields(a.ments[mi].text)
				for k := len(ws) - 1; k >= 1 && e.operator < 0; k-- {
					if c, ok := companyByBase[graph.Fold(a.x.companyBase(strings.Join(ws[:k], " ")))]; ok {
						e.operator = c
					}
				}
			}
		}
		if e.operator < 0 {
			// "Ford Otosan, the joint venture of Ford and Koç Holding,
			// builds the Puma at its plant in Craiova": "its" is the
			// sentence's subject, not the company named last
			for _, mi := range e.ments {
				if c, ok := companyByBase[graph.Fold(a.x.companyBase(a.possessor(mi)))]; ok && e.operator < 0 {
					e.operator = c
				}
			}
		}
		if e.operator < 0 {
			e.operator = a.sentenceCompany(a.ments[e.ments[0]])
		}
		if e.operator < 0 {
			e.operator = main
		}
	}
}

// sentenceCompany returns the company entity closest before mention m in
// its sentence or, failing that, the last company mentioned before it.
func (a *analysis) sentenceCompany(m mention) int {
	best, first := -1, -1
	appFrom, appTo := a.openerApposition(m.sent)
	for _, mi := range a.bySent[m.sent] {
		o := a.ments[mi]
		if o.typ != graph.Company || a.ents[o.ent].typ != graph.Company || inSpan(o, appFrom, appTo) && !inSpan(m, appFrom, appTo) {
			continue // "Kovra, the cell maker controlled by Zorvan, makes cells at a new gigafactory"
		}
		if first < 0 {
			first = o.ent
		}
		if o.start < m.start {
			best = o.ent
		}
	}
	if best >= 0 {
		return best
	}
	if c := a.groupAnchored(m); c >= 0 {
		return c
	}
	if m.sent > 0 {
		if c := a.freeCompanyBefore(m.sent - 1); c >= 0 {
			return c
		}
		if c := a.lastEntityBefore(m.sent-1, graph.Company); c >= 0 {
			return c
		}
	}
	return first
}

// freeCompanyBefore returns the company last named in sentence si or
// the two before it other than after "of": "Matthias Zentgraf, then
// president of CATL Europe, said ... In August 2022 the company
// announced it would invest in a plant in Debrecen" is CATL's plant,
// the company the text was about. -1 when there is none.
//
// A company named as a later noun's owner ("BBA has grown into the Arvo
// Group's largest base") is passed over for one named before it in its
// sentence, which is what the sentence is about.
func (a *analysis) freeCompanyBefore(si int) int {
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := a.bySent[s]
		owner := -1
		for k := len(ms) - 1; k >= 0; k-- {
			m := a.ments[ms[k]]
			if a.ents[m.ent].typ != graph.Company || a.afterOf(m) {
				continue
			}
			if !a.ownerOfLater(m) {
				return m.ent
			}
			if owner < 0 {
				owner = m.ent
			}
		}
		if owner >= 0 {
			return owner
		}
	}
	return -1
}

// ownerOfLater reports whether mention m is a possessive after "the":
// "the Arvo Group's largest base".
func (a *analysis) ownerOfLater(m mention) bool {
	toks := a.dc.sents[m.sent].Toks
	return m.from > 0 && m.to < len(toks) && strings.EqualFold(toks[m.from-1].Text, "the") && isPossessiveTok(toks[m.to].Text)
}

// entities returns the document's entities with aliases and mentions.
//
// A product or technology known only from lower-case noun phrases is kept
// when a relation uses it: "battery cells" said in passing is no product
// of anyone's, "makes battery cells" is.
func (a *analysis) entities(rels []graph.Relation) []graph.Entity {
	used := map[graph.Key]bool{}
	for _, r := range rels {
		used[r.Subject], used[r.Object] = true, true
	}
	var out []graph.Entity
	for _, e := range a.ents {
		if len(e.ments) == 0 || e.name == "" {
			continue
		}
		if !used[graph.Key{Name: e.name, Type: e.typ}] && a.onlyPhrases(e) {
			continue
		}
		ge := graph.Entity{Name: e.name, Type: e.typ}
		seen := map[string]bool{e.name: true}
		for _, mi := range e.ments {
			m := a.ments[mi]
			ge.Mentions = append(ge.Mentions, graph.Mention{Span: graph.Span{Start: m.start, End: m.end}, Text: m.text})
			if !seen[m.text] {
				seen[m.text] = true
				ge.Aliases = append(ge.Aliases, m.text)
			}
		}
		sort.Slice(ge.Mentions, func(i, j int) bool { return ge.Mentions[i].Start < ge.Mentions[j].Start })
		out = append(out, ge)
	}
	return out
}

// onlyPhrases reports whether every mention of e is a lower-case phrase
// in a sentence that says nothing of making, supplying, developing or
// using it.
func (a *analysis) onlyPhrases(e *entity) bool {
	for _, mi := range e.ments {
		m := a.ments[mi]
		if !m.phrase {
			return false
		}
		lw := lowerWords(a.dc.sents[m.sent].Toks)
		for _, w := range lw {
			if isProduceWord(w) || isSupplyWord(w) || isDevelopWord(w) || isUseWord(w) {
				return false
			}
		}
		if len(turnInto(lw)) > 0 {
			return false // "turns cathode materials into cells"
		}
	}
	return true
}

// buildingClauseWord reports whether w may stand in a relative clause
// that says a company builds the plant after it: "AESC, which is
// building a gigafactory in Douai".
func buildingClauseWord(w string) bool {
	switch w {
	case "which", "that", "is", "are", "will", "has", "plans", "to", "also", "a", "an", "new", "own",
		"build", "building", "builds", "open", "opening", "opens", "putting", "puts", "up", "erecting", "constructing":
		return true
	}
	return false
}
