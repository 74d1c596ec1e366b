package extract

import (
	"sort"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// mention is a typed candidate: tokens [from, to) of sentence sent.
type mention struct {
	sent, from, to int
	start, end     int
	text           string
	typ            graph.EntityType
	conf           float64
	// name is the canonical form this mention proposes ("battery cell"
	// for "battery cells"); empty means text.
	name string
	// plant mentions: the place and the operator named with them.
	place, operator string
	// ent is the index of the entity the mention belongs to.
	ent int
	// phrase marks a lower-case noun phrase ("battery cells").
	phrase bool
	// acronymOf links an acronym mention to its long form: the long
	// form's start offset + 1, 0 for none.
	acronymOf int
}

func (m *mention) canonical() string {
	if m.name != "" {
		return m.name
	}
	return m.text
}

// analysis is the working state of one document's extraction.
type analysis struct {
	x     *Extractor
	text  string
	dc    *docContext
	ments []mention
	ents  []*entity
	// anchors are coreferring noun phrases ("the plant", "the carmaker")
	// by sentence.
	anchors map[int][]anchor
	// companyWords holds the texts of mentions typed company so far;
	// personWords the first and last names of people named so far.
	companyWords, personWords map[string]bool
	// stateAcronyms are the acronyms the text defines for bodies of
	// state ("US Department of Energy (DOE)"): no entity.
	stateAcronyms map[string]bool
	// bySent lists the mention indexes of each sentence; lastOf gives,
	// per type and sentence, the last entity of that type mentioned up to
	// and including the sentence, and the sentence it was mentioned in.
	bySent [][]int
	lastOf map[graph.EntityType][][2]int
	// plantsByTown indexes plants by their folded town, once clustering
	// is done (see plantAt).
	plantsByTown map[string][]int
	// firstPlants maps a folded town to the first plant mention there
	// that the text calls the first, existing or original one; built on
	// first use (see laterPlant).
	firstPlants map[string]int
	// plantNums caches the number a later plant's name ends in, by
	// entity, once clustering is done (see ordinalAnchor).
	plantNums map[int]string
	// subjects holds, per sentence, the company or plant it is about, or
	// -1 (see subjectOf).
	subjects []int
	// goods holds, by sentence, the bare goods nouns that refer back to a
	// product ("cells" for battery cells), for the supply rules only.
	goods [][]slot
	// top caches what the whole article is about (see topics).
	top articleTopics
}

func (x *Extractor) analyze(text string) *analysis {
	sents := splitSentences(text)
	a := &analysis{x: x, text: text, dc: newDocContext(sents), anchors: map[int][]anchor{}, companyWords: map[string]bool{}, personWords: map[string]bool{}, stateAcronyms: map[string]bool{}}
	for si := range sents {
		a.findMentions(si)
	}
	// The retyping passes read neighbouring mentions: text order.
	sort.SliceStable(a.ments, func(i, j int) bool { return a.ments[i].start < a.ments[j].start })
	a.companyTowns()
	a.townCompanies()
	a.companyPairs()
	a.typeLists()
	a.roleCompanies()
	a.resolveTypes()
	a.regionSites()
	a.sameTownSites()
	a.cluster()
	a.index() // again: clustering merged entities
	a.findAnchors()
	return a
}

// index builds the per-sentence lookups the relation rules use, so that
// a long document costs time in proportion to its length.
func (a *analysis) index() {
	n := len(a.dc.sents)
	a.bySent = make([][]int, n)
	for i, m := range a.ments {
		a.bySent[m.sent] = append(a.bySent[m.sent], i)
	}
	a.lastOf = map[graph.EntityType][][2]int{}
	for _, t := range graph.EntityTypes() {
		last := [2]int{-1, -1}
		table := make([][2]int, n)
		for si := 0; si < n; si++ {
			for _, mi := range a.bySent[si] {
				if e := a.ments[mi].ent; a.ents[e].typ == t {
					last = [2]int{e, si}
				}
			}
			table[si] = last
		}
		a.lastOf[t] = table
	}
}

// findMentions adds the typed mentions of sentence si.
func (a *analysis) findMentions(si int) {
	x := a.x
	s := a.dc.sents[si]
	firstMention := len(a.ments)
	taken := make([]bool, len(s.Toks))
	add := func(m mention) {
		for i := m.from; i < m.to; i++ {
			if taken[i] {
				return
			}
		}
		for i := m.from; i < m.to; i++ {
			taken[i] = true
		}
		m.sent = si
		m.start, m.end = s.Toks[m.from].Start, s.Toks[m.to-1].End
		m.text = a.text[m.start:m.end]
		a.ments = append(a.ments, m)
		switch {
		case m.typ == graph.Company && m.conf >= 0.5: // not a weak guess
			a.companyWords[m.text] = true
			a.companyWords[x.companyBase(m.text)] = true
			if ws := strings.Fields(m.text); len(ws) >= 3 {
				switch strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], ".")) {
				case "corporation", "company", "co", "incorporated", "limited":
					// "Arvo Motors" of "Arvo Motors Corporation"
					a.companyWords[strings.Join(ws[:len(ws)-1], " ")] = true
				}
			}
		case m.typ == graph.Person:
			if ws := strings.Fields(m.text); len(ws) >= 2 {
				a.personWords[ws[0]], a.personWords[ws[len(ws)-1]] = true, true
			}
		}
	}
	// Acronym definitions first: they pin both forms.
	for _, pair := range x.acronymSpans(a.dc, si) {
		long, short := pair[0], pair[1]
		if isStateBody(x.vocab, strings.Fields(a.spanText(long))) {
			a.stateAcronyms[a.spanText(short)] = true
			continue
		}
		longStart := s.Toks[long.From].Start
		if t, name := a.lowerAcronymLong(long); t != "" {
			// "automated guided vehicles (AGVs)": a noun phrase, named
			// in the singular
			add(mention{from: long.From, to: long.To, typ: t, conf: 0.6, name: name})
			add(mention{from: short.From, to: short.To, typ: t, conf: 0.6, acronymOf: longStart + 1})
			continue
		}
		t, conf := a.typeSpan(long)
		if t == "" || conf <= 0.4 {
			t, conf = a.typeAcronymLong(long)
		}
		if t == "" {
			continue
		}
		a.addPlantOrSpan(add, long, t, conf)
		if len(a.ments) > 0 && a.ments[len(a.ments)-1].start == longStart {
			add(mention{from: short.From, to: short.To, typ: t, conf: conf, acronymOf: longStart + 1})
		}
	}
	// Plants named by a site noun: "Leipzig plant", "plant in Leipzig".
	for _, p := range a.sitePhrases(si) {
		if a.calledOffSite(si, p) {
			continue // a plant that will not be: no site (see calledoff.go)
		}
		add(p)
	}
	// Known names of several words ("SK On", "LG Energy Solution"), when
	// no longer name goes on after them.
	for i := 0; i < len(s.Toks); i++ {
		e, n, ok := x.cfg.Lexicon.match(s.Toks, i)
		if !ok || (i+n < len(s.Toks) && isCapitalized(s.Toks[i+n].Text) && !x.vocab.stop.has(s.Toks[i+n].Text)) {
			continue
		}
		if e.Type == graph.Technology && i+n < len(s.Toks) && bodyStyle(s.Toks[i+n].Text) && isLowerWord(s.Toks[i+n].Text) {
			// "the Neue Klasse sedan": a model built on the platform
			add(mention{from: i, to: i + n + 1, typ: graph.Product, conf: 0.8, name: e.Name + " " + strings.ToLower(s.Toks[i+n].Text)})
			i += n
			continue
		}
		add(mention{from: i, to: i + n, typ: e.Type, conf: 0.9, name: e.Name})
		i += n - 1
	}
	for _, sp := range x.properSpans(a.dc, si) {
		for _, part := range a.splitProper(sp) {
			t, conf := a.typeSpan(part)
			if t == "" {
				continue
			}
			a.addPlantOrSpan(add, part, t, conf)
		}
	}
	a.placesInPlants(si, firstMention)
	a.operatorsInPlants(si, firstMention)
	a.basedPlaces(si, taken)
	a.slashPlaceMentions(si, taken)
	a.plantLists(si)
	for _, sp := range x.phraseSpans(a.dc, si) {
		t, name := a.typePhrase(sp)
		if t == "" || a.describesName(sp, firstMention) {
			continue
		}
		if t == graph.Product && designAfter(s.Toks, sp.To) {
			t = graph.Technology // "a structural battery pack, a design Tesla developed"
		}
		// Battery chemistries are technologies worth naming wherever
		// they come up; other phrases only where something is done with
		// them (see onlyPhrases).
		chem := t == graph.Technology && strings.HasSuffix(name, " battery")
		add(mention{from: sp.From, to: sp.To, typ: t, conf: 0.6, name: name, phrase: !chem})
	}
}

