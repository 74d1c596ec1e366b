package extract

// Canonical names of the entities of one article, as the guidelines
// write them.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

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
		rest, whole := multiWordLegalBase(ws)
		if whole {
			return name // "Lumo Vehicles Private Limited": not cut to "Lumo Vehicles Private"
		}
		if len(rest) < len(ws) {
			ws = rest
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
		if last == "Private" || last == "Pvt" || x.vocab.legal.has(last) && len(ws) > 2 {
			ws = ws[:len(ws)-1] // "Lumo Vehicles Private Limited", kept whole by companyBase
			continue
		}
		switch last {
		case "Cars", "Motor", "Motors", "Auto", "Automotive", "Corporation", "Company", "Co", "International", "Technologies", "High-Tech", "Holding", "Holdings":
			if len(ws) == 2 && x.english[strings.ToLower(ws[0])] {
				break // "General Motors" is no General
			}
			if last == "Technologies" && x.vocab.productHead.has(strings.ToLower(ws[len(ws)-2])) {
				break // "Kovra Cell Technologies": the goods and the word make one noun
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
			// "Vela 1": a proper name with a number, no "Plant 2" or "Hall 4"
			numbered := n >= 2 && isNumber(ws[n-1]) && allCapitalized(ws[:n-1]) && !x.vocab.siteHead.has(strings.ToLower(ws[n-2])) && ws[n-2] != "Hall" && ws[n-2] != "Line"
			if named || described || numbered || strings.HasPrefix(f, "Gigafactory ") || strings.HasPrefix(f, "Factory ") {
				e.name, e.proper = f, true
				break
			}
			// "the Vejle Assembly complex": the capitalised words are the
			// plant's own name, the site noun only says what it is.
			if n >= 3 && (ws[n-2] == "Manufacturing" || ws[n-2] == "Assembly") && isLowerWord(ws[n-1]) && x.vocab.siteNoun.has(ws[n-1]) {
				e.name, e.proper = strings.Join(ws[:n-1], " "), true
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
			e.name = strings.TrimSpace(a.groupOperator(e, x.plantOperator(op)) + " " + a.kindInName(e) + " Plant " + e.place + a.plantNumber(e))
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
	best := ""
	for _, mi := range e.ments {
		b := a.x.companyBase(a.ments[mi].text)
		if best == "" || len(b) < len(best) && !isAllCaps(b) || isAllCaps(best) && !isAllCaps(b) {
			best = b
		}
	}
	if len(strings.Fields(a.x.plantOperator(best))) <= 2 {
		return best // "Arvo Kovra Automotive (AKA)" runs Arvo Kovra Plant Vejle
	}
	for _, mi := range e.ments {
		if m := a.ments[mi]; m.acronymOf > 0 {
			return m.text // "European Semiconductor Manufacturing Company (ESMC)" runs ESMC Plant Dresden
		}
	}
	return best
}

// groupOperator keeps "Group" in the operator of a plant when the short
// name would be ambiguous: an article on "Volvo Group" that also names
// "Volvo Cars", a company the group does not run, calls its plant "Volvo
// Group Plant Monterrey", since "Volvo Plant" could be either's.
func (a *analysis) groupOperator(e *entity, short string) string {
	if e.operator < 0 {
		return short
	}
	grouped := ""
	for _, mi := range a.ents[e.operator].ments {
		if t := a.ments[mi].text; strings.HasSuffix(t, " Group") && strings.EqualFold(a.x.plantOperator(t), short) {
			grouped = t
			break
		}
	}
	if grouped == "" {
		return short
	}
	for i, o := range a.ents {
		if i == e.operator || o.typ != graph.Company {
			continue
		}
		for _, mi := range o.ments {
			if t := a.ments[mi].text; t != short && strings.EqualFold(a.x.plantOperator(t), short) {
				return grouped
			}
		}
	}
	return short
}
