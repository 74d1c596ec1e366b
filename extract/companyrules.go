package extract

// Relation rules between companies: joint ventures, partnerships, ownership, supply and investment.

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// brands reads "With its four brands BMW, MINI and Rolls-Royce, the BMW
// Group ..." and "the group's Kia and Genesis brands": the group owns
// each brand that acts as a company.
func (a *analysis) brands(rb *relationBuilder, si int, slots []slot, lw []string, t int) {
	var owned []int
	owner := -1
	// a list right after the word; after a comma only a list of two or
	// more: "the group's two brands, Arvona and Velmar"
	list := coordinated(slots, lw, t+1)
	if len(list) == 0 && t+2 < len(lw) && lw[t+1] == "," {
		if l := coordinated(slots, lw, t+2); len(l) >= 2 {
			list = l
		}
	}
	if len(list) > 0 {
		owned = list
		for _, s := range slots {
			// "Toyota's luxury brand Lexus": the possessor just before
			if s.typ == graph.Company && s.to < t && t-s.to <= 4 && isPossessiveTok(lw[s.to]) {
				owner = s.ent
			}
		}
		for _, s := range slots {
			if owner < 0 && s.typ == graph.Company && s.from > t && !containsInt(owned, s.ent) {
				owner = s.ent // "..., the BMW Group is"
				break
			}
		}
	} else {
		// a list right before it, after the owner's possessive
		var before []slot
		for _, s := range slots {
			if s.typ == graph.Company && s.to <= t && t-s.to <= 6 {
				before = append(before, s)
			}
		}
		for i, s := range before {
			if s.to < len(lw) && isPossessiveTok(lw[s.to]) {
				owner = s.ent
				for _, o := range before[i+1:] {
					owned = append(owned, o.ent)
				}
				break
			}
		}
	}
	if owner < 0 && (indexOf(lw[max(0, t-4):t], "its") >= 0 || indexOf(lw[max(0, t-4):t], "their") >= 0) {
		owner = a.lastEntityBefore(si-1, graph.Company)
	}
	if containsInt(owned, owner) {
		// "the group's two brands, Arvona and Velmar": a brand that
		// bears the group's name stands for the group, whatever company
		// "the group" was taken for
		for _, o := range owned {
			if strings.HasSuffix(a.ents[o].name, " Group") {
				owner = o
			}
		}
	}
	for _, o := range owned {
		rb.add(si, owner, graph.Owns, o, 0.5)
	}
}

