package extract

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// slot is an entity occurrence in a sentence, named or referred to.
type slot struct {
	ent, from, to int
	typ           graph.EntityType
}

// relationBuilder collects the relations of one document.
type relationBuilder struct {
	a    *analysis
	doc  string
	out  []graph.Relation
	seen map[graph.Triple]bool
}

func (rb *relationBuilder) add(si, subj int, p graph.Predicate, obj int, conf float64) {
	if subj < 0 || obj < 0 || subj == obj {
		return
	}
	a := rb.a
	s, o := a.ents[subj], a.ents[obj]
	if s.name == "" || o.name == "" || s.typ == o.typ && graph.Fold(s.name) == graph.Fold(o.name) {
		return // no entity relates to itself
	}
	r := graph.Relation{
		Subject:   graph.Key{Name: s.name, Type: s.typ},
		Predicate: p,
		Object:    graph.Key{Name: o.name, Type: o.typ},
	}
	if r.Check() != nil || rb.seen[r.Triple()] {
		return
	}
	if p.Symmetric() && rb.seen[graph.Triple{Subject: r.Object, Predicate: p, Object: r.Subject}] {
		return
	}
	sent := a.dc.sents[si]
	r.Evidence = graph.Evidence{
		Doc:        rb.doc,
		Sentence:   a.text[sent.Start:sent.End],
		Span:       graph.Span{Start: sent.Start, End: sent.End},
		Confidence: conf,
	}
	rb.seen[r.Triple()] = true
	rb.out = append(rb.out, r)
}

// relations extracts the relations of the document, sentence by sentence.
func (a *analysis) relations(docKey string) []graph.Relation {
	rb := &relationBuilder{a: a, doc: docKey, seen: map[graph.Triple]bool{}}
	bySent := make([][]slot, len(a.dc.sents))
	for i, m := range a.ments {
		e := a.ents[m.ent]
		if e.name == "" || e.typ == graph.Company && a.nestedInPlant(i) {
			continue // the operator named inside a plant's name acts through the plant
		}
		bySent[m.sent] = append(bySent[m.sent], slot{ent: m.ent, from: m.from, to: m.to, typ: e.typ})
	}
	for si, anchors := range a.anchors {
		for _, an := range anchors {
			bySent[si] = append(bySent[si], slot{ent: an.ent, from: an.from, to: an.to, typ: a.ents[an.ent].typ})
		}
	}
	a.goods = a.goodsAnaphora(bySent)
	a.subjects = make([]int, len(a.dc.sents))
	for si := range a.dc.sents {
		sortSlots(bySent[si])
		a.subjects[si] = a.subjectOf(si, bySent[si])
		slots, ok := a.standingSlots(si, bySent[si])
		if !ok {
			continue
		}
		a.sentenceRelations(rb, si, slots)
	}
	a.countedBrands(rb, bySent)
	a.plantRelations(rb)
	a.documentContainment(rb)
	a.namedSubsidiaries(rb)
	return a.mostSpecificPlaces(a.preferPlants(a.dropCellPlantModels(rb.out)))
}

