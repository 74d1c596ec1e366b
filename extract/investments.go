package extract

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// moneyInvestment reads sums spent on a plant: "the plant cost about EUR
// 1.8 billion", "a $200 million press shop at Plant Spartanburg", "the
// company's largest single investment": its operator invests in it.
func (a *analysis) moneyInvestment(rb *relationBuilder, si int, slots []slot, lw []string) {
	money := false
	for i, w := range lw {
		switch {
		case w == "€" || w == "$" || w == "£" || w == "eur" || w == "usd" || w == "rmb" || w == "yuan" || w == "reais":
			money = true
		case (w == "billion" || w == "million" || w == "bn" || w == "m") && i > 0 && (isNumber(lw[i-1]) || isNumberWord(lw[i-1])):
			money = money || i+1 < len(lw) && (lw[i+1] == "euros" || lw[i+1] == "dollars" || lw[i+1] == "pounds")
		case w == "investment":
			money = true
		case (w == "cost" || w == "costs") && !(i > 0 && isRunningCost(lw[i-1])):
			// "the facility earns back its cost"; not "the site
			// struggled with high logistics costs"
			money = true
		case strings.HasPrefix(w, "€") || strings.HasPrefix(w, "$"):
			money = true
		}
	}
	if !money || slices.ContainsFunc(lw, isSupportMoney) {
		return
	}
	for _, s := range slots {
		if s.typ == graph.Plant && a.ents[s.ent].operator >= 0 && !formerPlant(lw, s) {
			if !rb.investedIn(si, s.ent) {
				rb.add(si, a.ents[s.ent].operator, graph.InvestsIn, s.ent, 0.4)
			}
			return
		}
	}
}

// investedIn reports whether the sentence si already has an investor in
// entity e: "Arvo plans to invest £400 million in Tarvo Plant Ostrana" names
// the investor, so the sum is not also the operator's (Tarvo).
func (rb *relationBuilder) investedIn(si, e int) bool {
	span := rb.a.dc.sents[si].Start
	name := rb.a.ents[e].name
	for _, r := range rb.out {
		if r.Predicate == graph.InvestsIn && r.Object.Name == name && r.Evidence.Span.Start == span {
			return true
		}
	}
	return false
}

// isSupportMoney reports whether w makes a sum someone else's help to
// the site rather than its operator's money: "the region approved
// incentives worth about $900 million for the site".
func isSupportMoney(w string) bool {
	return hasAnyPrefix(w, "incentive", "subsid", "grant")
}

// formerPlant reports whether plant slot s is named as a former one: "the
// $120 million acquisition of the former Arvo plant" is no money of Arvo.
func formerPlant(lw []string, s slot) bool {
	for k := s.from - 1; k >= 0 && k >= s.from-4; k-- {
		switch lw[k] {
		case "former":
			return true
		case "the", "a", "its", ",", "of", "in":
			return false
		}
	}
	return false
}

// isRunningCost reports whether w, before "costs", makes them the
// running costs of a site rather than what was spent on it.
func isRunningCost(w string) bool {
	switch w {
	case "high", "higher", "rising", "low", "lower", "energy", "logistics", "labour", "labor", "operating", "running", "transport", "wage", "material":
		return true
	}
	return false
}

// stakeClosed reports whether the stake at token t ends its clause, so
// that what follows is not what the stake is in: "Dravik, in which Norvik
// holds a minority stake, opened its Trenzo fab".
func stakeClosed(lw []string, t int) bool {
	return strings.HasPrefix(lw[t], "stake") && (t+1 == len(lw) || lw[t+1] == "," || lw[t+1] == ".")
}

// fundedPlantOperator returns the operator of the plant a sum with no
// investor named funds: "the remaining $700 million is funding a new
// battery plant in Vejle" is the money of the company that runs it. It
// returns -1 when no sum comes before the investment word at t or what
// follows it is no plant with a known operator.
func (a *analysis) fundedPlantOperator(slots []slot, lw []string, t int) int {
	if !slices.ContainsFunc(lw[:t], isSum) || slices.ContainsFunc(lw, isSupportMoney) {
		return -1
	}
	p := investTarget(slots, lw, t)
	if p < 0 || a.ents[p].typ != graph.Plant {
		return -1
	}
	return a.ents[p].operator
}

// isSum reports whether w names an amount of money: "$700", "€1.8",
// "billion", "million".
func isSum(w string) bool {
	return w == "billion" || w == "million" || strings.HasPrefix(w, "$") || strings.HasPrefix(w, "€") || strings.HasPrefix(w, "£")
}

// programmeSite returns the plant a larger sum that the investment at
// token t is part of goes to: "invested €730 million in Factory 12, part
// of a €2.1 billion programme for the whole Trenzo site" is money for the
// Trenzo site too. It returns -1 when there is no such clause.
func programmeSite(slots []slot, lw []string, t int) int {
	for i := t + 1; i+1 < len(lw); i++ {
		if lw[i] != "part" || lw[i+1] != "of" || lw[i-1] != "," {
			continue
		}
		sum := false
		for k := i + 2; k < len(lw) && k <= i+10; k++ {
			switch w := lw[k]; {
			case isSum(w):
				sum = true
			case sum && (w == "for" || w == "at" || w == "in"):
				for _, s := range slots {
					if s.typ == graph.Plant && s.from > k && s.from <= k+4 {
						return s.ent // "for the whole Trenzo site"
					}
				}
				return -1
			}
		}
		return -1
	}
	return -1
}
