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
	// subjects holds, per sentence, the company or plant it is about, or
	// -1 (see subjectOf).
	subjects []int
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
	a.companyPairs()
	a.typeLists()
	a.resolveTypes()
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

// placePreposition reports whether w puts a place after it.
func placePreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "at", "near", "from", "outside", "to":
		return true
	}
	return false
}

// companyPairs retypes a one-word town joined by "and" to a company as a
// company: "the joint venture of General Motors and Toyota". Only "and"
// joins them: after a comma a town may well follow a company ("Bosch,
// Stuttgart"). It reads a.ments in text order.
func (a *analysis) companyPairs() {
	for i := 1; i < len(a.ments); i++ {
		p, m := a.ments[i-1], &a.ments[i]
		if p.sent != m.sent || m.typ != graph.Location || m.to-m.from != 1 || p.typ != graph.Company || p.conf < 0.6 {
			continue
		}
		toks := a.dc.sents[m.sent].Toks
		if m.from != p.to+1 || toks[p.to].Text != "and" || a.x.placeKind(m.text) != "city" {
			continue
		}
		if p.from > 0 && placePreposition(toks[p.from-1].Text) {
			continue // "in Stuttgart and Toyota" are places
		}
		if m.to+1 < len(toks) && toks[m.to].Text == "," && a.x.placeKind(toks[m.to+1].Text) != "" {
			continue // "and Toyota, Japan"
		}
		m.typ, m.conf = graph.Company, 0.6
	}
}