// mostSpecificPlaces drops "X located_in B" when X is also located_in a
// place A that lies in B: the guidelines go hop by hop, so a plant in
// Georgetown, Kentucky is in Georgetown, and Georgetown in Kentucky.
func (a *analysis) mostSpecificPlaces(rs []graph.Relation) []graph.Relation {
	places := map[graph.Key][]graph.Relation{}
	stated := map[[2]graph.Key]bool{}
	for _, r := range rs {
		if r.Predicate == graph.LocatedIn {
			places[r.Subject] = append(places[r.Subject], r)
			stated[[2]graph.Key{r.Subject, r.Object}] = true
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if r.Predicate == graph.LocatedIn && len(places[r.Subject]) > 1 && !a.bestPlace(r, places[r.Subject], stated) {
			continue
		}
		if r.Predicate == graph.LocatedIn && r.Subject.Type == graph.Location && a.x.placeKind(r.Object.Name) == "continent" && a.x.placeKind(r.Subject.Name) != "country" {
			continue // a town is in its country, not straight in a continent: "Kuppenheim ... the first plant in Europe"
		}
		out = append(out, r)
	}
	return out
}

// bestPlace reports whether located_in relation r stays among the others
// of its subject: none of them lies inside r's place, by the gazetteer or
// by what the article states (a town in a district the gazetteer does not
// know, which the article places in the region), and, for a town, no
// other place of the same level is stated more surely ("LIBERTY, N.C."
// over a Kentucky namesake the gazetteer knows).
func (a *analysis) bestPlace(r graph.Relation, others []graph.Relation, stated map[[2]graph.Key]bool) bool {
	kind := a.x.placeKind(r.Object.Name)
	for _, o := range others {
		if o.Object == r.Object {
			continue
		}
		if a.x.within(o.Object.Name, r.Object.Name) || stated[[2]graph.Key{o.Object, r.Object}] {
			return false
		}
		if r.Subject.Type == graph.Location && kind != "" && a.x.placeKind(o.Object.Name) == kind && o.Evidence.Confidence > r.Evidence.Confidence {
			return false
		}
	}
	return true
}
func sortSlots(ss []slot) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].from < ss[j-1].from; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

// nestedInPlant reports whether mention i lies inside a plant mention of
// its sentence.
func (a *analysis) nestedInPlant(i int) bool {
	m := a.ments[i]
	for _, j := range a.bySent[m.sent] {
		o := a.ments[j]
		if j != i && a.ents[o.ent].typ == graph.Plant && o.start <= m.start && m.end <= o.end && o.end-o.start > m.end-m.start {
			return true
		}
	}
	return false
}

// subjectOf returns the company or plant a sentence is about: the one
// that opens it ("Tesla builds", "The Zwickau plant has"), or, for a
// sentence opening with a pronoun ("It builds", "Its products"), the
// subject of the sentence before. -1 when there is none.
func (a *analysis) subjectOf(si int, slots []slot) int {
	toks := a.dc.sents[si].Toks
	if len(toks) == 0 {
		return -1
	}
	if s := a.openingSubject(si, slots); s >= 0 {
		return s
	}
	if len(slots) > 0 && slots[0].from == 0 && slots[0].typ == graph.Location {
		// "Sindelfingen, south-west of Stuttgart, is Mercedes-Benz's
		// largest car plant ... it builds the E-Class": a town that
		// opens the sentence stands for its one plant
		if p := a.plantAt(a.ents[slots[0].ent].name, -1); p >= 0 {
			return p
		}
	}
	switch strings.ToLower(toks[0].Text) {
	case "it", "its", "there", "here":
		if si > 0 {
			return a.subjects[si-1]
		}
	}
	return -1
}

// cancelled reports whether a sentence calls off, denies or only
// imagines what it tells: no relation of it stands.
func (a *analysis) cancelled(si int) bool {
	toks := a.dc.sents[si].Toks
	if n := len(toks); n > 0 && toks[n-1].Text == "?" {
		return true // "Will Vejle also build the Zorvan?" asks, it does not tell
	}
	return slices.ContainsFunc(toks, callsOff)
}

// callsOff reports whether token t calls off, denies or only imagines
// what its sentence or clause tells: "scrapped", "denied", "unlikely".
func callsOff(t token) bool {
	switch strings.ToLower(t.Text) {
	case "cancelled", "canceled", "cancels", "cancel", "scrapped", "scraps", "scrap", "shelved", "shelves",
		"abandoned", "abandons", "denied", "denies", "deny", "frozen", "froze", "axed", "rumoured", "rumored",
		"speculation", "hypothetically", "unlikely", "ruled", "halted", "dropped":
		return true
	}
	return false
}

// negatedNear reports whether a negation or hedge stands in the few words
// before token i: "will not build", "could consider building", "never
// produced".
func (a *analysis) negatedNear(si, i int) bool {
	toks := a.dc.sents[si].Toks
	for j := max(0, i-5); j < i && j < len(toks); j++ {
		switch strings.ToLower(toks[j].Text) {
		case "not", "n't", "never", "no", "could", "might", "nor", "without", "instead":
			return true
		}
	}
	return false
}

