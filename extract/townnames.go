package extract

// Names the gazetteer knows as small towns but the article uses for a
// company. The gazetteer holds every populated place of 1,000 people, so
// many a carmaker, supplier or model shares its name with a town
// somewhere; what settles it is how the article itself uses the name.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// townCompanies retypes a one-word name taken for a town as a company when
// the article never uses it as a place ("in Vardo", "Vardo, Norway",
// "Vardo-based") and at least once as a company: as the subject of a
// company's verb ("Vardo committed $500 million"), the owner of a plant or
// brand ("Vardo's new plant"), a member of a list of companies ("Arvo
// Motors, Vardo and Kovra Energy") or a name that a company's apposition
// or relative clause follows ("Vardo, whose Talsa plant"). It reads
// a.ments in text order.
func (a *analysis) townCompanies() {
	placeUse := map[string]bool{}
	companyUse := map[string]bool{}
	for i, m := range a.ments {
		if m.typ != graph.Location || m.to-m.from != 1 {
			continue
		}
		if k := a.x.placeKind(m.text); k != "city" && k != "district" {
			continue
		}
		switch {
		case a.townCue(i):
			placeUse[m.text] = true
		case a.companyCue(i):
			companyUse[m.text] = true
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ == graph.Location && m.to-m.from == 1 && companyUse[m.text] && !placeUse[m.text] {
			m.typ, m.conf = graph.Company, 0.7
		}
	}
}

// townCue reports whether the words around mention i use it as a place.
func (a *analysis) townCue(i int) bool {
	m := a.ments[i]
	toks := a.dc.sents[m.sent].Toks
	w := func(k int) string { return strings.ToLower(a.tok(m.sent, k)) }
	if isBasedOn(toks[m.to-1].Text) {
		return true // "Vardo-based"
	}
	if placePreposition(w(m.from-1)) && w(m.from-1) != "to" && !a.ownsSite(m) {
		// "in Vardo"; not "cells come from Vardo's new plant", and
		// "sold to Vardo" may be sold to a company
		return true
	}
	switch w(m.from - 1) {
	case "near", "outside", "across", "around", "between", "into", "via", "of":
		return true // "the town of Vardo", "near Vardo"
	}
	switch w(m.to) {
	case "area", "region", "city", "town", "county", "district", "suburb", "municipality", "province", "state":
		return true // "the Vardo area"
	}
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(a.ments) {
			continue
		}
		o := a.ments[j]
		if o.sent != m.sent {
			continue
		}
		if o.start <= m.start && m.end <= o.end && j != i {
			return true // inside a plant's name: "Arvo Plant Vardo"
		}
		comma := j == i+1 && o.from == m.to+1 && w(m.to) == "," || j == i-1 && o.to+1 == m.from && w(m.from-1) == ","
		if comma && (o.typ == graph.Location || o.typ == graph.Plant) {
			return true // "Vardo, Norway", "the Arvo plant, Vardo"
		}
	}
	return false
}

// companyCue reports whether the words around mention i use it as a
// company.
func (a *analysis) companyCue(i int) bool {
	v := a.x.vocab
	m := a.ments[i]
	toks := a.dc.sents[m.sent].Toks
	w := func(k int) string { return strings.ToLower(a.tok(m.sent, k)) }
	next := w(m.to)
	switch {
	case isCompanyVerb(next) || next == "committed" || next == "holds" || next == "hold":
		return true // "Vardo committed $500 million"
	case a.ownsSite(m):
		return true
	case next == "," && w(m.to+1) == "whose":
		for k := m.to + 2; k < len(toks) && k <= m.to+5; k++ {
			if lw := w(k); v.siteNoun.has(lw) || v.orgRole.has(lw) {
				return true // "Vardo, whose Talsa plant"
			}
		}
	}
	if t, _ := a.appositionType(span{Sent: m.sent, From: m.from, To: m.to}); t == graph.Company {
		return true // "Vardo, the electric-car unit of Arvo Motors"
	}
	// A member of a list with a company in it: "Arvo Motors, Vardo and
	// Kovra Energy"; not a list after "in" ("plants in Arvo, Vardo and
	// Talsa").
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(a.ments) {
			continue
		}
		o := a.ments[j]
		gap := j == i+1 && a.listGap(m, o) || j == i-1 && a.listGap(o, m)
		if gap && o.typ == graph.Company && o.conf >= 0.6 && !placePreposition(w(min(m.from, o.from)-1)) {
			return true
		}
	}
	return false
}

// ownsSite reports whether mention m is a possessive before a plant, a
// brand, a product or an executive: "Vardo's new plant", "Vardo's luxury
// brand", "Vardo's chief executive"; not "Vardo's mayor" nor "Vardo's old
// town".
func (a *analysis) ownsSite(m mention) bool {
	v := a.x.vocab
	toks := a.dc.sents[m.sent].Toks
	if m.to >= len(toks) || !isPossessiveTok(toks[m.to].Text) {
		return false
	}
	for k := m.to + 1; k < len(toks) && k <= m.to+3; k++ {
		if lw := strings.ToLower(toks[k].Text); v.siteNoun.has(lw) || v.orgRole.has(lw) || v.personRole.has(lw) && lw != "mayor" || v.productHead.has(lw) {
			return true
		}
	}
	return false
}
