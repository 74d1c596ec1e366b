package extract

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// trigger classes: the verbs and nouns by which articles state each
// predicate.
func isProduceWord(w string) bool {
	return hasAnyPrefix(w, "build", "built", "produc", "manufactur", "assembl", "output") || w == "line" || w == "lines" || w == "models" || w == "products" || w == "added" || w == "follow" || w == "follows" ||
		w == "make" || w == "makes" || w == "made" || w == "making" || w == "rolls" || w == "rolling" || w == "rolled"
}

func isSupplyWord(w string) bool {
	return hasAnyPrefix(w, "suppl", "deliver", "provid", "sourc", "customer", "purchas") || w == "order" || w == "orders" || w == "ordered" || w == "buys" || w == "bought" || w == "buy"
}

func isInvestWord(w string) bool {
	return hasAnyPrefix(w, "invest", "stake", "fund", "spen", "commit", "inject", "backed", "backing")
}

func isPartnerWord(w string) bool {
	return hasAnyPrefix(w, "partner", "cooperat", "collaborat", "allian", "agreement", "deal", "signed", "memorandum", "jointly", "teamed", "teaming", "venture")
}

func isDevelopWord(w string) bool {
	return hasAnyPrefix(w, "develop", "research", "pioneer", "patent", "pilot", "design", "engineer", "invent", "prototyp")
}

func isUseWord(w string) bool {
	return w == "use" || w == "uses" || w == "used" || w == "using" || w == "based" || w == "sits" || w == "sit" || w == "relies" || w == "rely" || w == "relying" ||
		hasAnyPrefix(w, "deploy", "equip", "employ", "adopt", "implement", "appl", "incorporat", "integrat", "introduc", "install", "utili", "underpin", "rolls out", "powered", "harness", "leverag")
}

func isOwnWord(w string) bool {
	return hasAnyPrefix(w, "own", "subsidiar", "parent", "acquir", "takeover", "belong", "division", "brand") || w == "unit" || w == "bought" || w == "part" || w == "shareholder"
}

func isOperateWord(w string) bool {
	return hasAnyPrefix(w, "operat", "opened", "opens", "runs", "run ")
}