// addPlantOrSpan adds a mention for sp typed t.
func (a *analysis) addPlantOrSpan(add func(mention), sp span, t graph.EntityType, conf float64) {
	m := mention{from: sp.From, to: sp.To, typ: t, conf: conf}
	if toks := a.dc.sents[sp.Sent].Toks; t == graph.Technology && sp.To < len(toks) {
		// "the Smart Car platform", "the MB.EA architecture": the word is
		// part of how the text names the technology
		if w := toks[sp.To].Text; w == "platform" || w == "architecture" {
			m.to = sp.To + 1
			m.name = a.spanText(sp)
		}
	}
	toks := a.dc.sents[sp.Sent].Toks[sp.From:sp.To]
	if e, ok := a.x.cfg.Lexicon.lookup(a.spanText(sp)); ok && e.Type == t {
		m.name = e.Name // the lexicon's canonical name: "BMW" is BMW Group
	}
	switch t {
	case graph.Product, graph.Technology:
		// "BMW iX1": the maker's prefix is not part of the model name.
		if len(toks) >= 2 && a.isCompanyWord(toks[0].Text) {
			rest := a.text[toks[1].Start:toks[len(toks)-1].End]
			// but "Renault 5" keeps its maker: a bare number is no name
			// ("BMW 3 Series" is the 3 Series, "Renault 5 E-Tech" keeps it)
			bare := isNumber(toks[1].Text) && !(len(toks) > 2 && (toks[2].Text == "Series" || toks[2].Text == "Class"))
			if (hasModelWord(toks[1:]) || t == graph.Technology && isModelShape(toks[1].Text)) && !bare {
				m.name = rest
			}
		}
	case graph.Plant:
		m.place, m.operator = a.plantParts(toks)
	case graph.Location:
		if full, ok := a.x.vocab.apState[a.spanText(sp)]; ok {
			m.name = full // "DE SOTO, Kan." is in Kansas
		}
	}
	add(m)
}

