package extract

// Lookups of what a sentence or an article is about, shared by the relation rules.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// articleTopics holds what a whole article is about. The relation rules
// ask for it in every sentence, and it depends only on the clustered
// entities, so it is worked out once (see topics).
type articleTopics struct {
	done                  bool
	company, plant, first int
	interview             bool
}

// topics returns the article's topics, working them out on the first
// call; it must not be called before clustering is done.
func (a *analysis) topics() *articleTopics {
	t := &a.top
	if !t.done {
		t.company = a.dominant(graph.Company, a.mentionsOf, func(best, second int) bool { return best > second })
		t.plant = a.dominant(graph.Plant, a.sentencesOf, func(best, second int) bool { return best >= 2*second })
		t.first = -1
		for _, m := range a.ments {
			if a.ents[m.ent].typ == graph.Plant {
				t.first = m.ent
				break
			}
		}
		t.interview = strings.Count(a.text, "\nQ: ") >= 2 && strings.Count(a.text, "\nA: ") >= 2
		t.done = true
	}
	return t
}

// mainCompany returns the company an article names most, when it names it
// more often than any other; -1 otherwise.
func (a *analysis) mainCompany() int { return a.topics().company }

// mainPlant returns the plant an article is about: the one plant it
// names, or the one named in at least twice as many sentences as any
// other; -1 when there is none.
func (a *analysis) mainPlant() int { return a.topics().plant }

// dominant returns the entity of type t with the highest count when
// enough(its count, the runner-up's count) holds, else -1.
func (a *analysis) dominant(t graph.EntityType, count func(*entity) int, enough func(best, second int) bool) int {
	best, bestN, second := -1, 0, 0
	for i, e := range a.ents {
		if e.typ != t || len(e.ments) == 0 {
			continue
		}
		switch n := count(e); {
		case best < 0 || n > bestN:
			second = bestN
			best, bestN = i, n
		case n > second:
			second = n
		}
	}
	if best >= 0 && enough(bestN, second) {
		return best
	}
	return -1
}

func (a *analysis) mentionsOf(e *entity) int { return len(e.ments) }

// sentencesOf counts the sentences naming e: "the Research and
// Innovation Centre (FIZ)" names it once, not twice.
func (a *analysis) sentencesOf(e *entity) int {
	sents := map[int]bool{}
	for _, mi := range e.ments {
		sents[a.ments[mi].sent] = true
	}
	return len(sents)
}

// onlyPlantOf returns the one plant of the article that company c runs,
// or -1 when it runs none or several. A plant whose name says it makes
// something else ("a battery assembly site") does not make product p.
func (a *analysis) onlyPlantOf(c, p int) int {
	only, n := -1, 0
	product := strings.ToLower(a.ents[p].name)
	for i, e := range a.ents {
		if e.typ != graph.Plant || len(e.ments) == 0 || e.operator != c {
			continue
		}
		if n++; n > 1 {
			return -1
		}
		only = i
		for _, mi := range e.ments {
			k := a.plantKind(a.ments[mi])
			if k != "" && !strings.Contains(product, k) && !(k == "cell" && strings.Contains(product, "batter")) {
				only = -1
			}
		}
	}
	return only
}

// articlePlant returns the plant the article names first, or -1: the
// "here" of an interview with its director ("Peter Weber has been
// director of BMW Group Plant Munich since 2021 ...").
func (a *analysis) articlePlant() int { return a.topics().first }

// interview reports whether the article is a question-and-answer
// interview: its answers speak for the plant it names first.
func (a *analysis) interview() bool { return a.topics().interview }

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