// jointVenture reads a sentence about a joint venture at token v: "J,
// the joint venture of X and Y", "X's joint venture with Y", "J is a
// joint venture in which X holds 70%", "the joint venture X formed with
// Y". A named venture is owned by each parent; the parents partner.
func (a *analysis) jointVenture(rb *relationBuilder, si int, slots []slot, lw []string, v int) {
	jv := -1
	for i := len(slots) - 1; i >= 0; i-- {
		s := slots[i]
		if s.typ != graph.Company || s.to > v {
			continue
		}
		if v-s.to > 7 {
			break
		}
		gap := lw[s.to:v]
		if len(gap) > 0 && isPossessiveTok(gap[0]) {
			continue // "SAIC Motor-CP, SAIC's joint venture": SAIC is a parent
		}
		if len(gap) > 0 && (gap[0] == "," || gap[0] == "is" || gap[0] == "was" || gap[0] == "(" || gap[0] == ")") && describesVenture(gap[1:]) {
			jv = s.ent
		}
		break
	}
	if jv < 0 {
		// "the majority-owned venture JASM, in which ...", "their joint
		// venture under the name IONWAY"
		from := v + 1
		if from+2 < len(lw) && lw[from] == "under" && lw[from+1] == "the" && lw[from+2] == "name" {
			from += 3
		} else if from < len(lw) && (lw[from] == "called" || lw[from] == "named" || lw[from] == "dubbed") {
			from++
		}
		for _, s := range slots {
			if s.typ == graph.Company && (s.from == from || s.from == from+1 && lw[from] == ",") {
				jv = s.ent
				break
			}
		}
	}
	var parents []int
	// "Honda's joint venture with LG Energy Solution"
	for i := len(slots) - 1; i >= 0; i-- {
		s := slots[i]
		if s.typ == graph.Company && s.to < v && v-s.to <= 4 && s.to < len(lw) && isPossessiveTok(lw[s.to]) && s.ent != jv {
			parents = append(parents, s.ent)
			break
		}
	}
	end := len(lw)
	if i := indexOf(lw[v+1:], ";"); i >= 0 {
		end = v + 1 + i
	}
	if v+2 < len(lw) && (lw[v+1] == "of" || lw[v+1] == "between") {
		// "NUMMI, the joint venture of Arvo and Norvik, the Trenzo
		// factory now builds Velmar's cars": the parents are the list
		if list := coordinatedFrom(slots, lw, v+2); len(list) >= 2 {
			end = listEnd(slots, list[len(list)-1], v+2)
		}
	}
	for _, s := range slots {
		// "a venture of X and Y to make cells for the group's Arvo and
		// Velmar factories": the companies after "for" are its customers
		if s.typ == graph.Company && s.from > v && s.from < end && !afterForToken(lw, v, s.from) && s.ent != jv && !containsInt(parents, s.ent) {
			parents = append(parents, s.ent)
		}
	}
	if len(parents) < 2 && jv < 0 {
		// "Stellantis and CATL will invest up to €4.1 billion in a
		// 50:50 joint venture": the pair that opens the sentence
		for _, s := range slots {
			if s.typ != graph.Company || s.to > v {
				continue
			}
			if list := coordinatedFrom(slots, lw, s.from); len(list) >= 2 {
				for _, c := range list {
					if !containsInt(parents, c) {
						parents = append(parents, c)
					}
				}
			}
			break
		}
	}
	if len(parents) == 1 && jv < 0 && v+1 < len(lw) && lw[v+1] == "with" {
		// "Mira Olsen, Arvo Motors' chief executive, announced a joint
		// venture with Norvik Cells": the company the sentence opens with
		if c := firstCompanyFrom(slots, 0, v); c >= 0 && c != parents[0] {
			parents = append(parents, c)
		}
	}
	if len(parents) < 2 && jv >= 0 {
		// "Ford and SK On agreed to dissolve BlueOval SK, the joint
		// venture they formed": the parents come first, but not the
		// group of an apposition ("PowerCo, the battery company of the
		// Volkswagen Group").
		for _, s := range slots {
			if s.typ != graph.Company || s.to > v || s.from > 0 && lw[s.from-1] == "of" || s.from > 1 && lw[s.from-2] == "of" && lw[s.from-1] == "the" {
				continue
			}
			if c := s.ent; c != jv && !containsInt(parents, c) {
				parents = append(parents, c)
			}
		}
	}
	if len(parents) < 2 && jv >= 0 && twoCompaniesBefore(lw, v) {
		// "Kovra's finances were shored up by Arvo Group. The two
		// companies launched Arvo-R Technology, a joint venture"
		for _, c := range a.companiesBefore(si, 2, jv) {
			if !containsInt(parents, c) {
				parents = append(parents, c)
			}
		}
	}
	if len(parents) > 4 {
		parents = parents[:4]
	}
	// "in which TSMC holds 70%, while Bosch ... own 10% each": a stated
	// share is a stake taken, so each parent also invests in the venture.
	shares := slices.Contains(lw, "%") && slices.ContainsFunc(lw, func(w string) bool {
		return w == "holds" || w == "hold" || w == "own" || w == "owns" || w == "stake" || w == "stakes" || w == "share"
	})
	for i, p := range parents {
		if jv >= 0 {
			rb.add(si, p, graph.Owns, jv, 0.6)
			if shares {
				rb.add(si, p, graph.InvestsIn, jv, 0.5)
			}
		}
		for _, q := range parents[i+1:] {
			rb.add(si, p, graph.PartnersWith, q, 0.6)
		}
	}
}

