package extract

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// plantMaking picks, among the keys ks of the plants one town holds, the
// one a plant mention that names no operator means, by what its sentence
// says the plant makes: "The Vejle plant ... builds the Ossela" is the
// town's car plant, not its battery plant. kinds maps a plant key to its
// kind (see plantKind). It returns "" unless exactly one plant fits. A
// kind in the mention's own words is no such evidence: "its wafer fab in
// Dresden" may be a new fab beside a wafer fab the town has.
func (a *analysis) plantMaking(i int, ks []string, kinds map[string]string) string {
	if a.plantKind(a.ments[i]) != "" {
		return ""
	}
	want := a.madeKind(i)
	if want == "" {
		return ""
	}
	// a plant of that kind, else the one plant whose kind is unsaid
	// when every other says it makes something else
	var same, open []string
	for _, k := range ks {
		switch kinds[k] {
		case want:
			same = append(same, k)
		case "":
			open = append(open, k)
		}
	}
	if len(same) == 1 {
		return same[0]
	}
	if len(same) == 0 && len(open) == 1 {
		return open[0]
	}
	return ""
}

// madeKind returns the kind of plant that makes what the sentence of
// plant mention i says it makes, after a verb of making: "car" for a
// named model, "cell" for cells, else "". A model outweighs the parts a
// car plant also assembles ("assembles battery packs and builds the
// Ossela").
func (a *analysis) madeKind(i int) string {
	m := a.ments[i]
	toks := a.dc.sents[m.sent].Toks
	verb := -1
	for k := m.to; k < len(toks) && verb < 0; k++ {
		if isProduceWord(strings.ToLower(toks[k].Text)) {
			verb = k
		}
	}
	if verb < 0 {
		return ""
	}
	kind := ""
	for j := i + 1; j < len(a.ments) && a.ments[j].sent == m.sent; j++ {
		o := a.ments[j]
		if o.typ != graph.Product || o.from <= verb {
			continue
		}
		if !o.phrase {
			return "car"
		}
		if strings.Contains(strings.ToLower(o.canonical()), "cell") {
			kind = "cell"
		}
	}
	return kind
}
