package extract

// Passes over all mentions of an article that settle their types: pairs
// and lists of names, towns named like companies, and the vote of all
// mentions of one name.

import (
	"sort"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

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
			// "Electric" too: a model named so never reaches here typed company
			tail = tail && (v.orgTail.has(lw) || v.legal.has(lw) || lw == "electric")
		}
		if tail {
			heads[ws[0]] = true
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ != graph.Location || m.to-m.from != 1 || !heads[m.text] {
			continue
		}
		if k := a.x.placeKind(m.text); k == "country" || k == "continent" {
			continue // a short name of a company that is also a province
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

// typeLists gives the members of a list the type of its surely typed
// members: in "the Phantom, Ghost and Cullinan" one known model makes the
// others models; weak guesses (an unknown capitalised word) yield. It
// reads a.ments in text order.
func (a *analysis) typeLists() {
	for i := 0; i < len(a.ments); {
		j := i + 1
		for j < len(a.ments) && a.listGap(a.ments[j-1], a.ments[j]) {
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

// listGap reports whether only a list separator stands between mentions x
// and y of one sentence: ",", "and", ", and", "as well as", each maybe
// before "the".
func (a *analysis) listGap(x, y mention) bool {
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
