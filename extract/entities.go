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

// companyBase strips legal-form suffixes and a final "Group" from a
// company name: "BMW AG", "BMW Group" and "BMW" share the base "BMW".
func (x *Extractor) companyBase(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 {
		last := strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], ","), ".")
		if x.vocab.legal.has(last) || x.vocab.legal.has(last+".") || strings.EqualFold(last, "Group") {
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	return strings.Join(ws, " ")
}

// plantOperator shortens a company's name the way plant names use it:
// "Volvo Cars", "Toyota Motor Corporation", "Magna International" and "Kia
// Slovakia" run Volvo, Toyota, Magna and Kia plants; "General Motors" and
// "Mercedes-Benz Trucks" keep their names. A name of one word,
// or one that would lose all but a generic word, stays.
func (x *Extractor) plantOperator(name string) string {
	ws := strings.Fields(x.companyBase(name))
	for len(ws) > 1 {
		last := strings.TrimSuffix(ws[len(ws)-1], ".")
		switch last {
		case "Cars", "Motor", "Motors", "Auto", "Automotive", "Corporation", "Company", "Co", "International", "Technologies", "High-Tech", "Holding", "Holdings":
			if len(ws) == 2 && x.english[strings.ToLower(ws[0])] {
				break // "General Motors" is no General
			}
			ws = ws[:len(ws)-1]
			continue
		}
		if n := len(ws); n >= 3 && ws[n-2] == "&" {
			ws = ws[:n-3] // "MAN Truck & Bus"
			continue
		}
		if k := x.placeKind(last); (k == "country" || k == "subdivision") && !x.english[strings.ToLower(last)] {
			ws = ws[:len(ws)-1] // "Kia Slovakia", "Maruti Suzuki India"
			continue
		}
		break
	}
	return strings.Join(ws, " ")
}

