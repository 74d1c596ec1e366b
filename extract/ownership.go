package extract

// Ownership stated in appositions and share phrases.

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// memberApposition reads "Vardo Motor Company, the group's flagship
// carmaker" and "Velmar, Ostrana's performance brand": the possessor owns
// the company the apposition describes.
func (a *analysis) memberApposition(rb *relationBuilder, si int, slots []slot, lw []string) {
	for _, b := range slots {
		if b.typ != graph.Company || b.to+1 >= len(lw) || lw[b.to] != "," {
			continue
		}
		for _, c := range slots {
			// "Velmar, the Ostrana Group's brand": the article may open the name
			at := c.from == b.to+1 || c.from == b.to+2 && lw[b.to+1] == "the"
			if c.typ != graph.Company || !at || c.ent == b.ent || c.to >= len(lw) || !isPossessiveTok(lw[c.to]) {
				continue
			}
			if memberNounAt(lw, c.to+1) {
				rb.add(si, c.ent, graph.Owns, b.ent, 0.5)
			}
		}
	}
}

// memberNounAt reports whether a noun naming a held company comes within
// three words from i ("flagship carmaker", "parts affiliate"), before a
// word that makes it no daughter ("parent company", "sister brand",
// "former unit") or the phrase ends.
func memberNounAt(lw []string, i int) bool {
	for k := i; k < len(lw) && k < i+3; k++ {
		switch lw[k] {
		case "carmaker", "automaker", "brand", "marque", "subsidiary", "affiliate", "unit", "arm", "division":
			return true
		case ",", "parent", "sister", "former", "rival", "partner", "supplier", "customer", "and", "(":
			return false
		}
	}
	return false
}

// shareholderApposition reads "Velmar supplies vans to Ostrana, one of its
// largest shareholders" and "Norvik, its majority shareholder": the
// company the apposition describes holds a stake in the company "its"
// refers to, one it controls when the stake is a majority.
func (a *analysis) shareholderApposition(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t, w := range lw {
		if w != "shareholder" && w != "shareholders" && w != "investor" && w != "investors" {
			continue
		}
		its := -1
		for k := t - 1; k >= 0 && k >= t-3; k-- {
			if lw[k] == "its" || lw[k] == "their" {
				its = k
				break
			}
		}
		if its < 1 || a.negatedNear(si, its) {
			continue
		}
		comma := its - 1
		if comma >= 2 && lw[comma] == "of" && lw[comma-1] == "one" {
			comma -= 2 // "Ostrana, one of its largest shareholders"
		}
		if lw[comma] != "," {
			continue
		}
		holder, held := -1, -1
		for _, s := range slots {
			if s.typ != graph.Company {
				continue
			}
			if s.to == comma {
				holder = s.ent
				break
			}
			held = s.ent // the company named last before the holder
		}
		if holder < 0 {
			continue
		}
		if held < 0 {
			// "Norvik, its majority shareholder, approved": the company
			// the text spoke of last
			held = a.lastEntityBefore(si-1, graph.Company)
		}
		if held == holder {
			continue
		}
		p := graph.InvestsIn
		if slices.ContainsFunc(lw[its:t], func(w string) bool { return w == "majority" || w == "controlling" || w == "main" }) {
			p = graph.Owns
		}
		rb.add(si, holder, p, held, 0.5)
	}
}

// controlStatement reads control stated outright: "Velmar, the brand
// controlled by Norvik Holdings", "majority-owned by Norvik", and
// "Ostrana holds a majority of the company's shares", "holds a
// controlling stake in Velmar": the controller owns the company.
func (a *analysis) controlStatement(rb *relationBuilder, si int, slots []slot, lw []string) {
	for t := 0; t+2 < len(lw); t++ {
		if a.tokenInSlot(slots, t) || a.negatedNear(si, t) {
			continue
		}
		w := lw[t]
		switch {
		case (w == "controlled" || w == "majority-owned" || w == "majority-controlled") && lw[t+1] == "by":
			// the company controlled stands close before: "Velmar, the
			// brand controlled by", not one further back in the sentence
			rb.add(si, firstCompanyFrom(slots, t+2, t+4), graph.Owns, lastCompanyBefore(slots, t, 6), 0.5)
		case (w == "holds" || w == "hold" || w == "held" || w == "owns" || w == "own") && majorityAt(lw, t+1):
			rb.add(si, firstCompanyBefore(slots, t), graph.Owns, heldAfter(slots, lw, t+2), 0.5)
		}
	}
}

// majorityAt reports whether a majority holding starts at token i: "a
// majority", "the majority", "a controlling stake".
func majorityAt(lw []string, i int) bool {
	if i+1 >= len(lw) || lw[i] != "a" && lw[i] != "the" {
		return false
	}
	return lw[i+1] == "majority" || lw[i+1] == "controlling" || strings.HasPrefix(lw[i+1], "majority-")
}