func hasModelWord(toks []token) bool {
	for _, t := range toks {
		if isModelShape(t.Text) || isNumber(t.Text) || strings.HasSuffix(t.Text, "-Class") || t.Text == "Series" {
			return true
		}
	}
	return false
}

// splitProper cuts a capitalised run at words that cannot sit inside one
// name: a run like "BMW Group Plant Leipzig" stays whole, but "Mercedes
// Kecskemet" with a known place after a company splits, as does "and".
func (a *analysis) splitProper(sp span) []span {
	toks := a.dc.sents[sp.Sent].Toks
	var out []span
	start := sp.From
	last := toks[sp.To-1].Text
	v := a.x.vocab
	if (v.siteHead.has(last) || institutionHead(last)) && isCapitalized(last) {
		return []span{sp} // "Research and Innovation Centre"
	}
	if sp.To+2 < len(toks) && toks[sp.To].Text == "(" && toks[sp.To+2].Text == ")" {
		return []span{sp} // "Society of Motor Manufacturers and Traders (SMMT)"
	}
	if ventureAfter(toks, sp.To) {
		return []span{sp} // "Arvo and Kovra Cell Systems, a 50:50 joint venture"
	}
	for i := sp.From; i < sp.To; i++ {
		if strings.EqualFold(toks[i].Text, "and") {
			if i > start {
				out = append(out, span{Sent: sp.Sent, From: start, To: i, Kind: sp.Kind, Honorific: sp.Honorific})
			}
			start = i + 1
		}
	}
	if start < sp.To {
		out = append(out, span{Sent: sp.Sent, From: start, To: sp.To, Kind: sp.Kind, Honorific: sp.Honorific})
	}
	return out
}

// ventureAfter reports whether an apposition starting at token i calls
// the name before it a joint venture: its parents' names may be in it.
func ventureAfter(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].Text != "," || toks[i+1].Text != "a" && toks[i+1].Text != "the" {
		return false
	}
	for k := i + 2; k < len(toks) && k < i+6; k++ {
		switch toks[k].Text {
		case "venture", "ventures":
			return true
		case ",", ".":
			return false
		}
	}
	return false
}

// placePreposition reports whether w puts a place after it.
func placePreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "at", "near", "from", "outside", "to":
		return true
	}
	return false
}