// cluster groups mentions into entities and picks canonical names.
func (a *analysis) cluster() {
	x := a.x
	byKey := map[string]int{}
	newEnt := func(m *mention) int {
		a.ents = append(a.ents, &entity{typ: m.typ, operator: -1})
		return len(a.ents) - 1
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
				return k
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
		if m.typ == graph.Plant && m.place != "" && m.operator != "" {
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
		if m.typ == graph.Plant && m.place != "" && m.operator == "" {
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
		for _, t := range toks {
			if t.Text != "," && t.Text != "whose" && t.Text != "its" && t.Text != "with" {
				return ""
			}
		}
		return o.text
	}
	return ""
}

// possessor returns the text of the company that "its" before plant
// mention i refers to: the first company of the sentence, its subject as
// a rule ("Porsche has started production of the Macan at its Leipzig
// plant"), or "" when the sentence names none before the mention.
func (a *analysis) possessor(i int) string {
	m := a.ments[i]
	toks := a.dc.sents[m.sent].Toks
	if m.from == 0 || toks[m.from-1].Text != "its" {
		return ""
	}
	first, subject := "", ""
	for j := range a.ments {
		o := a.ments[j]
		if o.sent != m.sent || o.typ != graph.Company || o.end > m.start {
			continue
		}
		if first == "" {
			first = o.text
		}
		// "Kia runs the plant in Žilina, and General Motors builds vans
		// at its plant": the company that heads the clause of "its"
		if a.verbAfter(span{Sent: o.sent, From: o.from, To: o.to}) {
			subject = o.text
		}
	}
	if subject != "" {
		return subject
	}
	return first
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

// mergeInto moves every mention of entity from into entity to.
func (a *analysis) mergeInto(to, from int) {
	if to == from {
		return
	}
	for _, mi := range a.ents[from].ments {
		a.ments[mi].ent = to
	}
	a.ents[to].ments = append(a.ents[to].ments, a.ents[from].ments...)
	a.ents[from].ments = nil
	sort.Ints(a.ents[to].ments)
}

// linkGenerations joins "high-voltage batteries" to the "sixth-generation
// high-voltage batteries" of the same article: once an article names the
// generation of a product, the bare phrase is its shorthand. An article
// that names two generations of it keeps the bare phrase apart.
func (a *analysis) linkGenerations() {
	canon := func(e *entity) string { return a.ments[e.ments[0]].canonical() }
	gens := map[string][]int{} // folded bare phrase -> entities naming a generation of it
	for i, e := range a.ents {
		if len(e.ments) == 0 || e.typ != graph.Product && e.typ != graph.Technology {
			continue
		}
		ws := strings.Fields(graph.Fold(canon(e)))
		if len(ws) >= 3 && ws[1] == "generation" && (ordinal(ws[0]) || ws[0] == "next" || ws[0] == "new") {
			rest := string(e.typ) + ":" + strings.Join(ws[2:], " ")
			gens[rest] = append(gens[rest], i)
		}
	}
	for _, g := range gens {
		if len(g) == 1 {
			a.ents[g[0]].named = canon(a.ents[g[0]])
		}
	}
	for i, e := range a.ents {
		if len(e.ments) == 0 || e.named != "" {
			continue
		}
		if g := gens[string(e.typ)+":"+graph.Fold(canon(e))]; len(g) == 1 {
			a.mergeInto(g[0], i)
		}
	}
}

// linkMarketNames joins the names a model is sold under: "the Dolphin
// Surf, the small hatchback that BYD sells in China as the Seagull" names
// one product twice. A product after "as the" in a sentence about selling
// joins the product named before it in that sentence.
func (a *analysis) linkMarketNames() {
	for i := range a.ments {
		m := a.ments[i]
		if m.typ != graph.Product || m.from < 2 {
			continue
		}
		toks := a.dc.sents[m.sent].Toks
		if strings.ToLower(toks[m.from-2].Text) != "as" || strings.ToLower(toks[m.from-1].Text) != "the" ||
			!a.sentenceHas(m.sent, "sells", "sold", "sell", "marketed", "badged") {
			continue
		}
		for j := i - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
			if o := a.ments[j]; o.typ == graph.Product && o.end <= m.start {
				if !strings.HasPrefix(m.text, o.text+" ") { // "sold only as the X1 xDrive28i": a variant
					a.mergeInto(o.ent, m.ent)
				}
				break
			}
		}
	}
}

// ordinal reports whether w is an ordinal: "first" to "tenth", "1st", "6th".
func ordinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	n := len(w)
	return n >= 3 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// linkCompanies joins a one-word company with the longer company whose
// name starts with it and ends in a company word: "Infineon" and
// "Infineon Technologies", "Toyota" and "Toyota Motor Corporation"; a
// short name in capitals joins the one company it opens ("LG", "LG
// Energy Solution").
func (a *analysis) linkCompanies() {
	for i, e := range a.ents {
		if e.typ != graph.Company || len(e.ments) == 0 {
			continue
		}
		short := a.ments[e.ments[0]].canonical()
		if strings.Contains(short, " ") {
			continue
		}
		var cands []int
		for j, o := range a.ents {
			if j == i || o.typ != graph.Company || len(o.ments) == 0 {
				continue
			}
			long := a.x.companyBase(a.ments[o.ments[0]].canonical())
			ws := strings.Fields(long)
			// "LG" and "LG Energy Solution": a short all-capitals name
			// stands for the one longer company it opens
			// ("CATL Europe", "BYD Brasil" are subsidiaries of a company
			// known by its short name)
			_, known := a.x.cfg.Lexicon.lookup(short)
			brand := isAllCaps(short) && len(short) <= 4 && !known && len(ws) >= 2 && a.x.placeKind(strings.Join(ws[1:], " ")) == ""
			if len(ws) >= 2 && ws[0] == short && (a.x.vocab.orgTail.has(ws[len(ws)-1]) || brand) {
				cands = append(cands, j)
			}
		}
		if len(cands) == 1 {
			a.mergeInto(cands[0], i)
		}
	}
}

// linkPlaceAcronyms joins a place written as its initials to the one
// place of the document they abbreviate: "US" and "U.S." to "United
// States", "UAE" to "United Arab Emirates".
func (a *analysis) linkPlaceAcronyms() {
	for i, e := range a.ents {
		if e.typ != graph.Location || len(e.ments) == 0 {
			continue
		}
		acr := strings.ReplaceAll(a.ments[e.ments[0]].canonical(), ".", "")
		if !isAllCaps(acr) || len(acr) < 2 || len(acr) > 4 || strings.Contains(acr, " ") {
			continue
		}
		cand := -1
		for j, o := range a.ents {
			if j == i || o.typ != graph.Location || len(o.ments) == 0 {
				continue
			}
			var ws []string
			for _, w := range strings.Fields(a.ments[o.ments[0]].canonical()) {
				if !isLowerWord(w) {
					ws = append(ws, w) // "Republic of Korea" is ROK
				}
			}
			if len(ws) >= 2 && strings.EqualFold(initialsAll(ws), acr) {
				if cand >= 0 {
					cand = -2
					break
				}
				cand = j
			}
		}
		if cand >= 0 {
			a.mergeInto(cand, i)
		}
	}
}

// surnamesToPeople retypes a one-word entity of another type as a person
// when it is the first or last name of a person of the document: "Zipse"
// after "Oliver Zipse" is no company, "Milan" before "Nedeljković" no city.
func (a *analysis) surnamesToPeople() {
	parts := map[string]bool{}
	for _, e := range a.ents {
		if e.typ != graph.Person || len(e.ments) == 0 {
			continue
		}
		ws := strings.Fields(graph.Fold(a.ments[e.ments[0]].canonical()))
		if len(ws) >= 2 {
			parts[ws[0]] = true
			parts[ws[len(ws)-1]] = true
		}
	}
	for _, e := range a.ents {
		if e.typ == graph.Person || len(e.ments) == 0 {
			continue
		}
		f := graph.Fold(a.ments[e.ments[0]].canonical())
		if !strings.Contains(f, " ") && parts[f] {
			e.typ = graph.Person
			for _, mi := range e.ments {
				a.ments[mi].typ = graph.Person
			}
		}
	}
}

// linkShortNames joins a one-word plant name to the one longer plant name
// of the document that holds it: "the Metaplant" after "Hyundai Motor
// Group Metaplant America". (Models are left alone: "Countryman" and
// "Countryman E" are two models.)
func (a *analysis) linkShortNames() {
	for i, e := range a.ents {
		if e.typ == graph.Product {
			a.linkTrimName(i)
			continue
		}
		if e.typ != graph.Plant || len(e.ments) == 0 {
			continue
		}
		short := a.ments[e.ments[0]].canonical()
		if strings.Contains(short, " ") || isNumber(short) {
			continue
		}
		cand := -1
		for j, o := range a.ents {
			if j == i || o.typ != e.typ || len(o.ments) == 0 {
				continue
			}
			ws := strings.Fields(a.ments[o.ments[0]].canonical())
			if len(ws) < 2 {
				continue
			}
			hit := ws[0] == short || ws[len(ws)-1] == short
			if e.typ == graph.Plant {
				hit = slices.Contains(ws, short)
			}
			if hit {
				if cand >= 0 {
					cand = -2
					break
				}
				cand = j
			}
		}
		if cand >= 0 {
			a.mergeInto(cand, i)
		}
	}
}

// linkTrimName joins a model named without its drivetrain suffix or its
// maker's name to the one model of the document named with it: "Megane"
// and "Megane E-Tech Electric", "Countryman" and "Mini Countryman". Other
// suffixes name other models ("Countryman E" is not the Countryman).
func (a *analysis) linkTrimName(i int) {
	e := a.ents[i]
	if len(e.ments) == 0 {
		return
	}
	short := a.ments[e.ments[0]].canonical()
	cand := -1
	for j, o := range a.ents {
		if j == i || o.typ != graph.Product || len(o.ments) == 0 {
			continue
		}
		long := a.ments[o.ments[0]].canonical()
		// "Countryman" and "Mini Countryman": the maker's name before it
		if brand, ok := strings.CutSuffix(long, " "+short); ok && a.isCompanyWord(brand) {
			if cand >= 0 {
				return
			}
			cand = j
			continue
		}
		rest, ok := strings.CutPrefix(long, short+" ")
		if !ok {
			continue
		}
		trim := true
		for _, w := range strings.Fields(rest) {
			switch w {
			case "E-Tech", "Electric", "Hybrid", "EV", "e-tron", "Plug-in":
			default:
				trim = false
			}
		}
		if trim {
			if cand >= 0 {
				return
			}
			cand = j
		}
	}
	if cand >= 0 {
		a.mergeInto(cand, i)
	}
}

// linkPeople joins a surname used alone with the one full name that ends
// in it, and spelling variants of one name (a dropped accent, a typo).
func (a *analysis) linkPeople() {
	var people []int
	for i, e := range a.ents {
		if e.typ == graph.Person && len(e.ments) > 0 {
			people = append(people, i)
		}
	}
	folded := map[int]string{}
	for _, i := range people {
		folded[i] = graph.Fold(a.ments[a.ents[i].ments[0]].canonical())
	}
	for _, i := range people {
		if len(a.ents[i].ments) == 0 {
			continue
		}
		ni := folded[i]
		for _, j := range people {
			if j == i || len(a.ents[j].ments) == 0 || len(a.ents[i].ments) == 0 {
				continue
			}
			nj := folded[j]
			wi, wj := strings.Fields(ni), strings.Fields(nj)
			if len(wi) == 0 || len(wj) == 0 {
				continue
			}
			same := false
			switch {
			case len(wi) == 1 && len(wj) >= 2 && nearSame(wi[0], wj[len(wj)-1]):
				same = true
			case len(wi) >= 2 && len(wj) >= 2 && wi[0] == wj[0] && nearSame(wi[len(wi)-1], wj[len(wj)-1]) && ni != nj:
				same = len(a.ents[j].ments) >= len(a.ents[i].ments)
			}
			if same {
				a.mergeInto(j, i)
			}
		}
	}
}

// nearSame reports whether two folded words are equal or, when long,
// one or two edits apart.
func nearSame(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 6 || len(b) < 6 {
		return false
	}
	return editDistance(a, b, 2) <= 2
}

// editDistance returns the Levenshtein distance of a and b, or max+1
// once it is known to exceed max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			best = min(best, c)
		}
		if best > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
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
		if e.operator < 0 && e.opName == "" {
			// "Hyundai Motor Group Metaplant America": a company's name
			// opening the plant's own.
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

// linkRegionalPlants joins a plant named after a state or region ("the
// Kentucky plant") to the one plant of the same operator whose town lies
// in that region.
func (a *analysis) linkRegionalPlants() {
	for i, e := range a.ents {
		if k := a.x.placeKind(e.place); e.typ != graph.Plant || len(e.ments) == 0 || e.place == "" || k == "city" || k == "" {
			continue
		}
		var cands, stated []int
		for j, o := range a.ents {
			if j == i || o.typ != graph.Plant || len(o.ments) == 0 || o.operator != e.operator || o.place == "" {
				continue
			}
			if a.x.within(o.place, e.place) {
				cands = append(cands, j)
				if a.namedTogether(o.place, e.place) {
					stated = append(stated, j)
				}
			}
		}
		// Two plants there cannot be told apart, unless the article
		// places only one of their towns in the region ("Georgetown,
		// Kentucky" beside "Liberty, North Carolina", although a Liberty
		// lies in Kentucky too).
		cand := -1
		if len(cands) == 1 {
			cand = cands[0]
		} else if len(stated) == 1 {
			cand = stated[0]
		}
		if cand >= 0 {
			a.mergeInto(cand, i)
			e.place = ""
		}
	}
}

// namedTogether reports whether some sentence names the town and, right
// after it, the region: "Georgetown, Kentucky".
func (a *analysis) namedTogether(town, region string) bool {
	return strings.Contains(a.text, town+", "+region)
}

// sentenceCompany returns the company entity closest before mention m in
// its sentence or, failing that, the last company mentioned before it.
func (a *analysis) sentenceCompany(m mention) int {
	best, first := -1, -1
	for _, mi := range a.bySent[m.sent] {
		o := a.ments[mi]
		if o.typ != graph.Company || a.ents[o.ent].typ != graph.Company {
			continue
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
	if m.sent > 0 {
		if c := a.lastEntityBefore(m.sent-1, graph.Company); c >= 0 {
			return c
		}
	}
	return first
}

// name picks an entity's canonical name, its white space folded to single
// spaces ("Milan Nedeljković" written with a no-break space).
func (a *analysis) name(e *entity) {
	defer func() { e.name = strings.Join(strings.Fields(e.name), " ") }()
	x := a.x
	forms := map[string]int{}
	var order []string
	for _, mi := range e.ments {
		f := a.ments[mi].canonical()
		if _, ok := forms[f]; !ok {
			order = append(order, f)
		}
		forms[f]++
	}
	switch e.typ {
	case graph.Company:
		// The group name if the text uses it, else the longest form
		// without a legal suffix.
		best := ""
		for _, f := range order {
			if strings.HasSuffix(f, " Group") && !isAllCaps(f) {
				best = f
				break
			}
		}
		if best == "" {
			for _, f := range order {
				b := x.companyBase(f)
				if len(b) > len(best) {
					best = b
				}
			}
		}
		e.name = best
	case graph.Plant:
		for _, f := range order {
			ws := strings.Fields(f)
			n := len(ws)
			named := n >= 2 && isCapitalized(ws[0]) && x.vocab.siteHead.has(ws[n-1]) && isCapitalized(ws[n-1]) && ws[n-1] != "Plant"
			for _, w := range ws[1:] {
				// "Hyundai Motor Group Metaplant America"
				named = named || w == "Metaplant" || w == "Megafactory" || w == "Works" || w == "Campus" || w == "Centre" || w == "Center"
			}
			// "Marysville Auto Plant": a town, a descriptor, Plant.
			described := n >= 3 && ws[n-1] == "Plant" && x.vocab.siteMod.has(ws[n-2]) && isCapitalized(ws[n-2])
			if named || described || strings.HasPrefix(f, "Gigafactory ") || strings.HasPrefix(f, "Factory ") {
				e.name, e.proper = f, true
				break
			}
		}
		if e.name == "" && e.place != "" {
			op := e.opName
			if op == "" {
				// the operator as the plant's own mention writes it
				// ("ESMC's Dresden fab" is ESMC Plant Dresden)
				for _, mi := range e.ments {
					if w := a.ments[mi].operator; w != "" && !strings.Contains(w, " ") {
						op = x.companyBase(w)
						break
					}
				}
			}
			if op == "" && e.operator >= 0 {
				op = a.operatorShort(e.operator)
			}
			if le, ok := x.cfg.Lexicon.lookup(op); ok && le.Type == graph.Company && isAllCaps(op) && strings.EqualFold(op, x.companyBase(le.Name)) {
				op = x.companyBase(le.Name) // "MINI" is Mini
			}
			e.name = strings.TrimSpace(x.plantOperator(op) + " Plant " + e.place)
		}
		if e.name == "" {
			e.name = order[0]
		}
	case graph.Person:
		best := order[0]
		for _, f := range order {
			if len(strings.Fields(f)) > len(strings.Fields(best)) || len(strings.Fields(f)) == len(strings.Fields(best)) && forms[f] > forms[best] {
				best = f
			}
		}
		e.name = best
	default:
		if e.named != "" {
			e.name = e.named
			return
		}
		best := order[0]
		for _, f := range order {
			if forms[f] > forms[best] || forms[f] == forms[best] && len(f) > len(best) && !isAllCaps(f) {
				best = f
			}
		}
		for _, f := range order {
			if isAllCaps(best) && !isAllCaps(f) && strings.EqualFold(f, best) {
				best = f // a dateline's "DE SOTO" is De Soto
			}
		}
		e.name = best
	}
}

// operatorShort is the short company name used in plant names: "BMW" for
// BMW Group, "Volkswagen" for Volkswagen AG.
func (a *analysis) operatorShort(ei int) string {
	e := a.ents[ei]
	for _, mi := range e.ments {
		if m := a.ments[mi]; m.acronymOf > 0 {
			return m.text // "European Semiconductor Manufacturing Company (ESMC)" runs ESMC Plant Dresden
		}
	}
	best := ""
	for _, mi := range e.ments {
		b := a.x.companyBase(a.ments[mi].text)
		if best == "" || len(b) < len(best) && !isAllCaps(b) || isAllCaps(best) && !isAllCaps(b) {
			best = b
		}
	}
	return best
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
		for _, t := range a.dc.sents[m.sent].Toks {
			w := strings.ToLower(t.Text)
			if isProduceWord(w) || isSupplyWord(w) || isDevelopWord(w) || isUseWord(w) {
				return false
			}
		}
	}
	return true
}