// plantRelations adds what a plant's own name and context state: its
// operator runs it, and it is in its place.
func (a *analysis) plantRelations(rb *relationBuilder) {
	locByName := map[string]int{}
	for i, e := range a.ents {
		if e.typ == graph.Location && len(e.ments) > 0 {
			locByName[graph.Fold(e.name)] = i
		}
	}
	for i, e := range a.ents {
		if e.typ != graph.Plant || len(e.ments) == 0 {
			continue
		}
		first := a.ments[e.ments[0]].sent
		if off := a.cancelledTokens(first); e.operator >= 0 && (off == nil || !off[a.ments[e.ments[0]].from]) {
			rb.add(first, e.operator, graph.Operates, i, 0.7)
		}
		if l, ok := locByName[graph.Fold(e.place)]; ok {
			if town := a.datelinePlant(i, l); town >= 0 {
				l = town // a plant named after its state, in the dateline's town
			}
			rb.add(first, i, graph.LocatedIn, l, 0.7)
			continue
		}
		if pair := a.slashPlaces(e.place); pair != nil {
			// "ACC Plant Ravel-Orsy/Dorn" stands in both towns
			for _, p := range pair {
				if l, ok := locByName[graph.Fold(p)]; ok {
					rb.add(first, i, graph.LocatedIn, l, 0.7)
				}
			}
			continue
		}
		// A plant with a name of its own, in a sentence that names one
		// town: "Plant Lydia ... in Shenyang".
		if e.place == "" {
			if l := a.onlyTown(first); l >= 0 {
				rb.add(first, i, graph.LocatedIn, l, 0.5)
			}
		}
	}
}

// onlyTown returns the one town-level location named in sentence si, or
// -1 when there are none or several.
func (a *analysis) onlyTown(si int) int {
	town := -1
	for _, mi := range a.bySent[si] {
		m := a.ments[mi]
		e := m.ent
		if a.ents[e].typ != graph.Location || e == town {
			continue
		}
		if k := a.x.placeKind(a.ents[e].name); k != "city" && k != "" {
			continue
		}
		if town >= 0 {
			return -1
		}
		town = e
	}
	return town
}

// documentContainment links the places of the whole document that the
// gazetteer says lie one in the other, hop by hop: an article about
// Győr that names Hungary elsewhere places Győr in Hungary. The evidence
// is the first sentence that names both, else the first that names the
// smaller place.
func (a *analysis) documentContainment(rb *relationBuilder) {
	var locs []int
	for i, e := range a.ents {
		if e.typ == graph.Location && len(e.ments) > 0 {
			locs = append(locs, i)
		}
	}
	if len(locs) < 2 || len(locs) > 60 {
		return // a digest of many places is no single article's geography
	}
	memo := map[[2]int]bool{}
	in := func(x, y int) bool {
		k := [2]int{x, y}
		v, ok := memo[k]
		if !ok {
			v = a.x.within(a.ents[x].name, a.ents[y].name)
			memo[k] = v
		}
		return v
	}
	for _, x := range locs {
		if a.placeRank(x) > 1 && !isCountyName(a.ents[x].name) {
			continue // states and countries: only where a sentence says so
		}
		// "Liberty, North Carolina": a town the article writes with its
		// region is in no other region the gazetteer has a namesake in
		stated := map[int]bool{}
		for _, y := range locs {
			if x != y && in(x, y) && a.namedTogether(a.ents[x].name, a.ents[y].name) {
				stated[a.placeRank(y)] = true
			}
		}
		for _, y := range locs {
			if x == y || !in(x, y) {
				continue
			}
			if stated[a.placeRank(y)] && !a.namedTogether(a.ents[x].name, a.ents[y].name) || a.writtenElsewhere(x, y) {
				continue
			}
			hop := true
			for _, z := range locs {
				if z != x && z != y && in(x, z) && in(z, y) {
					hop = false
				}
			}
			if hop && a.nearby(x, y, 2) {
				rb.add(a.sharedSentence(x, y), x, graph.LocatedIn, y, 0.5)
			}
		}
	}
}

