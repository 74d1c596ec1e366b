package extract

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// sitePhrases finds plants named by a lower-case site noun beside a
// place: "Leipzig plant", "Salzgitter cell factory", "BMW's Leipzig
// plant", "plant in Wolfsburg", "gigafactory in Douai".
func (a *analysis) sitePhrases(si int) []mention {
	v := a.x.vocab
	toks := a.dc.sents[si].Toks
	var out []mention
	for i, t := range toks {
		w := t.Text
		if !isLowerWord(w) || !v.siteNoun[w] || pluralSiteNoun(w) {
			continue
		}
		j := i - 1
		for j >= 0 && i-j <= 3 && isLowerWord(toks[j].Text) && v.siteMod[toks[j].Text] {
			j--
		}
		// Left: a capitalised name right before the modifiers.
		if j >= 0 && (isCapitalized(toks[j].Text) || isModelShape(toks[j].Text)) && !v.stop.has(toks[j].Text) {
			k := j
			for k > 0 && (isCapitalized(toks[k-1].Text) && !v.stop.has(toks[k-1].Text)) {
				k--
			}
			place, op := a.plantParts(toks[k : j+1])
			if place == "" {
				// "its second StarPlus Energy plant in Kokomo": the
				// place may follow.
				if i+2 < len(toks) && (toks[i+1].Text == "in" || toks[i+1].Text == "at" || toks[i+1].Text == "near") {
					from := k
					if op == "" {
						from = j + 1 // "a 100 GWh plant in Debrecen": not the amount
					}
					if m, ok := a.plantAfter(si, from, i, op); ok {
						out = append(out, m)
						continue
					}
				}
				// "directly beside the Arvo engine plant" after "a
				// gigafactory in Vejle": the company's plant there; else
				// the company's plant in the one town the sentence names.
				town := a.besidePlace(si, k, out)
				if town == "" {
					town = a.sentenceTown(si)
				}
				if town == "" && a.onSiteOfFormer(si, k) {
					town = a.townBefore(si)
				}
				if op != "" && town != "" {
					out = append(out, mention{from: k, to: i + 1, typ: graph.Plant, conf: 0.5, place: town, operator: op})
				}
				continue // "the Tesla plant": no place, no name
			}
			if a.anyPlantIn(si, k, place) {
				continue
			}
			if op == "" {
				op = a.possessiveBefore(si, k, a.x.placeKind(place) != "")
			}
			out = append(out, mention{from: k, to: i + 1, typ: graph.Plant, conf: 0.8, place: place, operator: op})
			continue
		}
		// Right: "plant in Wolfsburg".
		if i+2 < len(toks) && (toks[i+1].Text == "in" || toks[i+1].Text == "at" || toks[i+1].Text == "near") {
			from := j + 1
			for from < i && isPassingAdjective(toks[from].Text) {
				from++ // "the new site in Debrecen" is the site in Debrecen
			}
			op := ""
			if from >= 2 && isPossessiveTok(toks[from-1].Text) {
				op = a.nameEndingAt(si, from-2)
			}
			if m, ok := a.plantAfter(si, from, i, op); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// plantAfter makes the plant mention "plant in Wolfsburg" from the words
// [from, noun] and the place after the noun's preposition.
func (a *analysis) plantAfter(si, from, noun int, op string) (mention, bool) {
	toks := a.dc.sents[si].Toks
	if noun+2 >= len(toks) || !isCapitalized(toks[noun+2].Text) {
		return mention{}, false
	}
	end := noun + 3
	for end < len(toks) && isCapitalized(toks[end].Text) && !a.x.vocab.stop.has(toks[end].Text) {
		end++
	}
	end = particleTail(toks, end)
	place := a.text[toks[noun+2].Start:toks[end-1].End]
	if k := a.x.placeKind(place); k == "" && (a.isCompanyWord(place) || !a.plausiblePlace(toks[noun+2:end])) || k == "continent" || k == "country" {
		return mention{}, false
	}
	return mention{from: from, to: end, typ: graph.Plant, conf: 0.6, place: place, operator: op}, true
}

// particleTail extends a place name that ends before token end over the
// particles and capitalised words that go on with it: "Mandello del
// Lario", "Weilheim an der Teck", "Caxias do Sul".
func particleTail(toks []token, end int) int {
	for {
		k := end
		for k < len(toks) && k < end+2 && isParticle(toks[k].Text) {
			k++
		}
		if k == end || k >= len(toks) || !isCapitalized(toks[k].Text) {
			return end
		}
		for k < len(toks) && isCapitalized(toks[k].Text) {
			k++
		}
		end = k
	}
}

func isPossessiveTok(w string) bool { return w == "'s" || w == "’s" || w == "'S" }

// nameEndingAt returns the capitalised run that ends at token i.
func (a *analysis) nameEndingAt(si, i int) string {
	toks := a.dc.sents[si].Toks
	if i < 0 || !(isCapitalized(toks[i].Text) || isModelShape(toks[i].Text)) {
		return ""
	}
	k := i
	for k > 0 && isCapitalized(toks[k-1].Text) && !a.x.vocab.stop.has(toks[k-1].Text) {
		k--
	}
	return a.text[toks[k].Start:toks[i].End]
}

// plantParts splits the words of a plant name into the place it is at
// and the company that runs it: "BMW Group Plant Leipzig" gives Leipzig
// and BMW Group; "Regensburg Plant" gives Regensburg; "Gigafactory Texas"
// gives Texas.
func (a *analysis) plantParts(toks []token) (place, operator string) {
	join := func(ts []token) string {
		if len(ts) == 0 {
			return ""
		}
		return a.text[ts[0].Start:ts[len(ts)-1].End]
	}
	for i, t := range toks {
		if t.Text == "Plant" || t.Text == "Gigafactory" || t.Text == "Giga" || t.Text == "Werk" {
			if i+1 < len(toks) {
				rest := toks[i+1:]
				// "Plant Hams Hall" names its place whatever the words;
				// "Giga Press" is no place
				if t.Text != "Plant" && a.x.placeKind(join(rest)) == "" && !a.plausiblePlace(rest) {
					return "", join(toks[:i])
				}
				return join(rest), join(toks[:i])
			}
			toks = toks[:i]
			break
		}
		if i == len(toks)-1 && a.x.vocab.siteHead.has(t.Text) {
			toks = toks[:i]
		}
	}
	if len(toks) == 0 {
		return "", ""
	}
	// "Marysville Auto Plant", "Anna Engine Plant": a place, then words
	// that say what the plant makes.
	for i := len(toks) - 1; i >= 1; i-- {
		if a.x.placeKind(join(toks[:i])) == "" {
			continue
		}
		descr := true
		for _, t := range toks[i:] {
			descr = descr && a.x.vocab.siteMod.has(t.Text)
		}
		if descr {
			return join(toks[:i]), ""
		}
	}
	// The longest tail that is a place is the place; what precedes it
	// is the operator.
	for i := 0; i < len(toks); i++ {
		tail := join(toks[i:])
		if a.x.vocab.orgTail.has(tail) {
			continue // "StarPlus Energy": a company word, though a town is called Energy
		}
		if k := a.x.placeKind(tail); k != "" {
			if k == "continent" || a.x.vocab.demonym.has(tail) {
				return "", join(toks[:i])
			}
			if head := join(toks[:i]); i > 0 && a.x.placeKind(head) != "" && !a.isCompanyWord(head) {
				return join(toks), "" // "Hangzhou Bay": a place of two words, not Hangzhou's Bay
			}
			if i > 0 && i == len(toks)-1 && a.x.english[strings.ToLower(tail)] {
				return "", join(toks) // "Arvo City campus": a name ending in a common noun, not a town called City
			}
			return tail, join(toks[:i])
		}
	}
	// No known place: an unknown name that is no company is taken as
	// the place ("Zwickau plant" without a gazetteer).
	last := toks[len(toks)-1].Text
	if a.isCompanyWord(join(toks)) {
		return "", join(toks)
	}
	if len(toks) >= 2 && a.isCompanyWord(join(toks[:len(toks)-1])) {
		if !a.plausiblePlace(toks[len(toks)-1:]) {
			return "", join(toks[:len(toks)-1])
		}
		return last, join(toks[:len(toks)-1])
	}
	if !a.plausiblePlace(toks) {
		return "", ""
	}
	return join(toks), ""
}

// plausiblePlace reports whether words the gazetteer does not know may
// still be a place: capitalised, no digits, and none of them a month,
// unit, demonym, title word or a word the document writes in lower case.
func (a *analysis) plausiblePlace(toks []token) bool {
	v := a.x.vocab
	if len(toks) > 0 {
		// "BMW's first Neue Klasse plant": a known name of another kind
		if e, ok := a.x.cfg.Lexicon.lookup(a.text[toks[0].Start:toks[len(toks)-1].End]); ok && e.Type != graph.Location {
			return false
		}
	}
	for i, t := range toks {
		w := t.Text
		lw := strings.ToLower(w)
		if i > 0 && i < len(toks)-1 && isParticle(w) {
			continue // "Velmo del Tarso"
		}
		if !isCapitalized(w) || strings.ContainsAny(w, "0123456789") || v.month[lw] || v.notName[lw] ||
			v.demonym[lw] || v.stop[lw] || v.personRole[lw] || a.dc.lower[lw] || isAllCaps(w) || a.x.english[lw] && !a.namedTown(w) || v.orgTail[lw] {
			return false
		}
	}
	return true
}

// plantLists finds plants listed by their towns: "its plants in Dadong,
// Tiexi and Lydia" names three plants. Each town becomes a plant mention
// over the same words as the town's own location mention.
func (a *analysis) plantLists(si int) {
	toks := a.dc.sents[si].Toks
	for i := 0; i+2 < len(toks); i++ {
		w := toks[i].Text
		if w != "plants" && w != "factories" && w != "sites" && w != "works" && w != "facilities" {
			continue
		}
		if toks[i+1].Text != "in" && toks[i+1].Text != "at" {
			continue
		}
		op := ""
		for j := i - 1; j >= 0 && i-j <= 4; j-- {
			if isPossessiveTok(toks[j].Text) && j > 0 {
				op = a.nameEndingAt(si, j-1)
				break
			}
		}
		var places [][2]int
		j := i + 2
		for j < len(toks) {
			k := j
			for k < len(toks) && isCapitalized(toks[k].Text) && !a.x.vocab.stop.has(toks[k].Text) {
				k++
			}
			if k == j {
				break
			}
			places = append(places, [2]int{j, k})
			if k < len(toks) && (toks[k].Text == "," || toks[k].Text == "and") {
				j = k + 1
				if j < len(toks) && toks[j].Text == "and" {
					j++
				}
				continue
			}
			break
		}
		if len(places) < 2 {
			continue
		}
		for _, p := range places {
			place := a.text[toks[p[0]].Start:toks[p[1]-1].End]
			switch a.x.placeKind(place) {
			case "city", "subdivision", "":
				if a.x.placeKind(place) == "" && !a.plausiblePlace(toks[p[0]:p[1]]) {
					continue
				}
			default:
				continue // "plants in Germany and Hungary": countries, not plants
			}
			a.ments = append(a.ments, mention{sent: si, from: p[0], to: p[1], start: toks[p[0]].Start, end: toks[p[1]-1].End,
				text: place, typ: graph.Plant, conf: 0.6, place: place, operator: op})
		}
	}
}

// isPassingAdjective reports whether w describes a plant only for now:
// "new", "former", "second".
func isPassingAdjective(w string) bool {
	switch w {
	case "new", "former", "existing", "first", "second", "third", "fourth", "planned", "future", "current":
		return true
	}
	return false
}

// sentenceTown returns the one town (a gazetteer city) that sentence si
// names, or "" when it names none or several.
func (a *analysis) sentenceTown(si int) string {
	toks := a.dc.sents[si].Toks
	town := ""
	for i := 1; i < len(toks); i++ {
		w := toks[i].Text
		if !isCapitalized(w) || a.x.vocab.stop.has(w) || toks[i-1].Text == "the" {
			continue // "the Tucson" is a model
		}
		name := w
		if i+1 < len(toks) && isCapitalized(toks[i+1].Text) && a.x.placeKind(w+" "+toks[i+1].Text) == "city" {
			name = w + " " + toks[i+1].Text
			i++
		} else if a.x.placeKind(w) != "city" || a.isCompanyWord(w) || a.x.english[strings.ToLower(w)] {
			continue
		}
		if town != "" && town != name {
			return ""
		}
		town = name
	}
	return town
}

// placesInPlants adds the place inside a plant's name as a location
// mention of its own: "the Zwickau plant" names Zwickau too.
func (a *analysis) placesInPlants(si, first int) {
	n := len(a.ments)
	for i := first; i < n; i++ {
		m := a.ments[i]
		if m.sent == si && m.typ == graph.Plant && a.slashPlaceInPlant(m) {
			continue
		}
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
		return false // "Plant 1", "Ravel-Orsy/Dorn"
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

// basedPlaces adds the place of "Munich-based" as a location mention: the
// relation rules then place the company after it there.
func (a *analysis) basedPlaces(si int, taken []bool) {
	toks := a.dc.sents[si].Toks
	for i, t := range toks {
		if !isBasedOn(t.Text) || taken[i] {
			continue
		}
		from := a.x.basedPlaceFrom(toks, i)
		if from < 0 || slices.Contains(taken[from:i], true) {
			continue
		}
		start, end := toks[from].Start, t.Start+strings.LastIndexByte(t.Text, '-')
		a.ments = append(a.ments, mention{sent: si, from: from, to: i + 1, start: start, end: end,
			text: a.text[start:end], typ: graph.Location, conf: 0.7})
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
		full := a.writtenOutCompany(m.operator)
		if rest := m.text[len(m.operator):]; !strings.Contains(rest, " plant") && !strings.Contains(rest, " factory") && !strings.Contains(rest, " site") && !full {
			// "MINI Plant Oxford" is a name; "the Volkswagen plant in
			// Bratislava" a description, and so is "BMW Group Plant
			// Leipzig", where the group's name is written out
			continue
		}
		to := -1
		for k := m.from; k < m.to; k++ {
			if toks[k].End == m.start+len(m.operator) {
				to = k + 1
			}
		}
		if to < 0 || !a.isCompanyWord(m.operator) && !full {
			continue
		}
		c := mention{sent: si, from: m.from, to: to, start: m.start, end: m.start + len(m.operator), text: m.operator, typ: graph.Company, conf: 0.7}
		if e, ok := a.x.cfg.Lexicon.lookup(m.operator); ok && e.Type == graph.Company {
			c.name = e.Name
		}
		a.ments = append(a.ments, c)
	}
}

// writtenOutCompany reports whether op, the words before a plant's site
// word, is a company's full name: a group or a legal form ("Kovra Group",
// "Kovra AG"), not a brand ("MINI") nor what the plant makes ("Battery").
func (a *analysis) writtenOutCompany(op string) bool {
	ws := strings.Fields(op)
	if len(ws) < 2 || !isCapitalized(ws[0]) {
		return false
	}
	last := ws[len(ws)-1]
	return last == "Group" || a.x.vocab.legal.has(strings.TrimSuffix(last, "."))
}

// possessiveBefore returns the owner named by a possessive before token
// k, over words that describe the plant only for now: "Arvo's Vejle
// plant" and "Arvo's new Vejle complex" are both Arvo's. Over an
// ordinal only before a known place: in "Arvo's first Zorvan plant" the
// name may be a model's.
func (a *analysis) possessiveBefore(si, k int, knownPlace bool) string {
	toks := a.dc.sents[si].Toks
	for k >= 1 && isPassingAdjective(toks[k-1].Text) && (knownPlace || !ordinal(toks[k-1].Text)) {
		k--
	}
	if k >= 2 && (isPossessiveTok(toks[k-1].Text) || pluralPossessive(toks, k-1)) {
		return a.nameEndingAt(si, k-2)
	}
	return ""
}

// pluralPossessive reports whether toks[k] is the bare apostrophe of a
// name ending in s: "Arvo Motors' Vejle plant" is Arvo Motors' as
// much as "Arvo's Vejle plant" is Arvo's.
func pluralPossessive(toks []token, k int) bool {
	if k < 1 || toks[k].Text != "'" && toks[k].Text != "’" {
		return false
	}
	w := toks[k-1].Text
	return strings.HasSuffix(w, "s") && toks[k-1].End == toks[k].Start
}

// anyPlantIn reports whether the plant name starting at token k is an
// indefinite one in a whole country: "inside a Norvian plant" or "a US
// plant" is any plant there, not one the text names.
func (a *analysis) anyPlantIn(si, k int, place string) bool {
	toks := a.dc.sents[si].Toks
	if k == 0 || toks[k-1].Text != "a" && toks[k-1].Text != "an" {
		return false
	}
	kind := a.x.placeKind(place)
	return kind == "country" || kind == "continent"
}