// twoCompaniesBefore reports whether "the two companies" (or partners,
// groups) comes before token v.
func twoCompaniesBefore(lw []string, v int) bool {
	for i := 0; i+1 < v; i++ {
		if (lw[i] == "two" || lw[i] == "both") && (lw[i+1] == "companies" || lw[i+1] == "partners" || lw[i+1] == "groups" || lw[i+1] == "carmakers") {
			return true
		}
	}
	return false
}

// companiesBefore returns the last n different companies named before
// sentence si, other than skip, the latest first.
func (a *analysis) companiesBefore(si, n, skip int) []int {
	var out []int
	for i := len(a.ments) - 1; i >= 0 && len(out) < n; i-- {
		m := a.ments[i]
		if m.sent >= si || a.ents[m.ent].typ != graph.Company || m.ent == skip || containsInt(out, m.ent) {
			continue
		}
		out = append(out, m.ent)
	}
	if len(out) < n {
		return nil
	}
	return out
}

// describesVenture reports whether the words between a company and
// "joint venture" only describe the venture ("BlueOval SK, a 50:50 joint
// venture"), rather than start a clause of their own ("the Volkswagen
// Group, have launched their joint venture").
func describesVenture(gap []string) bool {
	if len(gap) > 4 {
		return false
	}
	for _, w := range gap {
		switch w {
		case "have", "has", "had", "will", "would", "are", "were", "is", "was", "plan", "plans", "and":
			return false
		}
		if strings.HasSuffix(w, "ed") && !strings.Contains(w, "-") {
			return false // "launched", "formed"
		}
	}
	return true
}

// companyOf reads the apposition "PowerCo, the battery company of the
// Volkswagen Group" and "Mini, the British brand of BMW": the group owns
// the company.
func (a *analysis) companyOf(rb *relationBuilder, si int, slots []slot, lw []string) {
	for i, s := range slots {
		if s.typ != graph.Company || s.to+2 >= len(lw) || lw[s.to] != "," || lw[s.to+1] != "the" && lw[s.to+1] != "a" {
			continue
		}
		for j := s.to + 2; j+1 < len(lw) && j <= s.to+5 && lw[j] != ","; j++ {
			if w := lw[j]; (w != "company" && w != "unit" && w != "arm" && w != "brand") || lw[j+1] != "of" {
				continue
			}
			for _, o := range slots[i+1:] {
				if o.typ == graph.Company && (o.from == j+2 || o.from == j+3 && lw[j+2] == "the") {
					rb.add(si, o.ent, graph.Owns, s.ent, 0.5)
				}
			}
			break
		}
	}
}

// foundedBy reads "ACC was founded in 2020 by Stellantis and
// TotalEnergies": the founders own the company they founded, and two or
// more founders are partners.
func (a *analysis) foundedBy(rb *relationBuilder, si int, slots []slot, lw []string) {
	for _, fd := range foundings(slots, lw) {
		by, firm := fd.by, fd.firm
		founders := coordinatedFrom(slots, lw, by+1)
		for i, f := range founders {
			if f == firm {
				continue
			}
			rb.add(si, f, graph.Owns, firm, 0.55)
			for _, g := range founders[i+1:] {
				rb.add(si, f, graph.PartnersWith, g, 0.5)
			}
		}
	}
}