// plantsOfIn counts the plants of company c named in sentences from to
// to: after "Plant Dalby opened in 2004 and Plant Vejle in 2012", "Arvo
// builds the Zorvan" says at neither.
func (a *analysis) plantsOfIn(c, from, to int) int {
	seen := map[int]bool{}
	for si := max(from, 0); si <= to && si < len(a.bySent); si++ {
		for _, mi := range a.bySent[si] {
			if e := a.ments[mi].ent; a.ents[e].typ == graph.Plant && a.ents[e].operator == c {
				seen[e] = true
			}
		}
	}
	return len(seen)
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

// bothProducts returns the two products of the sentence before si when
// si opens with "Both": "the KV3 E and the KV3 S. Both share a single
// assembly line with the Arvo TX2" says the line builds them too.
func (a *analysis) bothProducts(si int, lw []string) []int {
	if si == 0 || len(lw) == 0 || lw[0] != "both" {
		return nil
	}
	var out []int
	for _, mi := range a.bySent[si-1] {
		if e := a.ments[mi].ent; a.ents[e].typ == graph.Product && !containsInt(out, e) {
			out = append(out, e)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// possessor returns the text of the company that "its" before plant
// mention i refers to: the first company of the sentence, its subject as
// a rule ("Porsche has started production of the Macan at its Leipzig
// plant"), or "" when the sentence names none before the mention.
func (a *analysis) possessor(i int) string {
	m := a.ments[i]
	toks := a.dc.sents[m.sent].Toks
	k := m.from - 1
	for k > 0 && isPassingAdjective(toks[k].Text) {
		k-- // "its new gigafactory in Vejle"
	}
	if k < 0 || toks[k].Text != "its" {
		return ""
	}
	first, subject := "", ""
	appFrom, appTo := a.openerApposition(m.sent)
	// The mentions are sorted by offset, so those of m's sentence that
	// end before it lie just before it.
	lo := i
	for lo > 0 && a.ments[lo-1].sent == m.sent {
		lo--
	}
	for j := lo; j < i; j++ {
		o := a.ments[j]
		if o.typ != graph.Company || o.end > m.start || inSpan(o, appFrom, appTo) {
			continue
		}
		if o.from > 0 && toks[o.from-1].Text == "for" {
			continue // "makes enclosures for General Motors at its plant": the customer's is no plant of the clause
		}
		if first == "" {
			first = o.text
		}
		// "Kia runs the plant in Žilina, and General Motors builds vans
		// at its plant": the company that heads the clause of "its"
		if a.verbAfter(span{Sent: o.sent, From: o.from, To: o.to}) {
			subject = o.text
		}
		// "Korvel Group's Tamsin Trucks brand builds vans at its plant":
		// the brand heads the clause, not the group that owns it
		if o.to < len(toks) && isBrandNoun(strings.ToLower(toks[o.to].Text)) && a.verbAfter(span{Sent: o.sent, From: o.from, To: o.to + 1}) {
			subject = o.text
		}
	}
	if subject != "" {
		return subject
	}
	if first == "" && m.sent > 0 && a.companyAnchorBefore(m.sent, m.from) {
		// "Graz is one part of Magna's business. In North America the
		// group makes enclosures at its plant": the company the text
		// last named
		for j := i - 1; j >= 0; j-- {
			if o := a.ments[j]; o.sent < m.sent && o.typ == graph.Company {
				return o.text
			}
		}
	}
	return first
}

// companyAnchorBefore reports whether a noun phrase that refers back to a
// company ("the group", "the carmaker") stands before token end of
// sentence si.
func (a *analysis) companyAnchorBefore(si, end int) bool {
	toks := a.dc.sents[si].Toks
	for k := 1; k < end && k < len(toks); k++ {
		if strings.EqualFold(toks[k-1].Text, "the") && isCompanyAnchorNoun(strings.ToLower(toks[k].Text)) {
			return true
		}
	}
	return false
}

// groupAnchored returns the company that "the group" before mention m in
// its sentence refers to: the last company named before it whose name is
// a group's ("Vellor Group ... The Group's plants are in"), or -1. A
// group's plants are its own, whoever the sentences between name as a
// shareholder or a brand.
func (a *analysis) groupAnchored(m mention) int {
	toks := a.dc.sents[m.sent].Toks
	anchored := false
	for k := 1; k < m.from && k < len(toks); k++ {
		anchored = anchored || strings.EqualFold(toks[k-1].Text, "the") && strings.EqualFold(toks[k].Text, "group")
	}
	if !anchored {
		return -1
	}
	for mi := len(a.ments) - 1; mi >= 0; mi-- {
		o := a.ments[mi]
		if o.start >= m.start || o.typ != graph.Company || a.ents[o.ent].typ != graph.Company {
			continue
		}
		if strings.HasSuffix(o.canonical(), " Group") || strings.HasSuffix(o.text, " Group") {
			return o.ent
		}
	}
	return -1
}

// isBrandNoun reports whether w names a company as a part of a group
// that can run plants of its own: "its Tamsin Trucks brand".
func isBrandNoun(w string) bool {
	switch w {
	case "brand", "marque", "division", "unit", "subsidiary", "arm":
		return true
	}
	return false
}