// firstCompanyFrom returns the first company slot starting in tokens
// [from, to), or -1.
func firstCompanyFrom(slots []slot, from, to int) int {
	if cs := companiesIn(slots, from, to); len(cs) > 0 {
		return cs[0]
	}
	return -1
}

// firstCompanyBefore returns the first company slot that ends at or
// before token i, or -1: the subject of the verb at i, not a company of
// a clause between them.
func firstCompanyBefore(slots []slot, i int) int {
	for _, s := range slots {
		if s.typ == graph.Company && s.to <= i {
			return s.ent
		}
	}
	return -1
}

// lastCompanyBefore returns the company slot ending last at or before
// token i and at most n tokens before it, or -1.
func lastCompanyBefore(slots []slot, i, n int) int {
	if s, ok := lastSlot(slots, i, graph.Company); ok && i-s.to <= n {
		return s.ent
	}
	return -1
}

// heldAfter returns the company a holding starting at token i is in: the
// first company after "of" or "in" ("a majority of the company's shares",
// "a controlling stake in Velmar"), within the clause; -1 for "Ostrana
// holds the majority, Norvik the rest".
func heldAfter(slots []slot, lw []string, i int) int {
	for k := i; k < len(lw) && k < i+6; k++ {
		switch lw[k] {
		case ",", ";", ".", "(":
			return -1
		case "of", "in":
			return firstCompanyFrom(slots, k+1, k+4)
		}
	}
	return -1
}

// investTarget returns the first plant or company after the investment
// word at token t, but not a co-investor: "an investment of $1.3 billion,
// together with trading company Norvik Tsusho" names whom Arvo invests
// with, not in.
func investTarget(slots []slot, lw []string, t int) int {
	for _, s := range slots {
		if s.from <= t || s.typ != graph.Plant && s.typ != graph.Company {
			continue
		}
		if s.typ == graph.Company && withBefore(lw, s.from) {
			continue
		}
		if v := indexOf(lw[t:s.from], "venture"); v >= 0 && s.from-(t+v) > 3 {
			// "will invest €4bn in a joint venture that is to build a
			// plant at Arvo's Trenzo site": the unnamed venture is
			return -1
		}
		return s.ent
	}
	return -1
}

// withBefore reports whether "with" comes within the four words before
// token i, with only descriptive words between: "with Norvik", "together
// with trading company Norvik".
func withBefore(lw []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch lw[k] {
		case "with":
			return true
		case ",", "in", "into", "at", "for", "of", "and":
			return false
		}
	}
	return false
}

// namedSubsidiaries links a company named after another company of the
// document to it: "BYD Brasil" and "CATL Europe" are owned by BYD and
// CATL.
func (a *analysis) namedSubsidiaries(rb *relationBuilder) {
	bases := map[string]int{}
	for i, e := range a.ents {
		if e.typ == graph.Company && len(e.ments) > 0 {
			for _, mi := range e.ments {
				bases[a.ments[mi].text] = i
			}
		}
	}
	owned := map[string]bool{}
	partners := map[[2]string]bool{}
	for _, r := range rb.out {
		switch r.Predicate {
		case graph.Owns:
			owned[r.Object.Name] = true
		case graph.PartnersWith:
			partners[[2]string{r.Subject.Name, r.Object.Name}] = true
			partners[[2]string{r.Object.Name, r.Subject.Name}] = true
		}
	}
	for i, e := range a.ents {
		if e.typ != graph.Company || len(e.ments) == 0 || owned[e.name] {
			continue // "Hyundai Mobis, the group's parts affiliate": the text names its owner
		}
		ws := strings.Fields(e.name)
		if len(ws) < 2 || a.x.vocab.orgTail.has(ws[len(ws)-1]) && len(ws) == 2 {
			continue
		}
		switch ws[len(ws)-1] {
		case "Group", "Holding", "Holdings":
			continue // "Hyundai Motor Group" is the parent of "Hyundai Motor Company", not its child
		}
		for k := len(ws) - 1; k >= 1; k-- {
			if parent, ok := bases[strings.Join(ws[:k], " ")]; ok && parent != i {
				// "together with trading company Arvo Tsusho": a partner
				// of Arvo's is a company of its own
				if !partners[[2]string{a.ents[parent].name, e.name}] {
					rb.add(a.ments[e.ments[0]].sent, parent, graph.Owns, i, 0.5)
				}
				break
			}
		}
	}
}