func hasAnyPrefix(w string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// sentenceRelations applies the relation rules to one sentence.
func (a *analysis) sentenceRelations(rb *relationBuilder, si int, slots []slot) {
	toks := a.dc.sents[si].Toks
	lw := make([]string, len(toks))
	for i, t := range toks {
		lw[i] = strings.ToLower(t.Text)
	}
	find := func(pred func(string) bool) []int {
		var at []int
		for i, w := range lw {
			if pred(w) && !a.tokenInSlot(slots, i) && !a.negatedNear(si, i) {
				at = append(at, i)
			}
		}
		return at
	}
	of := func(ts ...graph.EntityType) []slot {
		var out []slot
		for _, s := range slots {
			for _, t := range ts {
				if s.typ == t {
					out = append(out, s)
				}
			}
		}
		return out
	}
	// nearestBefore returns the last slot of a type ending before token i.
	nearestBefore := func(i int, ts ...graph.EntityType) int {
		best := -1
		for _, s := range of(ts...) {
			if s.to <= i {
				best = s.ent
			}
		}
		return best
	}
	firstAfter := func(i int, ts ...graph.EntityType) int {
		for _, s := range of(ts...) {
			if s.from > i {
				return s.ent
			}
		}
		return -1
	}

	a.locationRules(rb, si, slots, lw)
	a.gazetteerContainment(rb, si, slots)
	a.worksForRules(rb, si, slots, lw)

	// produces: for each product, the plant nearest to it, else the
	// company, else the plant or company the text last spoke of.
	if prod := find(isProduceWord); len(prod) > 0 {
		plants, companies := of(graph.Plant), of(graph.Company)
		for _, p := range of(graph.Product) {
			producer := -1
			town := a.townPlant(slots, p.from)
			if len(plants) == 0 && town < 0 && (indexOf(lw, "there") >= 0 || indexOf(lw, "here") >= 0) {
				// "associates build most of BMW's X models there"
				if town = a.recentPlant(si, 3); town < 0 {
					town = a.mainPlant()
				}
			}
			pronoun := a.subjects[si] >= 0 && len(plants) == 0 && nearestBefore(prod[0], graph.Company) < 0
			if t := prod[0]; si > 0 && a.subjects[si-1] >= 0 && (t >= 1 && lw[t-1] == "it" || t >= 2 && lw[t-2] == "it" && lw[t-1] == "also") {
				// "Besides the cars from Factory 56, it builds the E-Class":
				// the pronoun right before the verb is the last subject.
				pronoun, a.subjects[si] = true, a.subjects[si-1]
			}
			switch {
			case pronoun:
				// "It builds the Kangoo": what the last sentence was about.
				producer = a.subjects[si]
			case len(plants) > 0:
				producer = closestTo(plants, p.from)
				// "the factory makes cells that go into GM's pickups, the
				// Lyriq": another company between the plant and the
				// product is the product's maker.
				if pl := slotOf(plants, producer); pl.to <= p.from {
					for _, c := range companies {
						if c.from >= pl.to && c.to <= p.from && c.ent != a.ents[producer].operator {
							producer = c.ent
						}
					}
				}
			case town >= 0:
				// "Debrecen will assemble the batteries", "built in
				// Zwickau": the town stands for its plant.
				producer = town
			case len(companies) > 0:
				producer = nearestBefore(p.from, graph.Company)
				if producer < 0 {
					producer = companies[0].ent
				}
				// "Porsche builds the Macan at its Leipzig plant. The
				// company also assembles the Panamera": the plant, unless
				// the sentence names another town.
				if pl := a.recentPlant(si, 2); pl >= 0 && a.ents[pl].operator == producer && len(of(graph.Location)) == 0 {
					producer = pl
				}
			default:
				producer = a.recentPlant(si, 3)
				if producer < 0 {
					// "we make ... here", "assembled on site": an
					// article about one plant speaks of it
					producer = a.mainPlant()
				}
				if producer < 0 {
					producer = a.lastEntityBefore(si, graph.Company)
				}
			}
			rb.add(si, producer, graph.Produces, p.ent, 0.6)
		}
	}
	// operates: "X opened / runs / operates the plant".
	for _, t := range find(isOperateWord) {
		c, p := nearestBefore(t, graph.Company), firstAfter(t, graph.Plant)
		rb.add(si, c, graph.Operates, p, 0.6)
	}
	// supplies
	for _, t := range find(isSupplyWord) {
		supplier, customer := a.supplyPair(si, slots, lw, t)
		rb.add(si, supplier, graph.Supplies, customer, 0.5)
	}
	// invests_in: "X invests €2bn in its Y plant", "in Debrecen" for the
	// plant there.
	for _, t := range find(isInvestWord) {
		inv := nearestBefore(t, graph.Company)
		if inv < 0 && a.subjects[si] >= 0 && a.ents[a.subjects[si]].typ == graph.Company {
			inv = a.subjects[si] // "It will invest ..."
		}
		if inv < 0 {
			continue
		}
		target := firstAfter(t, graph.Plant, graph.Company)
		if target < 0 {
			if l := firstAfter(t, graph.Location); l >= 0 {
				target = a.plantAt(a.ents[l].name, inv)
			}
		}
		rb.add(si, inv, graph.InvestsIn, target, 0.5)
	}
	// joint ventures and partnerships
	if v := indexOf(lw, "venture"); v >= 0 && !a.negatedNear(si, v) {
		a.jointVenture(rb, si, slots, lw, v)
	} else {
		for _, t := range find(isPartnerWord) {
			a.partnership(rb, si, slots, lw, t)
		}
	}
	// develops and uses
	for _, t := range find(isDevelopWord) {
		dev := nearestBefore(t, graph.Company, graph.Plant)
		if dev < 0 {
			dev = a.subjects[si]
		}
		if dev < 0 {
			dev = a.lastEntityBefore(si, graph.Company)
		}
		for _, tech := range of(graph.Technology) {
			rb.add(si, dev, graph.Develops, tech.ent, 0.5)
		}
	}
	for _, t := range find(isUseWord) {
		user := nearestBefore(t, graph.Plant, graph.Company)
		if user < 0 {
			user = a.subjects[si]
		}
		if user < 0 {
			user = a.mainPlant()
		}
		if user < 0 {
			user = a.lastEntityBefore(si, graph.Plant)
		}
		for _, tech := range of(graph.Technology) {
			rb.add(si, user, graph.Uses, tech.ent, 0.5)
		}
	}
	// A plant and a technology in one sentence: the plant works with it.
	if techs := of(graph.Technology); len(techs) > 0 && len(find(isDevelopWord)) == 0 {
		plant := -1
		if ps := of(graph.Plant); len(ps) > 0 {
			plant = closestTo(ps, techs[0].from)
		} else if plant = a.townPlant(slots, techs[0].from); plant < 0 {
			plant = a.mainPlant() // an article about one plant
		}
		for _, tech := range techs {
			rb.add(si, plant, graph.Uses, tech.ent, 0.4)
		}
	}
	// "AIQX, BMW's in-house system": the possessor develops it.
	for _, c := range of(graph.Company) {
		if c.to >= len(lw) || !isPossessiveTok(lw[c.to]) {
			continue
		}
		for _, tech := range of(graph.Technology) {
			if d := tech.from - c.to; d > 0 && d <= 5 || c.from >= tech.to && c.from-tech.to <= 2 {
				rb.add(si, c.ent, graph.Develops, tech.ent, 0.4)
			}
		}
	}
	a.moneyInvestment(rb, si, slots, lw)
	// "build up to 2,000 motors a day - for Audi and for Porsche": the
	// maker supplies the companies it makes them for.
	if prod := find(isProduceWord); len(prod) > 0 {
		maker := -1
		if ps := of(graph.Plant); len(ps) > 0 {
			maker = a.ents[closestTo(ps, prod[0])].operator
		} else if c := nearestBefore(prod[0], graph.Company); c >= 0 {
			maker = c
		}
		for i := prod[0] + 1; i < len(lw) && maker >= 0; i++ {
			if lw[i] != "for" {
				continue
			}
			for _, c := range coordinatedFrom(slots, lw, i+1) {
				if c != maker {
					rb.add(si, maker, graph.Supplies, c, 0.4)
				}
			}
		}
	}
	// owns
	for _, t := range find(isOwnWord) {
		w := lw[t]
		before, after := nearestBefore(t, graph.Company), firstAfter(t, graph.Company)
		apposed := slotStartsWithin(slots, t+1, 2) // "its subsidiary Saft"
		switch {
		case w == "brands" || w == "brand":
			a.brands(rb, si, slots, lw, t)
		case w == "parent" && t+1 < len(lw) && lw[t+1] == "company":
			rb.add(si, before, graph.Owns, after, 0.5)
		case apposed && (hasAnyPrefix(w, "subsidiar", "division", "affiliate") || w == "unit" || w == "arm"):
			owner := before
			if owner < 0 {
				owner = a.lastEntityBefore(si-1, graph.Company)
			}
			rb.add(si, owner, graph.Owns, after, 0.5)
		case hasAnyPrefix(w, "subsidiar", "belong", "division") || w == "unit" || w == "part" || w == "owned" && t > 0 && lw[t-1] != "wholly" && t+1 < len(lw) && lw[t+1] == "by":
			rb.add(si, after, graph.Owns, before, 0.5)
		case w == "owns" || w == "owned" || hasAnyPrefix(w, "acquir", "parent") || w == "bought":
			rb.add(si, before, graph.Owns, after, 0.5)
		case w == "shareholder" && t > 0 && (lw[t-1] == "main" || lw[t-1] == "majority" || lw[t-1] == "controlling"):
			// "Geely Holding is also Volvo Cars' main shareholder"
			var owner int = -1
			for _, sl := range slots {
				if sl.typ == graph.Company && sl.to <= t {
					owner = sl.ent
					break
				}
			}
			rb.add(si, owner, graph.Owns, before, 0.5)
		}
	}
}

// brands reads "With its four brands BMW, MINI and Rolls-Royce, the BMW
// Group ..." and "the group's Kia and Genesis brands": the group owns
// each brand that acts as a company.
func (a *analysis) brands(rb *relationBuilder, si int, slots []slot, lw []string, t int) {
	var owned []int
	owner := -1
	// a list right after the word
	if list := coordinated(slots, lw, t+1); len(list) > 0 {
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
	for _, o := range owned {
		rb.add(si, owner, graph.Owns, o, 0.5)
	}
}

// coordinated returns the companies of a list that starts at token i:
// "BMW, MINI, Rolls-Royce and BMW Motorrad".
func coordinated(slots []slot, lw []string, i int) []int {
	var out []int
	for _, s := range slots {
		if s.from < i || s.typ != graph.Company {
			continue
		}
		if s.from != i {
			break
		}
		out = append(out, s.ent)
		i = s.to
		if i < len(lw) && (lw[i] == "," || lw[i] == "and") {
			i++
			if i < len(lw) && lw[i] == "and" {
				i++
			}
		}
	}
	return out
}

// companiesIn returns the distinct company entities of slots starting in
// token range [from, to), in order.
func companiesIn(slots []slot, from, to int) []int {
	var out []int
	for _, s := range slots {
		if s.typ == graph.Company && s.from >= from && s.from < to && !containsInt(out, s.ent) {
			out = append(out, s.ent)
		}
	}
	return out
}

// clauseEnd returns the first token at or after i that ends a clause.
func clauseEnd(lw []string, i int) int {
	for ; i < len(lw); i++ {
		switch lw[i] {
		case ";", "which", "that", "where", "while", "but", "after", "before", "(":
			return i
		}
	}
	return len(lw)
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
		if len(gap) > 0 && (gap[0] == "," || gap[0] == "is" || gap[0] == "was" || gap[0] == "(" || gap[0] == ")") {
			jv = s.ent
		}
		break
	}
	if jv < 0 {
		// "the majority-owned venture JASM, in which ..."
		for _, s := range slots {
			if s.typ == graph.Company && (s.from == v+1 || s.from == v+2 && lw[v+1] == ",") {
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
	for _, c := range companiesIn(slots, v+1, end) {
		if c != jv && !containsInt(parents, c) {
			parents = append(parents, c)
		}
	}
	if len(parents) < 2 && jv >= 0 {
		// "Ford and SK On agreed to dissolve BlueOval SK, the joint
		// venture they formed": the parents come first.
		for _, c := range companiesIn(slots, 0, v) {
			if c != jv && !containsInt(parents, c) {
				parents = append(parents, c)
			}
		}
	}
	if len(parents) > 4 {
		parents = parents[:4]
	}
	for i, p := range parents {
		if jv >= 0 {
			rb.add(si, p, graph.Owns, jv, 0.6)
		}
		for _, q := range parents[i+1:] {
			rb.add(si, p, graph.PartnersWith, q, 0.6)
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
		case y < 0 && len(before) == 1 && lw[0] == "together":
			if after := companiesIn(slots, t+1, len(lw)); len(after) > 0 {
				x, y = before[0], after[0]
			}
		}
	}
	if x < 0 || y < 0 {
		// "... jointly developed by Audi and Porsche": a coordinated pair
		// anywhere in the sentence.
		cs := of(slots, graph.Company)
		for i := 0; i+1 < len(cs); i++ {
			if gap := lw[cs[i].to:cs[i+1].from]; len(gap) == 1 && gap[0] == "and" || len(gap) == 2 && gap[0] == "and" && gap[1] == "the" {
				x, y = cs[i].ent, cs[i+1].ent
				break
			}
		}
	}
	rb.add(si, x, graph.PartnersWith, y, 0.5)
}

// of returns the slots of the given type, in order.
func of(slots []slot, t graph.EntityType) []slot {
	var out []slot
	for _, s := range slots {
		if s.typ == t {
			out = append(out, s)
		}
	}
	return out
}

// locationRules: "Leipzig, Germany", "Debrecen in Hungary", "the plant in
// Leipzig", "France's Tiamat".
func (a *analysis) locationRules(rb *relationBuilder, si int, slots []slot, lw []string) {
	for i, s := range slots {
		// the next slot after this one, past any nested in it (the town
		// inside a plant's name)
		k := i + 1
		for k < len(slots) && slots[k].from < s.to {
			k++
		}
		if k >= len(slots) {
			break
		}
		n := slots[k]
		gap := lw[s.to:n.from]
		if n.typ != graph.Location {
			// "France's Tiamat"
			if s.typ == graph.Location && n.typ == graph.Company && len(gap) == 1 && isPossessiveTok(gap[0]) {
				rb.add(si, n.ent, graph.LocatedIn, s.ent, 0.6)
			}
			continue
		}
		switch s.typ {
		case graph.Location:
			// "Leipzig, Germany", "Debrecen in Hungary"; not a list of
			// towns ("Munich, Dingolfing and Regensburg")
			if len(gap) == 1 && (gap[0] == "," || gap[0] == "in") && (a.placeRank(s.ent) < a.placeRank(n.ent) || a.x.within(a.ents[s.ent].name, a.ents[n.ent].name) || a.x.placeKind(a.ents[s.ent].name) == "") {
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.7)
			}
		case graph.Plant:
			if len(gap) >= 1 && len(gap) <= 5 && (gap[len(gap)-1] == "in" || gap[len(gap)-1] == "at" || gap[len(gap)-1] == "near") {
				// A plant named after its town is in the town; the place
				// after "in" then contains the town, not the plant.
				if town := a.placeEntity(a.ents[s.ent].place); town >= 0 && town != n.ent {
					if a.placeRank(n.ent) > a.placeRank(town) || a.x.within(a.ents[town].name, a.ents[n.ent].name) {
						rb.add(si, town, graph.LocatedIn, n.ent, 0.6)
					}
					continue
				}
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.6)
			}
		case graph.Company:
			if len(gap) >= 2 && (gap[len(gap)-1] == "in") && (gap[len(gap)-2] == "headquartered" || gap[len(gap)-2] == "based") {
				rb.add(si, s.ent, graph.LocatedIn, n.ent, 0.6)
			}
		}
	}
	// "the Munich-based carmaker", "Brussels-based Toyota Motor Europe"
	for _, s := range slots {
		if s.typ != graph.Location || s.to-s.from != 1 || !isBasedOn(lw[s.from]) {
			continue
		}
		for _, n := range slots {
			after := n.from > s.from && n.from-s.to <= 3
			around := n.from < s.from && n.to >= s.to // "the Ningde-based company"
			if (after || around) && n.typ == graph.Company {
				rb.add(si, n.ent, graph.LocatedIn, s.ent, 0.6)
				break
			}
		}
	}
}

// gazetteerContainment links places of one sentence that the gazetteer
// says lie one inside the other, hop by hop: "Shenyang, the capital of
// Liaoning" gives Shenyang in Liaoning.
func (a *analysis) gazetteerContainment(rb *relationBuilder, si int, slots []slot) {
	var locs []int
	for _, s := range slots {
		if s.typ == graph.Location && !containsInt(locs, s.ent) {
			locs = append(locs, s.ent)
		}
	}
	if len(locs) < 2 {
		return
	}
	in := func(x, y int) bool { return a.x.within(a.ents[x].name, a.ents[y].name) }
	pos := map[int]int{}
	for _, s := range slots {
		if s.typ == graph.Location {
			if _, ok := pos[s.ent]; !ok {
				pos[s.ent] = s.from
			}
		}
	}
	for _, x := range locs {
		// Of the places of one level that may hold x, the one written
		// next after it: "Georgetown, Kentucky, and Liberty, North
		// Carolina" puts Liberty in North Carolina only.
		best := map[int]int{} // rank -> container
		for _, y := range locs {
			if x == y || !in(x, y) {
				continue
			}
			hop := true
			for _, z := range locs {
				if z != x && z != y && in(x, z) && in(z, y) {
					hop = false // x is in z is in y: no hop over z
				}
			}
			if !hop {
				continue
			}
			r := a.placeRank(y)
			if b, ok := best[r]; !ok || closer(pos[x], pos[y], pos[b]) {
				best[r] = y
			}
		}
		for _, y := range best {
			rb.add(si, x, graph.LocatedIn, y, 0.6)
		}
	}
}

// closer reports whether position y is a better container position for
// a place at x than position b: after x beats before, and nearer beats
// farther.
func closer(x, y, b int) bool {
	dy, db := y-x, b-x
	if (dy > 0) != (db > 0) {
		return dy > 0
	}
	return abs(dy) < abs(db)
}

// placeEntity returns the location entity named name, or -1.
func (a *analysis) placeEntity(name string) int {
	if name == "" {
		return -1
	}
	f := graph.Fold(name)
	for i, e := range a.ents {
		if e.typ == graph.Location && len(e.ments) > 0 && graph.Fold(e.name) == f {
			return i
		}
	}
	return -1
}

// placeRank orders places by size: city 1, subdivision 2, country 3,
// continent 4; unknown places rank as cities.
func (a *analysis) placeRank(e int) int {
	switch a.x.placeKind(a.ents[e].name) {
	case "subdivision":
		return 2
	case "country":
		return 3
	case "continent":
		return 4
	}
	return 1
}

// worksForRules: "Oliver Zipse, chairman of BMW", "BMW CEO Oliver Zipse",
// "Plant director Christoph Schröder".
func (a *analysis) worksForRules(rb *relationBuilder, si int, slots []slot, lw []string) {
	v := a.x.vocab
	for i, s := range slots {
		if s.typ != graph.Person {
			continue
		}
		// A role word or a verb of leading within a short window on
		// either side; a public office is no job at a company.
		role, political := -1, false
		// An apposition right after the name wins over words before it,
		// which may belong to the person before ("X chairman A and B,
		// chairman of Y").
		from := max(0, s.from-4)
		if s.to < len(lw) && lw[s.to] == "," {
			for j := s.to + 1; j < min(len(lw), s.to+5); j++ {
				if v.personRole[lw[j]] {
					from = s.to
					break
				}
			}
		}
		for j := from; j < min(len(lw), s.to+8); j++ {
			if j >= s.from && j < s.to {
				continue
			}
			if isPoliticalRole(lw[j]) && (j < s.from || j-s.to <= 3) {
				political = true
			}
			if role < 0 && (v.personRole[lw[j]] || isLeadVerb(lw[j]) && j > s.to || j == s.from-1 && lw[j] == "by" && j > 0 && lw[j-1] == "represented") {
				role = j
			}
		}
		if role < 0 || political && !a.companyNear(slots, role) {
			continue
		}
		var companies []int
		if role > s.to {
			// apposition or relative clause after the name: the next
			// companies in the clause ("who heads both Porsche AG and
			// the Volkswagen Group")
			for k, n := range slots[i+1:] {
				if n.typ == graph.Person {
					break
				}
				c := -1
				switch {
				case n.typ == graph.Company:
					c = n.ent
				case n.typ == graph.Plant && a.ents[n.ent].operator >= 0:
					c = a.ents[n.ent].operator
				}
				if c < 0 {
					continue
				}
				// "president of BYD's Brazilian subsidiary BYD Brasil":
				// the possessor only names the one that follows.
				if n.to < len(lw) && isPossessiveTok(lw[n.to]) && k+2 < len(slots)-i && slots[i+k+2].typ == graph.Company && slots[i+k+2].from-n.to <= 5 {
					continue
				}
				if len(companies) > 0 {
					prev := slots[i+k]
					if gap := lw[prev.to:n.from]; !(len(gap) <= 2 && slices.Contains(gap, "and")) {
						break
					}
				}
				companies = append(companies, c)
			}
		} else {
			for j := i - 1; j >= 0; j-- {
				if slots[j].typ == graph.Company && s.from-slots[j].to <= 5 {
					companies = append(companies, slots[j].ent)
					break
				}
			}
			// "Nio said through its chief executive William Li", "the
			// company was represented by X": the sentence's company.
			if len(companies) == 0 && (role > 0 && (lw[role-1] == "its" || lw[role-1] == "their") || lw[role] == "by") {
				for j := i - 1; j >= 0; j-- {
					if slots[j].typ == graph.Company {
						companies = append(companies, slots[j].ent)
						break
					}
				}
			}
		}
		if len(companies) == 0 && strings.Contains(strings.Join(lw[max(0, role-2):min(len(lw), role+2)], " "), "plant") {
			if p := a.lastEntityBefore(si, graph.Plant); p >= 0 && a.ents[p].operator >= 0 {
				companies = append(companies, a.ents[p].operator)
			}
		}
		if len(companies) == 0 && !political {
			// a role and no company: the company the article is about
			if c := a.mainCompany(); c >= 0 {
				companies = append(companies, c)
			} else if c := a.lastEntityBefore(si, graph.Company); c >= 0 {
				companies = append(companies, c)
			}
		}
		for _, c := range companies {
			rb.add(si, s.ent, graph.WorksFor, c, 0.5)
		}
	}
}

// isPoliticalRole reports whether w names a public office.
func isPoliticalRole(w string) bool {
	switch w {
	case "chancellor", "governor", "minister", "premier", "mayor", "senator", "congressman", "congresswoman",
		"lawmaker", "commissioner", "ambassador", "secretary", "prime", "king", "queen", "prince", "mp", "mep":
		return true
	}
	return false
}

// isLeadVerb reports whether w says its subject leads what follows:
// "who heads Plant Debrecen", "runs the site".
func isLeadVerb(w string) bool {
	switch w {
	case "heads", "headed", "leads", "led", "runs", "ran", "chairs", "manages", "managed", "oversees", "founded", "co-founded", "joined":
		return true
	}
	return false
}

// companyNear reports whether a company slot starts within four tokens
// after token i ("minister of X" is rare; "secretary of Ford" is not).
func (a *analysis) companyNear(slots []slot, i int) bool {
	for _, s := range slots {
		if s.typ == graph.Company && s.from > i && s.from-i <= 4 {
			return true
		}
	}
	return false
}

// mainCompany returns the company an article names most, when it names it
// more often than any other; -1 otherwise.
func (a *analysis) mainCompany() int {
	return a.dominant(graph.Company, func(best, second int) bool { return best > second })
}

// mainPlant returns the plant an article is about: the one plant it
// names, or the one named at least twice as often as any other; -1 when
// there is none.
func (a *analysis) mainPlant() int {
	return a.dominant(graph.Plant, func(best, second int) bool { return best >= 2*second })
}

// dominant returns the entity of type t with the most mentions when
// enough(its count, the runner-up's count) holds, else -1.
func (a *analysis) dominant(t graph.EntityType, enough func(best, second int) bool) int {
	best, second := -1, 0
	for i, e := range a.ents {
		if e.typ != t || len(e.ments) == 0 {
			continue
		}
		switch n := len(e.ments); {
		case best < 0 || n > len(a.ents[best].ments):
			if best >= 0 {
				second = len(a.ents[best].ments)
			}
			best = i
		case n > second:
			second = n
		}
	}
	if best >= 0 && enough(len(a.ents[best].ments), second) {
		return best
	}
	return -1
}

// townPlant returns the plant of the document whose town is named in the
// sentence closest to token i, or -1.
func (a *analysis) townPlant(slots []slot, i int) int {
	best, bd := -1, 1<<30
	for _, s := range slots {
		if s.typ != graph.Location {
			continue
		}
		if p := a.plantAt(a.ents[s.ent].name, -1); p >= 0 && abs(s.from-i) < bd {
			best, bd = p, abs(s.from-i)
		}
	}
	return best
}

// recentPlant returns the last plant mentioned in sentence si or the n
// sentences before it, or -1.
func (a *analysis) recentPlant(si, n int) int {
	best := -1
	if last := a.lastOf[graph.Plant][si]; last[1] >= si-n {
		best = last[0]
	}
	for _, an := range a.anchors[si] {
		if a.ents[an.ent].typ == graph.Plant {
			best = an.ent
		}
	}
	return best
}

// lastEntityBefore returns the last entity of type t mentioned in or
// before sentence si.
func (a *analysis) lastEntityBefore(si int, t graph.EntityType) int {
	if si < 0 || si >= len(a.dc.sents) {
		return -1
	}
	return a.lastOf[t][si][0]
}

func (a *analysis) tokenInSlot(slots []slot, i int) bool {
	for _, s := range slots {
		if i >= s.from && i < s.to {
			return true
		}
	}
	return false
}

// slotOf returns the first slot of entity e.
func slotOf(ss []slot, e int) slot {
	for _, s := range ss {
		if s.ent == e {
			return s
		}
	}
	return slot{ent: -1}
}

func closestTo(ss []slot, i int) int {
	best, bd := -1, 1<<30
	for _, s := range ss {
		d := abs(s.from - i)
		if d < bd {
			best, bd = s.ent, d
		}
	}
	return best
}

func indexOf(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// supplyPair finds who supplies whom around the supply word at token t:
// "A supplies B", "A, a supplier to B", "B named A among its suppliers",
// "B sources cells from A", "its first customer was B".
func (a *analysis) supplyPair(si int, slots []slot, lw []string, t int) (supplier, customer int) {
	var before, after []int // company entities, nearest first
	for i := len(slots) - 1; i >= 0; i-- {
		if slots[i].typ == graph.Company && slots[i].to <= t && !containsInt(before, slots[i].ent) {
			before = append(before, slots[i].ent)
		}
	}
	for _, s := range slots {
		if s.typ == graph.Company && s.from > t && !containsInt(after, s.ent) {
			after = append(after, s.ent)
		}
	}
	first := func(xs []int) int {
		if len(xs) == 0 {
			return -1
		}
		return xs[0]
	}
	next := ""
	if t+1 < len(lw) {
		next = lw[t+1]
	}
	w := lw[t]
	switch {
	case next == "by" && (w == "supplied" || w == "delivered" || w == "provided"):
		// "Giga Presses, supplied by Italy's IDRA": the company after
		// "by" supplies the sentence's subject
		customer = first(before)
		if subj := a.subjects[si]; subj >= 0 && a.ents[subj].typ == graph.Company {
			customer = subj
		}
		return first(after), customer
	case hasAnyPrefix(w, "sourc", "purchas", "order", "buy", "bought"):
		return first(after), first(before)
	case hasAnyPrefix(w, "customer"):
		if next == "of" || next == "for" {
			return first(after), first(before)
		}
		supplier = first(before)
		if supplier < 0 {
			supplier = a.lastEntityBefore(si-1, graph.Company)
		}
		return supplier, first(after)
	case w == "supplier" || w == "suppliers":
		if next == "to" || next == "for" || next == "of" && len(after) > 0 {
			// "Panasonic Energy has produced cells inside Tesla's
			// Gigafactory and has been a supplier to Tesla": the
			// supplier is what the sentence is about.
			supplier = first(before)
			if subj := a.subjects[si]; subj >= 0 && a.ents[subj].typ == graph.Company && subj != first(after) {
				supplier = subj
			}
			return supplier, first(after)
		}
		if len(after) > 0 && slotStartsWithin(slots, t+1, 3) {
			return first(after), first(before) // "supplier CATL"
		}
		if len(before) >= 2 {
			return before[0], before[1] // "BMW named CATL among the suppliers"
		}
		return first(before), first(after)
	}
	return first(before), first(after)
}

// slotStartsWithin reports whether a company slot starts within n tokens
// after token i.
func slotStartsWithin(slots []slot, i, n int) bool {
	for _, s := range slots {
		if s.typ == graph.Company && s.from >= i && s.from < i+n {
			return true
		}
	}
	return false
}

// plantAt returns the plant of company c (any company when c < 0) whose
// town is place, or -1.
func (a *analysis) plantAt(place string, c int) int {
	if a.plantsByTown == nil {
		a.plantsByTown = map[string][]int{}
		for i, e := range a.ents {
			if e.typ == graph.Plant && len(e.ments) > 0 && e.place != "" {
				f := graph.Fold(e.place)
				a.plantsByTown[f] = append(a.plantsByTown[f], i)
			}
		}
	}
	for _, i := range a.plantsByTown[graph.Fold(place)] {
		if c < 0 || a.ents[i].operator == c {
			return i
		}
	}
	return -1
}

// coordinatedFrom returns the companies that start at token i or right
// after an article, possessive or "for": "for Audi and for Porsche",
// "for Ford's F-150".
func coordinatedFrom(slots []slot, lw []string, i int) []int {
	var out []int
	for _, s := range slots {
		if s.from < i {
			continue
		}
		if s.typ != graph.Company {
			if len(out) > 0 {
				break
			}
			continue
		}
		gap := lw[i:s.from]
		ok := len(gap) == 0
		for _, w := range gap {
			ok = w == "the" || w == "and" || w == "for" || w == "," || w == "both"
			if !ok {
				break
			}
		}
		if !ok {
			break
		}
		out = append(out, s.ent)
		i = s.to
		if i < len(lw) && isPossessiveTok(lw[i]) {
			break
		}
	}
	return out
}

// moneyInvestment reads sums spent on a plant: "the plant cost about EUR
// 1.8 billion", "a $200 million press shop at Plant Spartanburg", "the
// company's largest single investment": its operator invests in it.
func (a *analysis) moneyInvestment(rb *relationBuilder, si int, slots []slot, lw []string) {
	money := false
	for i, w := range lw {
		switch {
		case w == "€" || w == "$" || w == "£" || w == "eur" || w == "usd" || w == "rmb" || w == "yuan" || w == "reais":
			money = true
		case (w == "billion" || w == "million" || w == "bn" || w == "m") && i > 0 && isNumber(lw[i-1]):
			money = money || i+1 < len(lw) && (lw[i+1] == "euros" || lw[i+1] == "dollars" || lw[i+1] == "pounds")
		case w == "investment" || w == "cost" || w == "costs":
			money = true
		case strings.HasPrefix(w, "€") || strings.HasPrefix(w, "$"):
			money = true
		}
	}
	if !money {
		return
	}
	for _, s := range slots {
		if s.typ == graph.Plant && a.ents[s.ent].operator >= 0 {
			rb.add(si, a.ents[s.ent].operator, graph.InvestsIn, s.ent, 0.4)
			return
		}
	}
}
