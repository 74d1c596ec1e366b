package extract

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// trigger classes: the verbs and nouns by which articles state each
// predicate.
func isProduceWord(w string) bool {
	if strings.HasSuffix(w, "ers") && hasAnyPrefix(w, "build", "produc", "manufactur", "assembl", "mak") {
		return false // "cells, which Arvo buys from cell manufacturers": who makes them is unsaid
	}
	return hasAnyPrefix(w, "build", "built", "produc", "manufactur", "assembl", "output") || w == "line" || w == "lines" || w == "models" || w == "products" || w == "added" || w == "follow" || w == "follows" || w == "followed" ||
		w == "make" || w == "makes" || w == "made" || w == "making" || w == "rolls" || w == "rolling" || w == "rolled" ||
		w == "recovers" || w == "refines" // a recycler's or refinery's output
}

func isSupplyWord(w string) bool {
	return hasAnyPrefix(w, "suppl", "deliver", "provid", "sourc", "customer", "purchas", "licens") || w == "order" || w == "orders" || w == "ordered" || w == "buys" || w == "bought" || w == "buy"
}

func isInvestWord(w string) bool {
	// "raised its shareholding in Velmar from 50 to 75 percent"
	return hasAnyPrefix(w, "invest", "stake", "fund", "spen", "commit", "inject", "backed", "backing", "shareholding")
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
	return hasAnyPrefix(w, "own", "subsidiar", "affiliat", "parent", "acquir", "takeover", "belong", "division", "brand") || w == "unit" || w == "bought" || w == "part" || w == "shareholder"
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
	lw := lowerWords(toks)
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
	a.headquarters(rb, si, slots, lw)
	a.ventureSeat(rb, si, slots, lw)
	a.gazetteerContainment(rb, si, slots)
	a.worksForRules(rb, si, slots, lw)
	a.founderWorksFor(rb, si, slots, lw)

	// produces: for each product, the plant nearest to it, else the
	// company, else the plant or company the text last spoke of.
	// "the KV3 comes from the Vejle plant": the source makes it
	// "with further cells coming from Norvik": bare goods nouns count
	// where the text says where goods come from, not for every verb
	withGoods := a.withGoods(si, slots)
	sourced := a.comeFromRule(rb, si, withGoods, lw)
	for from := range a.suppliedGoodsRule(rb, si, withGoods, lw) {
		sourced[from] = true // "supply cells to Arvo": the supplier's
	}
	a.goodsSupplierRule(rb, si, withGoods, lw)
	turns := turnInto(lw)
	a.turnIntoRule(rb, si, slots, lw, turns, sourced)
	a.versionsRule(rb, si, slots, lw)
	// made holds the production verbs the supplies rules read; prod
	// adds "turn(s) out" for the produces rules.
	made := find(isProduceWord)
	prod := slices.Clone(made)
	for i := 0; i+1 < len(lw); i++ {
		if (lw[i] == "turns" || lw[i] == "turned" || lw[i] == "turn" || lw[i] == "turning") && lw[i+1] == "out" && !a.negatedNear(si, i) {
			prod = append(prod, i) // "it turns out the whole electric range"
			slices.Sort(prod)
		}
	}
	// "the Prologue, is built for it by General Motors": the phrase after
	// the first production verb, read once for both rules.
	customer, madeBy := -1, -1
	if len(made) > 0 {
		customer, madeBy = forBy(slots, lw, made[0])
	}

	if len(prod) > 0 {
		plants, companies := of(graph.Plant), of(graph.Company)
		products := of(graph.Product)
		// "the Burnaston plant ..., the Valenciennes plant and the Sakarya
		// plant build the Corolla, the Yaris and the C-HR respectively"
		respectively := indexOf(lw, "respectively") >= 0 && len(plants) >= 2 && len(distinctEnts(plants)) == len(products)
		prodBy := madeBy
		if len(made) == 0 || prod[0] != made[0] {
			// "it turns out ... built for it by": the phrase after the
			// "turn out" that comes first
			_, prodBy = forBy(slots, lw, prod[0])
		}
		for pi, p := range products {
			if sourced[p.from] || builtFrom(lw, p) || turnedInput(turns, p) {
				continue
			}
			if prodBy >= 0 && p.to <= prod[0] && len(plants) == 0 {
				continue // "the Prologue, is built for it by General Motors": below
			}
			if respectively {
				rb.add(si, distinctEnts(plants)[pi], graph.Produces, p.ent, 0.6)
				continue
			}
			if madeFor(lw, slots, products, prod, p) {
				// "cells for Kestrel's KV3 pickup": Kestrel's own model
				rb.add(si, listPossessor(lw, slots, products, p), graph.Produces, p.ent, 0.45)
				continue // "make headlamps for the Elroq": the Elroq is the customer's
			}
			producer := -1
			// the slots before any supply word after p, of every type, of
			// plants, and of the companies that make rather than sell
			before := beforeSupply(lw, slots, p)
			plantsBefore := beforeSupply(lw, plants, p)
			makersBefore := beforeSupply(lw, notSellers(lw, companies, p), p)
			town := a.townPlant(before, p.from)
			if len(plants) == 0 && town < 0 && indexOf(lw, "here") >= 0 && (indexOf(lw, "we") >= 0 || indexOf(lw, "our") >= 0 || a.interview()) {
				// "At the moment we make the BMW 3 Series and the i4, which
				// we have assembled here": the speaker's plant, the one the
				// article is about, not the plant the last answer named
				town = a.articlePlant()
			}
			if len(plants) == 0 && town < 0 && (indexOf(lw, "there") >= 0 || indexOf(lw, "here") >= 0) {
				// "associates build most of BMW's X models there"
				if town = a.recentPlant(si, 3); town < 0 {
					town = a.mainPlant()
				}
			}
			pronoun := a.subjects[si] >= 0 && len(plants) == 0 && nearestBefore(prod[0], graph.Company) < 0
			where := prod[0] >= 2 && lw[prod[0]-2] == "where" // "the Zaragoza site, where it builds the Corsa"
			if t := prod[0]; si > 0 && !where && (a.subjects[si] >= 0 || a.subjects[si-1] >= 0) && (t >= 1 && lw[t-1] == "it" || t >= 2 && lw[t-2] == "it" && lw[t-1] == "also") {
				// "Besides the cars from Factory 56, it builds the E-Class":
				// the pronoun right before the verb is the sentence's
				// subject, else the last one.
				pronoun = true
				if a.subjects[si] < 0 {
					a.subjects[si] = a.subjects[si-1]
				}
			}
			maker := apposedMaker(slots, lw, p)
			switch {
			case maker >= 0:
				// "Velmar, the maker of sunroofs, builds roofs at its
				// plant": the profile's goods are the company's
				producer = maker
			case pronoun:
				// "It builds the Kangoo": what the last sentence was about.
				producer = a.subjects[si]
			case len(plantsBefore) > 0:
				producer = closestTo(plantsBefore, p.from)
				if q := plantRightAfter(plants, lw, p); q >= 0 {
					producer = q // "covers at its plant in A and harnesses at its plant in B"
				}
				// "the factory makes cells that go into GM's pickups, the
				// Lyriq": another company between the plant and the
				// product is the product's maker.
				// Not a company before the verb: "The site, a plant that
				// Rivian bought, builds the R1T" is the site's.
				verb := prod[0]
				for _, t := range prod {
					if t < p.from {
						verb = t
					}
				}
				if pl := slotOf(plants, producer); pl.to <= p.from {
					for _, c := range companies {
						// "the ID.3 for Volkswagen, the Born for Cupra": a
						// company after "for" is the customer brand
						if c.from > 0 && lw[c.from-1] == "for" {
							continue
						}
						if c.from >= pl.to && c.from > verb && c.to <= p.from && c.ent != a.ents[producer].operator {
							producer = c.ent
						}
					}
				}
			case town >= 0:
				// "Debrecen will assemble the batteries", "built in
				// Zwickau": the town stands for its plant.
				producer = town
			case len(makersBefore) > 0:
				near := nearestBefore(p.from, graph.Company)
				producer = apposedSubject(slots, lw, near)
				// "Norcell Energy, a subsidiary of Arvo Motors,
				// manufactures batteries": a profile of the company
				apposed := producer != near
				if m := relativeMaker(lw, companies, p); m >= 0 {
					producer, apposed = m, false // "trucks such as the Vardo, which Tamsin builds"
				}
				if producer < 0 {
					producer = makersBefore[0].ent
				}
				// "Porsche builds the Macan at its Leipzig plant. The
				// company also assembles the Panamera": the plant, unless
				// the sentence names another town.
				pl := a.recentPlant(si, 2)
				if pl < 0 || a.ents[pl].operator != producer || a.plantsOfIn(producer, si-2, si-1) > 1 {
					pl = a.mainPlant() // the plant the article is about
				}
				if pl < 0 || a.ents[pl].operator != producer {
					pl = a.onlyPlantOf(producer, p.ent) // "which Magna built": its one plant
				}
				if pl >= 0 && a.ents[pl].operator == producer && len(of(graph.Location)) == 0 && !apposed {
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
					producer = a.priorTownPlant(si)
				}
				if producer < 0 {
					producer = a.lastEntityBefore(si, graph.Company)
				}
			}
			rb.add(si, producer, graph.Produces, p.ent, 0.6)
			if producer >= 0 && a.ents[producer].typ == graph.Plant {
				// "concentrate engine production at Plant Tolvik in
				// Norway and Plant Vessa in the UK": every plant of the list
				for _, q := range plantGroup(before, lw, producer) {
					rb.add(si, q, graph.Produces, p.ent, 0.6)
				}
			}
			if pi == 0 {
				for _, both := range a.bothProducts(si, lw) {
					rb.add(si, producer, graph.Produces, both, 0.5)
				}
			}
		}
	}
	// operates: "X opened / runs / operates the plant".
	for _, t := range find(isOperateWord) {
		c, p := nearestBefore(skipRelative(lw, t), graph.Company), firstAfter(t, graph.Plant)
		if pl := slotOf(slots, p); p >= 0 && (len(companiesIn(slots, t+1, pl.from)) > 0 || ownedSlot(lw, pl)) {
			// "next to Norcell's fab, which opened in 2021, and close
			// to Kestrel's Vejle plant": the plant is another's
			continue
		}
		rb.add(si, c, graph.Operates, p, 0.6)
	}
	// supplies
	for _, t := range find(isSupplyWord) {
		supplier, customer := a.supplyPair(si, slots, lw, t)
		if customer < 0 {
			customer = a.modelCustomer(slots, lw, t)
		}
		// "a supplier to Mercedes-Benz, BMW, Toyota and XPeng": every
		// company of the list
		for _, c := range a.customerList(slots, lw, customer) {
			rb.add(si, supplier, graph.Supplies, c, 0.5)
		}
	}
	a.equipRule(rb, si, slots, lw)
	a.destinationRule(rb, si, slots, lw)
	a.goIntoModels(rb, si, slots, lw)
	a.comeFromFor(rb, si, slots, lw)
	a.distributorRule(rb, si, slots, lw)
	// "Volkswagen, Scania, Volvo Cars, Polestar and the storage specialist
	// Fluence all signed up for cells": customers of the company the
	// article is about.
	for i := 0; i+2 < len(lw); i++ {
		if lw[i] != "signed" || lw[i+1] != "up" || lw[i+2] != "for" || a.negatedNear(si, i) {
			continue
		}
		supplier := a.mainCompany()
		for _, s := range of(graph.Company) {
			if s.to <= i && s.ent != supplier {
				rb.add(si, supplier, graph.Supplies, s.ent, 0.5)
			}
		}
	}
	// invests_in: "X invests €2bn in its Y plant", "in Debrecen" for the
	// plant there.
	for _, t := range find(isInvestWord) {
		inv := nearestBefore(t, graph.Company)
		if inv < 0 && a.subjects[si] >= 0 && a.ents[a.subjects[si]].typ == graph.Company {
			inv = a.subjects[si] // "It will invest ..."
		}
		if inv < 0 {
			inv = a.fundedPlantOperator(slots, lw, t)
		}
		if inv < 0 {
			continue
		}
		if stakeClosed(lw, t) {
			continue
		}
		target := investTarget(slots, lw, t)
		if target < 0 {
			if l := firstAfter(t, graph.Location); l >= 0 {
				target = a.plantAt(a.ents[l].name, inv)
			}
		}
		if target < 0 && (slices.Contains(lw, "together") || slices.Contains(lw, "jointly")) {
			a.jointInvestment(rb, si, slots, lw, inv, t)
			continue
		}
		if target < 0 && slices.Contains(lw[t:], "there") {
			target = a.recentPlant(si, 3) // "The company invested roughly €600 million there"
		}
		rb.add(si, inv, graph.InvestsIn, target, 0.5)
		// "spent $700 million converting three Ohio sites, the
		// Marysville Auto Plant, the East Liberty Auto Plant and the
		// Anna Engine Plant": every plant of the list
		for _, p := range plantList(slots, lw, target) {
			rb.add(si, inv, graph.InvestsIn, p, 0.5)
		}
		rb.add(si, inv, graph.InvestsIn, programmeSite(slots, lw, t), 0.45)
	}
	// joint ventures and partnerships
	a.possessivePartner(rb, si, slots, lw)
	a.consortiumMembers(rb, si, slots, lw)
	if v := indexOf(lw, "venture"); v >= 0 && !a.negatedNear(si, v) {
		a.jointVenture(rb, si, slots, lw, v)
	} else {
		triggers := slices.DeleteFunc(find(isPartnerWord), func(t int) bool {
			return lw[t] == "signed" && t+2 < len(lw) && lw[t+1] == "up" && lw[t+2] == "for" || // customers, below
				t > 0 && isSupplyWord(lw[t-1]) // "under a supply agreement with Arvo": a supplier, no partner
		})
		for i := 0; i+1 < len(lw); i++ {
			// "are each working with the chip designer"
			if (lw[i] == "working" || lw[i] == "work" || lw[i] == "worked" || lw[i] == "together") && lw[i+1] == "with" && !a.negatedNear(si, i) {
				triggers = append(triggers, i) // "together with trading company Toyota Tsusho"
			}
			if w := plannedWith(slots, lw, i); w > 0 && !a.negatedNear(si, i) {
				triggers = append(triggers, w-1) // read at the "with"
			}
		}
		for _, t := range triggers {
			a.partnership(rb, si, slots, lw, t)
		}
		a.togetherPair(rb, si, slots, lw)
	}
	// develops and uses
	developed := a.developRelations(rb, si, slots, lw, find(isDevelopWord))
	a.useRelations(rb, si, slots, lw, find(isUseWord))
	a.cellMakers(rb, si, slots, lw)
	a.licensedTech(rb, si, slots, lw)
	if !developed {
		a.plantWithTech(rb, si, slots, lw)
	}
	a.possessorDevelops(rb, si, slots, lw)
	// "based on its in-house e:Architecture": the company whose own
	// technology it is develops it.
	for _, tech := range of(graph.Technology) {
		for k := tech.from - 1; k >= max(0, tech.from-3); k-- {
			if w := lw[k]; w != "in-house" && w != "proprietary" && w != "self-developed" {
				continue
			}
			dev := nearestBefore(tech.from, graph.Company)
			if dev < 0 {
				dev = a.subjects[si]
			}
			if dev >= 0 && a.ents[dev].typ == graph.Company {
				rb.add(si, dev, graph.Develops, tech.ent, 0.45)
			}
			break
		}
	}
	a.moneyInvestment(rb, si, slots, lw)
	// "build up to 2,000 motors a day - for Audi and for Porsche": the
	// maker supplies the companies it makes them for.
	if len(made) > 0 {
		maker := -1
		// "the Prologue, is built for it by General Motors in Mexico"
		if madeBy >= 0 {
			rb.add(si, madeBy, graph.Supplies, customer, 0.5)
			for _, p := range of(graph.Product) {
				if p.to <= made[0] {
					rb.add(si, madeBy, graph.Produces, p.ent, 0.5)
				}
			}
		}
		if ps := of(graph.Plant); len(ps) > 0 {
			maker = a.ents[closestTo(ps, made[0])].operator
		} else if c := nearestBefore(made[0], graph.Company); c >= 0 {
			maker = c
		} else if sub := a.subjects[si]; sub >= 0 {
			// "It makes the Citan for Mercedes-Benz": the plant or
			// company the sentence is about
			maker = sub
			if a.ents[sub].typ == graph.Plant {
				maker = a.ents[sub].operator
			}
		}
		for i := made[0] + 1; i < len(lw) && maker >= 0; i++ {
			if lw[i] != "for" {
				continue
			}
			for _, c := range coordinatedFrom(slots, lw, i+1) {
				if c != maker && groupBrands(lw) {
					rb.add(si, maker, graph.Owns, c, 0.4) // "models from three group brands: ... the Born for Velmar"
				} else if c != maker {
					rb.add(si, maker, graph.Supplies, c, 0.4)
				}
			}
		}
	}
	// owns
	a.companyOf(rb, si, slots, lw)
	a.memberApposition(rb, si, slots, lw)
	a.shareholderApposition(rb, si, slots, lw)
	a.controlStatement(rb, si, slots, lw)
	a.ownedByList(rb, si, slots, lw)
	a.describedOwnership(rb, si, slots, lw)
	a.foundedApposition(rb, si, slots, lw)
	a.groupCompanies(rb, si, slots, lw)
	a.foundedBy(rb, si, slots, lw)
	a.passiveOwnership(rb, si, slots, lw)
	a.shareholdersFund(rb, si, slots, lw)
	for _, t := range find(isOwnWord) {
		w := lw[t]
		if passiveOwnBy(lw, t) >= 0 && !readByOwnerRule(lw, t) {
			continue // "acquired by", "owned since 2008 by": read above
		}
		before, after := nearestBefore(t, graph.Company), firstAfter(t, graph.Company)
		// "its subsidiary Saft"; but "a subsidiary of Toyota" names the parent
		// nor does "the battery division at Norvik", which names none
		apposed := slotStartsWithin(slots, t+1, 2) && !(t+1 < len(lw) && (lw[t+1] == "of" || lw[t+1] == "at" || lw[t+1] == "in" || lw[t+1] == "within"))
		if owner, owned := appositionOwner(slots, lw, t); owner >= 0 && (hasAnyPrefix(w, "subsidiar", "affiliate", "division") || w == "unit" || w == "arm") {
			// "Hyundai Mobis, the group's parts affiliate": the possessor
			// owns the company the apposition describes
			rb.add(si, owner, graph.Owns, owned, 0.5)
			continue
		}
		switch {
		case w == "brands" || w == "brand":
			a.brands(rb, si, slots, lw, t)
		case (hasAnyPrefix(w, "subsidiar", "division") || w == "unit") && slotEndingAt(slots, t) >= 0 && !apposed:
			// "a Ford subsidiary will take ownership": the subsidiary
			// is not named, and the next company is no part of it
		case w == "owned" && t+1 < len(lw) && (lw[t+1] == "subsidiary" || lw[t+1] == "unit" || lw[t+1] == "affiliate"):
			// "a wholly owned subsidiary of Volkswagen AG": read at "subsidiary"
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
		case w == "shareholder" && t > 0 && (lw[t-1] == "largest" || lw[t-1] == "biggest" || lw[t-1] == "major" || lw[t-1] == "minority"):
			// "Volkswagen became Northvolt's largest shareholder": a stake
			rb.add(si, firstCompanyBefore(slots, t), graph.InvestsIn, before, 0.5)
		case w == "shareholder" && t > 0 && (lw[t-1] == "main" || lw[t-1] == "majority" || lw[t-1] == "controlling"):
			// "Geely Holding is also Volvo Cars' main shareholder"
			rb.add(si, firstCompanyBefore(slots, t), graph.Owns, before, 0.5)
		}
	}
}
