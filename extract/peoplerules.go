package extract

// Relation rules for people: works_for.

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// worksForRules: "Oliver Zipse, chairman of BMW", "BMW CEO Oliver Zipse",
// "Plant director Christoph Schröder".
func (a *analysis) worksForRules(rb *relationBuilder, si int, slots []slot, lw []string) {
	v := a.x.vocab
	// the companies each person of the sentence works for: "A, who
	// succeeded B" hands A's on to B
	held := map[int][]int{}
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
					// but not "John Elkann, Mercedes-Benz Group chairman
					// Ola Källenius": a title before the next name
					k := j + 1
					for k < len(lw) && v.personRole[lw[k]] {
						k++
					}
					if !slices.ContainsFunc(slots, func(o slot) bool { return o.typ == graph.Person && o.from == k }) {
						from = s.to
					}
					break
				}
			}
		}
		for j := from; j < min(len(lw), s.to+8); j++ {
			if j >= s.from && j < s.to {
				continue
			}
			if isPoliticalRole(lw[j]) && (j < s.from || j-s.to <= 3 && !a.titlesPerson(slots, lw, j)) {
				political = true
			}
			if role < 0 && (v.personRole[lw[j]] || isLeadVerb(lw[j]) && j > s.to || j == s.from-1 && lw[j] == "by" && j > 0 && lw[j-1] == "represented") {
				role = j
			}
		}
		if role < 0 {
			for _, c := range successorCompanies(slots, lw, i, held) {
				rb.add(si, s.ent, graph.WorksFor, c, 0.45)
			}
			continue
		}
		if political && !a.companyNear(slots, role) {
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
					// "who runs the Dorrow plant for Ostrava": the
					// company it is run for employs, not the operator
					// the article named first
					if n.to < len(lw) && lw[n.to] == "for" && slices.ContainsFunc(slots[i+k+1:], func(o slot) bool { return o.typ == graph.Company && o.from == n.to+1 }) {
						continue
					}
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
					if prev.to > n.from {
						continue // a name nested in another ("Volkswagen" in "the Volkswagen plant")
					}
					if gap := lw[prev.to:n.from]; !(len(gap) <= 2 && slices.Contains(gap, "and") || a.secondRole(gap)) {
						break
					}
				}
				companies = append(companies, c)
			}
			if len(companies) == 0 {
				// "CEO of the Siemens Digital Factory Division": a unit
				// whose name opens on a company's
				if c := a.unitOf(si, lw, role); c >= 0 {
					companies = append(companies, c)
				}
			}
		} else if role > 0 && lw[role-1] == "whose" {
			// "Vingroup, Vietnam's largest conglomerate, whose founder
			// P": the relative clause hangs on the company before it,
			// however long the apposition between
			for j := i - 1; j >= 0; j-- {
				if slots[j].to < role && slots[j].typ == graph.Company {
					companies = append(companies, slots[j].ent)
					break
				}
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
		if role < s.from {
			// "X president Y, who previously ran Z's plant"; "Its
			// manager, Y, spent twenty years at Z before joining W"
			companies = append(companies, a.clauseEmployers(slots, lw, s)...)
		}
		if len(companies) == 0 && !political && !a.otherOrgTitle(si, slots, role, s) {
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
		held[i] = companies
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

// founderWorksFor reads "Kovra, founded in 2017 by former Zentra
// executive Jon Bale": a person who founded the company works for it,
// whatever role words stand beside the name (those name the old
// employer, which worksForRules reads).
func (a *analysis) founderWorksFor(rb *relationBuilder, si int, slots []slot, lw []string) {
	for _, f := range foundings(slots, lw) {
		by, firm := f.by, f.firm
		if firm < 0 {
			continue
		}
		// the people of the "by" phrase, up to the end of its clause
		end := min(clauseEnd(lw, by+1), by+9)
		for _, s := range slots {
			if s.typ == graph.Person && s.from > by && s.to <= end {
				rb.add(si, s.ent, graph.WorksFor, firm, 0.5)
			}
		}
	}
}