// groupBrands reports whether a sentence speaks of the brands of a group:
// "six models from three group brands share the site", "the group's
// brands". Models built "for" such a brand are the group's own, not a
// customer's.
func groupBrands(lw []string) bool {
	for i, w := range lw {
		if w != "brands" {
			continue
		}
		for k := max(0, i-3); k < i; k++ {
			if lw[k] == "group" || lw[k] == "its" || lw[k] == "their" {
				return true
			}
		}
	}
	return false
}

// foundedApposition reads "Velmar, the software company that Arvo Group
// set up": the founder owns the company the apposition describes.
func (a *analysis) foundedApposition(rb *relationBuilder, si int, slots []slot, lw []string) {
	for i, y := range slots {
		t := y.to
		if y.typ != graph.Company || y.from < 4 || t+1 >= len(lw) || lw[y.from-1] != "that" && lw[y.from-1] != "which" || a.negatedNear(si, t) {
			continue
		}
		if !(lw[t] == "set" && lw[t+1] == "up" || lw[t] == "spun" && lw[t+1] == "off" || lw[t] == "founded" || lw[t] == "created" || lw[t] == "established") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			x := slots[j]
			if x.to >= y.from {
				continue
			}
			gap := lw[x.to : y.from-1]
			if x.typ == graph.Company && len(gap) >= 3 && len(gap) <= 8 && gap[0] == "," && (gap[1] == "the" || gap[1] == "a") && isFirmNoun(gap[len(gap)-1]) {
				rb.add(si, y.ent, graph.Owns, x.ent, 0.5)
			}
			break
		}
	}
}

// isFirmNoun reports whether w names a company: "the software company
// that", "the start-up which".
func isFirmNoun(w string) bool {
	switch w {
	case "company", "firm", "business", "venture", "start-up", "startup", "unit", "subsidiary", "brand", "maker", "carmaker", "manufacturer":
		return true
	}
	return false
}

// afterForToken reports whether token i, after token v, belongs to a
// phrase opened by "for" rather than "with", "of", "between" or "by".
func afterForToken(lw []string, v, i int) bool {
	for k := i - 1; k > v; k-- {
		switch lw[k] {
		case "for":
			return true
		case "with", "of", "between", "by":
			return false
		}
	}
	return false
}

// groupCompanies reads "for the group's Arvo and Velmar factories": a
// group whose possessive opens a list of companies before a noun owns
// them.
func (a *analysis) groupCompanies(rb *relationBuilder, si int, slots []slot, lw []string) {
	for _, g := range slots {
		if g.typ != graph.Company || g.to >= len(lw) || !isPossessiveTok(lw[g.to]) || !strings.HasSuffix(a.ents[g.ent].name, " Group") && lw[g.to-1] != "group" {
			continue
		}
		list := coordinated(slots, lw, g.to+1)
		if len(list) < 2 || !heldNounAfter(slots, lw, list[len(list)-1], g.to+1) {
			continue
		}
		for _, c := range list {
			if c != g.ent {
				rb.add(si, g.ent, graph.Owns, c, 0.45)
			}
		}
	}
}

// heldNounAfter reports whether the slot of company last, at or after
// token from, is followed by a noun for what a group's companies have:
// "the group's Arvo and Velmar factories", "... brands".
func heldNounAfter(slots []slot, lw []string, last, from int) bool {
	for _, s := range slots {
		if s.ent != last || s.from < from || s.to >= len(lw) {
			continue
		}
		switch lw[s.to] {
		case "factories", "plants", "brands", "models", "sites", "vehicles", "cars":
			return true
		}
		return false
	}
	return false
}

// listEnd returns the token after the slot of company last at or after
// token from.
func listEnd(slots []slot, last, from int) int {
	for _, s := range slots {
		if s.ent == last && s.from >= from {
			return s.to
		}
	}
	return from
}

// jointInvestment reads "Arvo and Norvik plan to invest about €3 billion
// together" with no target named: the pair invest in the venture the
// text has them own together.
func (a *analysis) jointInvestment(rb *relationBuilder, si int, slots []slot, lw []string, inv, t int) {
	var pair []int
	for _, s := range slots {
		if s.typ == graph.Company && s.to <= t {
			if list := coordinatedFrom(slots, lw, s.from); len(list) >= 2 && containsInt(list, inv) {
				pair = list
			}
			break
		}
	}
	if len(pair) < 2 {
		return
	}
	owners := map[string]int{}
	for _, r := range rb.out {
		if r.Predicate != graph.Owns {
			continue
		}
		for _, p := range pair {
			if r.Subject.Name == a.ents[p].name {
				owners[r.Object.Name]++
			}
		}
	}
	for i, e := range a.ents {
		if e.typ == graph.Company && owners[e.name] == len(pair) {
			for _, p := range pair {
				rb.add(si, p, graph.InvestsIn, i, 0.45)
			}
		}
	}
}
