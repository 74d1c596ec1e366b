package extract

// Rules that join the entities of one article that name one thing:
// acronyms, short names, surnames, generations, plants by region.

import (
	"slices"
	"sort"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

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
		_, known := a.x.cfg.Lexicon.lookup(short)
		a.mergeIntoOnly(i, func(o *entity) bool {
			if o.typ != graph.Company {
				return false
			}
			ws := strings.Fields(a.x.companyBase(a.ments[o.ments[0]].canonical()))
			// "LG" and "LG Energy Solution": a short all-capitals name
			// stands for the one longer company it opens
			// ("CATL Europe", "BYD Brasil" are subsidiaries of a company
			// known by its short name)
			brand := isAllCaps(short) && len(short) <= 4 && !known && len(ws) >= 2 && a.x.placeKind(strings.Join(ws[1:], " ")) == ""
			// "Zorva Electric" is typed company only where it acts as one
			electric := ws[len(ws)-1] == "Electric"
			return len(ws) >= 2 && ws[0] == short && (a.x.vocab.orgTail.has(ws[len(ws)-1]) || brand || electric)
		})
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
		a.mergeIntoOnly(i, func(o *entity) bool {
			if o.typ != graph.Location {
				return false
			}
			var ws []string
			for _, w := range strings.Fields(a.ments[o.ments[0]].canonical()) {
				if !isLowerWord(w) {
					ws = append(ws, w) // "Republic of Korea" is ROK
				}
			}
			return len(ws) >= 2 && strings.EqualFold(initialsAll(ws), acr)
		})
	}
}

// mergeIntoOnly merges entity i into the one other entity that match
// accepts; when none or several do, it leaves i alone.
func (a *analysis) mergeIntoOnly(i int, match func(o *entity) bool) {
	cand := -1
	for j, o := range a.ents {
		if j == i || len(o.ments) == 0 || !match(o) {
			continue
		}
		if cand >= 0 {
			return // several: cannot tell
		}
		cand = j
	}
	if cand >= 0 {
		a.mergeInto(cand, i)
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
		if a.ments[e.ments[0]].place == short {
			continue // "its plants in Douai": the town's plants were joined by town and operator
		}
		a.mergeIntoOnly(i, func(o *entity) bool {
			ws := strings.Fields(a.ments[o.ments[0]].canonical())
			return o.typ == graph.Plant && len(ws) >= 2 && slices.Contains(ws, short)
		})
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
	a.mergeIntoOnly(i, func(o *entity) bool {
		if o.typ != graph.Product {
			return false
		}
		long := a.ments[o.ments[0]].canonical()
		// "Countryman" and "Mini Countryman": the maker's name before it
		if brand, ok := strings.CutSuffix(long, " "+short); ok && a.isCompanyWord(brand) {
			return true
		}
		rest, ok := strings.CutPrefix(long, short+" ")
		if !ok {
			return false
		}
		for _, w := range strings.Fields(rest) {
			switch w {
			case "E-Tech", "Electric", "Hybrid", "EV", "e-tron", "Plug-in":
			default:
				return false
			}
		}
		return true
	})
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
			together := a.namedTogether(o.place, e.place)
			// A town the gazetteer does not know counts when the
			// article itself places it in the region.
			if together || a.x.within(o.place, e.place) {
				cands = append(cands, j)
				if together {
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
// after it, the region: "Georgetown, Kentucky", or "Ashby, in the Marl
// district of Upper Fenland".
func (a *analysis) namedTogether(town, region string) bool {
	for rest := a.text; ; {
		i := strings.Index(rest, town+", ")
		if i < 0 {
			return false
		}
		rest = rest[i+len(town)+2:]
		if strings.HasPrefix(rest, region) {
			return true
		}
		if strings.HasPrefix(rest, "in the ") {
			if end := strings.IndexAny(rest, ".,;"); end > 0 && strings.HasSuffix(rest[:end], " of "+region) {
				return true
			}
		}
	}
}

// linkPlantAppositions joins a plant's name to the description in
// apposition after it: "Arvo Energy Park Ostvik, the lithium iron
// phosphate (LFP) cell plant in Vejle" names one plant, not two.
func (a *analysis) linkPlantAppositions() {
	for mi := range a.ments {
		m := &a.ments[mi]
		e := m.ent
		if a.ents[e].typ != graph.Plant || m.text == "" || !isLowerWord(firstWord(m.text)) {
			continue
		}
		toks := a.dc.sents[m.sent].Toks
		k := m.from - 1
		for k > 0 && describingWord(toks[k].Text) {
			k--
		}
		// "its Kora 1 plant in Vejle": the name stands right before
		end := m.from
		if k >= 1 && (toks[k].Text == "the" || toks[k].Text == "a" || toks[k].Text == "its" || toks[k].Text == "their") && toks[k-1].Text == "," {
			end = k - 1
		}
		// the mentions are sorted by offset: the name is among those of
		// the sentence before m
		for j := mi - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
			if o := &a.ments[j]; o.to == end && o.ent != e && a.ents[o.ent].typ == graph.Plant && isCapitalized(o.text) {
				to, from := a.ents[o.ent], a.ents[e]
				if from.place != "" && (to.place == "" || a.x.within(from.place, to.place)) {
					to.place = from.place // "in Vejle, Kentucky" over the name's "Kentucky"
				}
				if to.operator < 0 {
					to.operator = from.operator
				}
				a.mergeInto(o.ent, e)
				break
			}
		}
	}
}

// firstWord returns the text up to its first space.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// describingWord reports whether w may stand between "the" and a site
// noun: a lower-case modifier, an acronym or its brackets.
func describingWord(w string) bool {
	switch w {
	case "the", "a", "an", "which", "that", "and", "or", "its", "their":
		return false
	case "(", ")":
		return true
	}
	return isLowerWord(w) || isAllCaps(w)
}