// nearby reports whether entities x and y are named within n sentences
// of each other: a place given a paragraph away still frames the town.
func (a *analysis) nearby(x, y, n int) bool {
	for _, mi := range a.ents[x].ments {
		for _, mj := range a.ents[y].ments {
			if abs(a.ments[mi].sent-a.ments[mj].sent) <= n {
				return true
			}
		}
	}
	return false
}

// sharedSentence returns the first sentence naming both entities, else
// the first naming x.
func (a *analysis) sharedSentence(x, y int) int {
	sents := map[int]bool{}
	for _, mi := range a.ents[y].ments {
		sents[a.ments[mi].sent] = true
	}
	for _, mi := range a.ents[x].ments {
		if sents[a.ments[mi].sent] {
			return a.ments[mi].sent
		}
	}
	return a.ments[a.ents[x].ments[0]].sent
}

// plantMakesKind reports whether the plant named plant says, in one of
// its mentions, that it makes things of product's kind: a "cell plant"
// makes "LFP battery cells", a "wafer fab" microcontrollers.
func (a *analysis) plantMakesKind(plant, product string) bool {
	words := strings.Fields(graph.Fold(product))
	for _, e := range a.ents {
		if e.typ != graph.Plant || e.name != plant {
			continue
		}
		for _, mi := range e.ments {
			var names []string
			switch k := a.plantKind(a.ments[mi]); k {
			case "", "car", "components", "parts":
			case "cell":
				names = []string{"cell", "battery"}
			case "chip", "wafer":
				names = []string{"chip", "wafer", "microcontroller", "semiconductor"}
			default:
				names = []string{k}
			}
			for _, n := range names {
				if slices.Contains(words, n) {
					return true
				}
			}
		}
	}
	return false
}

// commonGoods reports whether a product name ends in a common noun
// ("LFP battery cell"), not in a model's name ("Zorvan 4").
func commonGoods(name string) bool {
	ws := strings.Fields(name)
	return len(ws) > 0 && ws[len(ws)-1] == strings.ToLower(ws[len(ws)-1]) && strings.ToUpper(ws[len(ws)-1]) != ws[len(ws)-1]
}

// otherPlants reports whether every plant that produces product p has a
// known operator.
func otherPlants(rs []graph.Relation, p graph.Key, operated map[graph.Key]bool) bool {
	for _, r := range rs {
		if r.Predicate == graph.Produces && r.Object == p && r.Subject.Type == graph.Plant && !operated[r.Subject] {
			return false
		}
	}
	return true
}

// preferPlants drops "company produces X" when a plant of the document
// produces X: the company's part follows from operates.
func (a *analysis) preferPlants(rs []graph.Relation) []graph.Relation {
	byPlant := map[graph.Key]bool{}
	for _, r := range rs {
		if r.Predicate == graph.Produces && r.Subject.Type == graph.Plant {
			byPlant[r.Object] = true
		}
	}
	// plants: company -> the plants it operates. suppliers: companies
	// that supply another, whose plants the text may not name: "LFP
	// cells supplied by Norvik" beside Arvo's cell plant is Norvik's
	// product as well. Common goods only: a named model ("Zorvan 4")
	// comes from the one plant that builds it.
	plants := map[graph.Key][]graph.Key{}
	operated, suppliers := map[graph.Key]bool{}, map[graph.Key]bool{}
	for _, r := range rs {
		switch r.Predicate {
		case graph.Operates:
			operated[r.Object] = true
			if !slices.Contains(plants[r.Subject], r.Object) {
				plants[r.Subject] = append(plants[r.Subject], r.Object)
			}
		case graph.Supplies:
			suppliers[r.Subject] = true
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if r.Predicate == graph.Produces && r.Subject.Type == graph.Company {
			if byPlant[r.Object] && !(suppliers[r.Subject] && len(plants[r.Subject]) == 0 && commonGoods(r.Object.Name) && otherPlants(rs, r.Object, operated)) {
				continue
			}
			if ps := plants[r.Subject]; len(ps) == 1 && a.plantMakesKind(ps[0].Name, r.Object.Name) {
				r.Subject = ps[0] // "Arvo's cell plant in Vejle ... Arvo will make LFP cells"
			}
		}
		out = append(out, r)
	}
	return out
}