// companyTowns retypes a one-word mention taken for a town as the company
// whose full name the document gives: with "Toyota Motor Corporation" in
// the text, "Toyota and Honda" are carmakers, not towns in Japan. A town
// after "in", "at", "near" or "from" stays a town.
func (a *analysis) companyTowns() {
	v := a.x.vocab
	heads := map[string]bool{}
	for _, m := range a.ments {
		ws := strings.Fields(m.text)
		if m.typ != graph.Company || len(ws) < 2 {
			continue
		}
		tail := true
		for _, w := range ws[1:] {
			lw := strings.ToLower(strings.TrimSuffix(w, "."))
			tail = tail && (v.orgTail.has(lw) || v.legal.has(lw))
		}
		if tail {
			heads[ws[0]] = true
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ != graph.Location || m.to-m.from != 1 || !heads[m.text] || a.x.placeKind(m.text) != "city" {
			continue
		}
		if m.from > 0 && placePreposition(a.dc.sents[m.sent].Toks[m.from-1].Text) {
			continue
		}
		m.typ, m.conf = graph.Company, 0.7
	}
}

// resolveTypes lets the mentions of one name agree on a type: the type
// with the most confidence summed over the document wins.
func (a *analysis) resolveTypes() {
	votes := map[string]map[graph.EntityType]float64{}
	strongPlant := map[string]bool{}
	// "Voltaris GmbH" and "Voltaris" vote together.
	key := func(m mention) string { return graph.Fold(a.x.companyBase(m.canonical())) }
	for _, m := range a.ments {
		k := key(m)
		if votes[k] == nil {
			votes[k] = map[graph.EntityType]float64{}
		}
		votes[k][m.typ] += m.conf
		if m.typ == graph.Plant && m.conf >= 0.7 {
			strongPlant[k] = true
		}
	}
	kept := a.ments[:0]
	for _, m := range a.ments {
		k := key(m)
		best, bestV, total := m.typ, -1.0, 0.0
		for _, t := range graph.EntityTypes() {
			v := votes[k][t]
			total += v
			if v > bestV {
				best, bestV = t, v
			}
		}
		if m.typ != graph.Plant && m.typ != graph.Location {
			m.typ = best
		}
		if m.typ != graph.Plant && m.conf <= 0.5 && strongPlant[k] && best != graph.Location {
			// "Production at HMGMA itself": guesses from the name's
			// shape yield to a site the text names as one
			m.typ = graph.Plant
		}
		if m.typ == graph.Location && (best == graph.Product || best == graph.Company && a.x.placeKind(m.text) == "") {
			// "its Trinity electric flagship": a model named like a
			// town; "the Siro plant": a company the gazetteer does not
			// know as a place
			m.typ = best
		}
		if m.typ == graph.Plant && m.place != "" && m.operator == "" {
			if pv := votes[graph.Fold(m.place)]; pv[graph.Product] > pv[graph.Location] {
				continue // "the separate Trinity factory": a plant for a model, not at a town
			}
		}
		if total < 0.5 {
			continue // one weak guess is not enough
		}
		kept = append(kept, m)
	}
	a.ments = kept
	sort.SliceStable(a.ments, func(i, j int) bool { return a.ments[i].start < a.ments[j].start })
}

// placesInPlants adds the place inside a plant's name as a location
// mention of its own: "the Zwickau plant" names Zwickau too.
func (a *analysis) placesInPlants(si, first int) {
	n := len(a.ments)
	for i := first; i < n; i++ {
		m := a.ments[i]
		if m.sent != si || m.typ != graph.Plant || m.place == "" || a.x.placeKind(m.place) == "" && !a.namedByPlace(m) {
			continue // "Giga Berlin" stands in Grünheide, not in Berlin
		}
		at := strings.LastIndex(m.text, m.place)
		if at < 0 {
			continue
		}
		toks := a.dc.sents[si].Toks
		from, to := -1, -1
		for k := m.from; k < m.to; k++ {
			if toks[k].Start == m.start+at {
				from = k
			}
			if toks[k].End == m.start+at+len(m.place) {
				to = k + 1
			}
		}
		if from < 0 || to < 0 {
			continue
		}
		a.ments = append(a.ments, mention{sent: si, from: from, to: to, start: m.start + at, end: m.start + at + len(m.place),
			text: m.place, typ: graph.Location, conf: 0.6})
	}
}

// namedByPlace reports whether a plant mention names its place after a
// lower-case site noun ("the factory in Warmenau"), or before one that a
// known place follows ("the Burnaston plant in England"): the place is
// then a town even when the gazetteer does not know it, unless it is a
// company's name.
func (a *analysis) namedByPlace(m mention) bool {
	if a.isCompanyWord(m.place) || m.place == m.operator {
		return false
	}
	if e, ok := a.x.cfg.Lexicon.lookup(m.place); ok && e.Type != graph.Location {
		return false
	}
	if strings.ContainsAny(m.place, "0123456789/") || isAllCaps(m.place) {
		return false // "Plant 1", "Billy-Berclau/Douvrin"
	}
	// "the factory in Warmenau"; not "its second Megapack site", where
	// the word before the noun may name what the site makes
	ws := strings.Fields(m.text)
	n := len(ws)
	toks := a.dc.sents[m.sent].Toks
	if n == 2 && ws[0] == m.place && isLowerWord(ws[1]) && a.x.vocab.siteNoun.has(ws[1]) && m.to+1 < len(toks) &&
		(toks[m.to].Text == "in" || toks[m.to].Text == "near") && a.x.placeKind(toks[m.to+1].Text) != "" {
		return true // "the Burnaston plant in England"
	}
	if n < 3 || !strings.HasSuffix(m.text, " "+m.place) {
		return false
	}
	before := ws[n-len(strings.Fields(m.place))-1]
	if before != "in" && before != "at" && before != "near" {
		return false
	}
	for _, w := range ws {
		if isLowerWord(w) && a.x.vocab.siteNoun.has(w) {
			return true
		}
	}
	return false
}

// typeLists gives the members of a list the type of its surely typed
// members: in "the Phantom, Ghost and Cullinan" one known model makes the
// others models; weak guesses (an unknown capitalised word) yield. It
// reads a.ments in text order.
func (a *analysis) typeLists() {
	listGap := func(x, y mention) bool {
		if x.sent != y.sent || y.from < x.to {
			return false
		}
		toks := a.dc.sents[x.sent].Toks[x.to:y.from]
		// ",", "and", ", and", ", the", "and the", "as well as", each
		// maybe after a comma and before "the"
		comma := len(toks) > 0 && toks[0].Text == ","
		if comma {
			toks = toks[1:]
		}
		if len(toks) > 0 && toks[len(toks)-1].Text == "the" {
			toks = toks[:len(toks)-1]
		}
		switch len(toks) {
		case 0:
			return comma
		case 1:
			return toks[0].Text == "and"
		case 3:
			return toks[0].Text == "as" && toks[1].Text == "well" && toks[2].Text == "as"
		}
		return false
	}
	for i := 0; i < len(a.ments); {
		j := i + 1
		for j < len(a.ments) && listGap(a.ments[j-1], a.ments[j]) {
			j++
		}
		if j-i >= 2 {
			sure := 0
			for _, m := range a.ments[i:j] {
				if m.conf >= 0.5 && m.typ == graph.Product {
					sure++
				}
			}
			for k := i; k < j && sure > 0; k++ {
				m := &a.ments[k]
				// a weak guess yields to the list; so does a small town
				// in a list of several models ("Ghost and Cullinan")
				town := m.typ == graph.Location && sure >= 2 && a.x.placeKind(m.text) == "city"
				// and an unknown code guessed a company ("X3, X5, X6
				// and X7 as well as the XM")
				code := m.typ == graph.Company && m.conf <= 0.5 && isAllCaps(m.text) && sure >= 2
				if m.conf < 0.5 || town || code {
					m.typ, m.conf = graph.Product, 0.5
				}
			}
		}
		i = j
	}
}

// basedPlaces adds the place of "Munich-based" as a location mention: the
// relation rules then place the company after it there.
func (a *analysis) basedPlaces(si int, taken []bool) {
	toks := a.dc.sents[si].Toks
	for i, t := range toks {
		if !isBasedOn(t.Text) || taken[i] {
			continue
		}
		place := t.Text[:strings.LastIndexByte(t.Text, '-')]
		if a.x.placeKind(place) == "" {
			continue
		}
		a.ments = append(a.ments, mention{sent: si, from: i, to: i + 1, start: t.Start, end: t.Start + len(place),
			text: place, typ: graph.Location, conf: 0.7})
	}
}

// operatorsInPlants adds the company that opens a plant's name as a company
// mention of its own: "the Volkswagen plant in Bratislava" names
// Volkswagen too, so the plant's operator is an entity of the article.
func (a *analysis) operatorsInPlants(si, first int) {
	n := len(a.ments)
	toks := a.dc.sents[si].Toks
	for i := first; i < n; i++ {
		m := a.ments[i]
		if m.sent != si || m.typ != graph.Plant || m.operator == "" || !strings.HasPrefix(m.text, m.operator) {
			continue
		}
		if rest := m.text[len(m.operator):]; !strings.Contains(rest, " plant") && !strings.Contains(rest, " factory") && !strings.Contains(rest, " site") {
			continue // "MINI Plant Oxford" is a name; "the Volkswagen plant in Bratislava" a description
		}
		to := -1
		for k := m.from; k < m.to; k++ {
			if toks[k].End == m.start+len(m.operator) {
				to = k + 1
			}
		}
		if to < 0 || !a.isCompanyWord(m.operator) {
			continue
		}
		c := mention{sent: si, from: m.from, to: to, start: m.start, end: m.start + len(m.operator), text: m.operator, typ: graph.Company, conf: 0.7}
		if e, ok := a.x.cfg.Lexicon.lookup(m.operator); ok && e.Type == graph.Company {
			c.name = e.Name
		}
		a.ments = append(a.ments, c)
	}
}
