package extract

// Company cues of held-out-style news that the shape of a name misses:
// a possessive place before a name that ends like a technology, a name
// that opens a sentence before what only a company does, and names in
// the role slots of ownership, supply and joint ventures.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// possessivePlaceTech reports whether the name ends in "Technology" or
// "Technologies" and follows a place's possessive: "Hong Kong's Lumo
// Technology" is a company the place is home to, not a process.
func (a *analysis) possessivePlaceTech(sp span, ws []string) bool {
	last := ws[len(ws)-1]
	if len(ws) < 2 || last != "Technology" && last != "Technologies" || sp.From < 2 || !isPossessiveTok(a.tok(sp.Sent, sp.From-1)) {
		return false
	}
	// the place may take several words: "Hong Kong's", "South Korea's"
	toks := a.dc.sents[sp.Sent].Toks
	end := sp.From - 1
	for from := end - 1; from >= 0 && end-from <= 3 && isCapitalized(toks[from].Text); from-- {
		if a.x.placeKind(a.text[toks[from].Start:toks[end-1].End]) != "" {
			return true
		}
	}
	return false
}

// openingCompany reports whether an unknown name that opens its sentence
// acts as only a company does: "Kestra remains the largest maker of",
// "Aptor is investing", "Ultra Cathode, which was founded in 2019". A
// name there has no words before it to type it, and one mention of a
// weak guess is dropped.
func (a *analysis) openingCompany(sp span, n int) bool {
	if n > 3 || !a.opensSentence(sp.Sent, sp.From) || a.x.placeKind(a.spanText(sp)) != "" {
		return false
	}
	toks := a.dc.sents[sp.Sent].Toks
	k := sp.To
	if k+1 < len(toks) && toks[k].Text == "," && strings.EqualFold(toks[k+1].Text, "which") {
		k += 2 // "Ultra Cathode, which was founded": the relative clause says what it does
	}
	if k >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k].Text) {
	case "is", "was", "has", "had", "remains", "remained", "became", "will":
	default:
		return false
	}
	// a company's activity or a company's role within a few words: "is
	// investing", "has been building", "remains the largest maker"
	for i := k + 1; i < len(toks) && i <= k+5; i++ {
		w := strings.ToLower(toks[i].Text)
		switch w {
		case "investing", "building", "expanding", "hiring", "supplying", "founded", "established", "headquartered", "based", "listed", "acquired", "owned":
			return true
		}
		if a.x.vocab.orgRole.has(w) && w != "brand" && w != "unit" && w != "venture" && w != "partner" && w != "customer" {
			return true
		}
		if w == "," || w == "." || w == "in" || w == "at" {
			return false
		}
	}
	return false
}

// roleCompanies retypes names that stand in a company's role slot as
// companies: the owner after "owned by", "acquired by" or "controlled
// since 2008 by", the customer after "a supplier to", the parties of "a
// joint venture of A, B and C" or "merged with A". A person's or a
// place's shape loses to the role ("a joint venture of Polva and Al
// Zara"); countries and continents stay places ("owned by China's
// Polva Group" names China only for its possessive). It reads a.ments
// in text order, before the vote of resolveTypes.
func (a *analysis) roleCompanies() {
	for i := 0; i < len(a.ments); i++ {
		if !a.companyRoleBefore(a.ments[i]) {
			continue
		}
		// the slot's first name and the names listed after it; after a
		// place's possessive the name it owns ("of China's Polva Group")
		j := i
		if toks := a.dc.sents[a.ments[j].sent].Toks; a.ments[j].to < len(toks) && isPossessiveTok(toks[a.ments[j].to].Text) &&
			j+1 < len(a.ments) && a.ments[j+1].sent == a.ments[j].sent && a.ments[j+1].from == a.ments[j].to+1 {
			j++
		}
		for {
			a.roleCompany(&a.ments[j])
			if j+1 >= len(a.ments) || !a.listGap(a.ments[j], a.ments[j+1]) {
				break
			}
			j++
		}
		i = j
	}
}

// roleCompany retypes one mention of a role slot as a company.
func (a *analysis) roleCompany(m *mention) {
	switch {
	case m.typ == graph.Location, m.typ == graph.Person, m.typ == graph.Technology, m.typ == graph.Product:
	case m.typ == graph.Company && m.conf < 0.8: // a weak guess: one mention of it would be dropped
	default:
		return
	}
	toks := a.dc.sents[m.sent].Toks
	if m.to < len(toks) && isPossessiveTok(toks[m.to].Text) {
		return // "owned by China's Polva Group": the owner follows
	}
	if k := a.x.placeKind(m.text); k == "country" || k == "continent" || k == "subdivision" {
		return
	}
	if m.phrase || isLowerWord(m.text) {
		return // "a supplier to battery makers"
	}
	m.typ, m.conf = graph.Company, 0.8
}

// companyRoleBefore reports whether the words right before mention m
// make it a company: "owned by", "controlled since 2008 by", "a supplier
// to", "a joint venture of" or "between", "merged with", "takeover of".
func (a *analysis) companyRoleBefore(m mention) bool {
	if m.from < 2 {
		return false
	}
	lw := func(i int) string { return strings.ToLower(a.tok(m.sent, i)) }
	b1, b2 := lw(m.from-1), lw(m.from-2)
	switch {
	case b1 == "to" && (b2 == "supplier" || b2 == "suppliers"):
		return true
	case (b1 == "of" || b1 == "between") && b2 == "venture" && lw(m.from-3) == "joint":
		return true
	case b1 == "with" && b2 == "merged":
		return true
	case b1 == "of" && (b2 == "takeover" || b2 == "subsidiary"):
		return true
	case b1 == "by":
		// a participle of ownership up to four words before "by"
		for k := m.from - 2; k >= 0 && m.from-2-k < 4; k-- {
			switch lw(k) {
			case "owned", "acquired", "controlled", "bought", "purchased":
				return true
			case "over":
				return lw(k-1) == "taken"
			case ",", ".", "and":
				return false
			}
		}
	}
	return false
}
