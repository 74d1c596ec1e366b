package extract

import (
	"strconv"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// A company may run two plants of one kind in one town, the later one
// built next to the first. Both are "<Operator> Plant <Town>" by the
// naming rule; the later one takes its number ("... Plant Kokomo 2"), so
// that the two are not merged into one.

// plantOrdinal returns the rank the words right before plant mention m
// give it: 2 for "second", 3 for "third" ("its second StarPlus plant in
// Kokomo"), 1 for "first", "existing", "original", "older", -1 for "new"
// or "newer" (a later plant only when the text calls another one first),
// 0 for none. It looks over the passing adjectives before the mention
// and over the operator's name the mention may leave out ("its second
// Kestrel Power plant in Ostrava").
func (a *analysis) plantOrdinal(m mention) int {
	toks := a.dc.sents[m.sent].Toks
	rank := 0
	for j := m.from - 1; j >= 0 && j >= m.from-5; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "first", "existing", "original", "older":
			return 1
		case "second":
			return 2
		case "third":
			return 3
		case "fourth":
			return 4
		case "new", "newer":
			rank = -1
			continue
		}
		if !isPassingAdjective(toks[j].Text) && !isCapitalized(toks[j].Text) {
			break
		}
	}
	return rank
}

// laterPlant returns the number of the later plant that mention m names
// in its town, or 0: an explicit ordinal past "first", or "new" when
// another mention of a plant in the same town calls that one the first
// ("AESC's first Sunderland battery plant" beside "its new gigafactory
// in Sunderland"). first is that first plant's mention index, -1 if none.
func (a *analysis) laterPlant(m mention) (n, first int) {
	if m.typ != graph.Plant || m.place == "" {
		return 0, -1
	}
	rank := a.plantOrdinal(m)
	if rank == 0 || rank == 1 {
		return 0, -1
	}
	first = a.firstPlantIn(m.place, m.start)
	if rank > 1 {
		return rank, first
	}
	if first < 0 {
		return 0, -1 // "the new plant in Debrecen" is just the plant there
	}
	return 2, first
}

// firstPlantIn returns the index of the first plant mention in town that
// the text calls the first one, other than the mention at offset start,
// or -1. The towns' first plants are found once: laterPlant asks for
// every plant mention.
func (a *analysis) firstPlantIn(town string, start int) int {
	if a.firstPlants == nil {
		a.firstPlants = map[string]int{}
		for i, o := range a.ments {
			if o.typ != graph.Plant || o.place == "" || a.plantOrdinal(o) != 1 {
				continue
			}
			if _, ok := a.firstPlants[graph.Fold(o.place)]; !ok {
				a.firstPlants[graph.Fold(o.place)] = i
			}
		}
	}
	i, ok := a.firstPlants[graph.Fold(town)]
	if !ok || a.ments[i].start == start {
		return -1
	}
	return i
}

// laterPlantKey returns the suffix that keeps a later plant apart in
// clustering, and gives an opless later plant the operator of the first
// one ("its new gigafactory in Sunderland" after "AESC's first
// Sunderland battery plant" is AESC's).
func (a *analysis) laterPlantKey(i int) string {
	m := &a.ments[i]
	n, first := a.laterPlant(*m)
	if n == 0 {
		return ""
	}
	if m.operator == "" && first >= 0 {
		m.operator = a.ments[first].operator
	}
	return "#" + strconv.Itoa(n)
}

// plantNumber returns the number a later plant's name ends in, or "".
func (a *analysis) plantNumber(e *entity) string {
	for _, mi := range e.ments {
		if n, _ := a.laterPlant(a.ments[mi]); n > 1 {
			return " " + strconv.Itoa(n)
		}
	}
	return ""
}

// ordinalAnchor resolves "a second battery plant" at token i of sentence
// si to the one plant of the text numbered so: the later plant a text
// sets apart is what its "second plant" means, though no town follows.
func (a *analysis) ordinalAnchor(si, i int) (anchor, bool) {
	toks := a.dc.sents[si].Toks
	n := 0
	switch strings.ToLower(toks[i].Text) {
	case "second":
		n = 2
	case "third":
		n = 3
	default:
		return anchor{}, false
	}
	j := i + 1
	for j < len(toks) && j-i <= 3 && a.x.vocab.siteMod[toks[j].Text] {
		j++
	}
	if j >= len(toks) || !a.x.vocab.siteNoun[toks[j].Text] || pluralSiteNoun(toks[j].Text) || a.insideMention(si, i, j+1) {
		return anchor{}, false
	}
	if a.plantNums == nil {
		a.plantNums = map[int]string{}
		for e, ent := range a.ents {
			if ent.typ == graph.Plant && len(ent.ments) > 0 {
				a.plantNums[e] = a.plantNumber(ent)
			}
		}
	}
	want, found := " "+strconv.Itoa(n), -1
	for e, ent := range a.ents {
		if ent.typ == graph.Plant && len(ent.ments) > 0 && a.plantNums[e] == want {
			if found >= 0 {
				return anchor{}, false // two towns with a second plant: which one?
			}
			found = e
		}
	}
	return anchor{from: i, to: j + 1, ent: found}, found >= 0
}