// partnership reads "X and Y signed an agreement", "X partners with Y",
// "a deal between X and Y", "together with X, Y ..." at trigger t.
func (a *analysis) partnership(rb *relationBuilder, si int, slots []slot, lw []string, t int) {
	var x, y int = -1, -1
	// the companies right after "with" or "between"
	for i := t + 1; i < len(lw) && i <= t+6; i++ {
		if lw[i] == "with" || lw[i] == "between" {
			after := companiesIn(slots, i+1, clauseEnd(lw, i+1))
			if lw[i] == "between" && len(after) >= 2 {
				x, y = after[0], after[1]
			} else if len(after) > 0 {
				y = after[0]
			}
			break
		}
	}
	if x < 0 {
		// the subject: the companies before the trigger, "X and Y"
		before := companiesIn(slots, 0, t)
		switch {
		case y >= 0 && len(before) > 0:
			x = before[len(before)-1]
		case y < 0 && len(before) >= 2:
			x, y = before[len(before)-2], before[len(before)-1]
			if subj := a.subjectCompany(si); underSupply(lw, t) && subj >= 0 && subj != y {
				// "Norvik remains a supplier to Tarsa, and to Brava under a
				// wafer agreement": the agreement binds the supplier and
				// the customer right before it
				x = subj
			}
		case y < 0 && len(before) == 1 && lw[0] == "together":
			if after := companiesIn(slots, t+1, len(lw)); len(after) > 0 {
				x, y = before[0], after[0]
			}
		case y >= 0 && len(before) == 0 && t <= 1 && lw[0] != "together":
			// "Partnerships with Arvo, Velmar and Norvik revolve around
			// software": the company the text spoke of last
			x = a.lastEntityBefore(si-1, graph.Company)
		case y >= 0 && len(before) == 0 && t == 0 && lw[0] == "together":
			// "Together with Stellantis, CATL plans ...": the subject
			// right after the opening phrase
			if comma := indexOf(lw, ","); comma > 0 {
				for _, s := range slots {
					if s.typ == graph.Company && s.from == comma+1 {
						x = s.ent
					}
				}
			}
		}
	}
	if x < 0 || y < 0 {
		// "... jointly developed by Audi and Porsche": a coordinated pair
		// anywhere in the sentence.
		cs := of(slots, graph.Company)
		for i := 0; i+1 < len(cs); i++ {
			gap := lw[cs[i].to:cs[i+1].from]
			pair := len(gap) == 1 && gap[0] == "and" || len(gap) == 2 && gap[0] == "and" && gap[1] == "the"
			// "signed agreements to supply cells to Mazda and Subaru":
			// the pair are customers, not partners
			if pair && !slices.ContainsFunc(lw[min(t, cs[i].from):cs[i].from], isSupplyWord) {
				x, y = cs[i].ent, cs[i+1].ent
				break
			}
		}
	}
	if contractDeal(lw, t) && x >= 0 && y >= 0 {
		// "X will build the pickup there under a contract manufacturing
		// deal": the builder, the sentence's first company, supplies the other
		if first := firstCompanyFrom(slots, 0, len(lw)); first == y {
			x, y = y, x
		}
		if customer, maker := forBy(slots, lw, -1); maker >= 0 {
			x, y = maker, customer // "assembled for Zorvan by Arvo under a contract manufacturing deal"
		}
		rb.add(si, x, graph.Supplies, y, 0.5)
		return
	}
	for _, c := range a.listFrom(slots, lw, y) {
		rb.add(si, x, graph.PartnersWith, c, 0.5)
	}
}

// listFrom returns entity e and the companies listed after its first slot
// ("Mercedes-Benz, BMW, Toyota and XPeng"); just e when it opens no list,
// nothing when e < 0.
func (a *analysis) listFrom(slots []slot, lw []string, e int) []int {
	if e < 0 {
		return nil
	}
	out := []int{e}
	start := -1
	for i, s := range slots {
		if s.ent == e {
			start = i
			break
		}
	}
	if start < 0 {
		return out
	}
	prev := slots[start]
	for _, s := range slots[start+1:] {
		if s.from < prev.to {
			continue
		}
		gap := lw[prev.to:s.from]
		ok := len(gap) >= 1 && len(gap) <= 3
		for _, w := range gap {
			ok = ok && (w == "," || w == "and" || w == "the" || w == "as" || w == "well")
		}
		if !ok || s.typ != graph.Company {
			break
		}
		out = append(out, s.ent)
		prev = s
	}
	return out
}

// isNumberWord reports whether w is a number written out: "two billion
// euros".
func isNumberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "fifty", "hundred":
		return true
	}
	return false
}
