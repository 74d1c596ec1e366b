package eval

import (
	"fmt"
	"io"
	"sort"

	"github.com/plantgraph/plantgraph/graph"
)

// GraphReport is the result of ScoreGraph.
type GraphReport struct {
	// GoldNodes is the number of distinct canonical gold names;
	// PredNodes the number of distinct predicted node IDs.
	GoldNodes, PredNodes int
	// MatchedPred is how many predicted nodes map onto a gold node;
	// FoundGold how many gold nodes some predicted node maps onto.
	MatchedPred, FoundGold int
	// Split lists the gold nodes that are the best match of several
	// predicted nodes, sorted.
	Split []string
	// Merged lists the IDs of the predicted nodes whose forms hold the
	// canonical names of several gold nodes of their type, in graph order
	// (an ID listed twice in the graph counts twice).
	Merged []string
	// Spurious lists the IDs of the predicted nodes that map onto no gold
	// node, and Missed the gold nodes no predicted node maps onto; both
	// sorted.
	Spurious, Missed []string
	// Edges counts distinct predicted edges against distinct gold triples.
	Edges Counts
}

// NodePrecision returns MatchedPred/PredNodes, 0 when there is no node.
func (r GraphReport) NodePrecision() float64 { return ratio(r.MatchedPred, r.PredNodes) }

// NodeRecall returns FoundGold/GoldNodes, 0 when there is no gold node.
func (r GraphReport) NodeRecall() float64 { return ratio(r.FoundGold, r.GoldNodes) }

// NodeF1 returns the harmonic mean of node precision and recall.
func (r GraphReport) NodeF1() float64 { return f1(r.NodePrecision(), r.NodeRecall()) }

// SplitRate returns the share of found gold nodes that are split.
func (r GraphReport) SplitRate() float64 { return ratio(len(r.Split), max(1, r.FoundGold)) }

// MergeRate returns the share of matched predicted nodes that are merged.
func (r GraphReport) MergeRate() float64 { return ratio(len(r.Merged), max(1, r.MatchedPred)) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Write prints the report in graph_score.py's layout, ending with the line
// "node_f1=... split_rate=... merge_rate=... edge_f1=...".
func (r GraphReport) Write(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("gold nodes %d, predicted nodes %d\n", r.GoldNodes, r.PredNodes)
	ew.printf("nodes P %.3f R %.3f F1 %.3f\n", r.NodePrecision(), r.NodeRecall(), r.NodeF1())
	ew.printf("split gold nodes %d (%.1f%% of found), merged predicted nodes %d (%.1f%%)\n",
		len(r.Split), r.SplitRate()*100, len(r.Merged), r.MergeRate()*100)
	ew.printf("edges P %.3f R %.3f F1 %.3f (gold %d, predicted %d)\n",
		r.Edges.Precision(), r.Edges.Recall(), r.Edges.F1(), r.Edges.Gold, r.Edges.Pred)
	ew.printf("node_f1=%.3f split_rate=%.3f merge_rate=%.3f edge_f1=%.3f\n",
		r.NodeF1(), r.SplitRate(), r.MergeRate(), r.Edges.F1())
	return ew.err
}

// WriteNodeErrors lists the split gold nodes, the merged predicted nodes,
// the missed gold nodes and the spurious predicted nodes, one a line, for
// "eval --errors".
func (r GraphReport) WriteNodeErrors(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, s := range r.Split {
		ew.printf("split gold node %s\n", s)
	}
	for _, m := range r.Merged {
		ew.printf("merged predicted node %s\n", m)
	}
	for _, m := range r.Missed {
		ew.printf("missed gold node %s\n", m)
	}
	for _, m := range r.Spurious {
		ew.printf("spurious predicted node %s\n", m)
	}
	return ew.err
}

// goldNode is the union of the gold entities of one canonical name.
type goldNode struct {
	typ   graph.EntityType
	forms map[string]bool
}

type typedForm struct {
	typ  graph.EntityType
	form string
}

type triple struct {
	s string
	p graph.Predicate
	o string
}

// ScoreGraph scores a whole graph against the union of the gold records as
// graph_score.py does. Gold entities with one canonical name form one gold
// node: the type of its first record, the folded forms of all. A predicted
// node maps onto the gold node of its type sharing the most folded forms
// with it; ties go to the gold node whose canonical name folds like the
// node's name, then to the greatest canonical name. Edges map through the
// nodes' gold names; partners_with matches either way round; distinct
// edges count once.
func ScoreGraph(gold []Record, g *graph.Graph) GraphReport {
	var names []string
	gnodes := map[string]*goldNode{}
	gedges := map[triple]bool{}
	for _, rec := range gold {
		for _, e := range rec.Entities {
			n, ok := gnodes[e.Name]
			if !ok {
				n = &goldNode{typ: e.Type, forms: map[string]bool{}}
				gnodes[e.Name] = n
				names = append(names, e.Name)
			}
			n.forms[graph.Fold(e.Name)] = true
			for _, a := range e.Aliases {
				n.forms[graph.Fold(a)] = true
			}
		}
		for _, r := range rec.Relations {
			gedges[triple{r.Subject, r.Predicate, r.Object}] = true
		}
	}
	byForm := map[typedForm][]string{}
	canon := map[typedForm]string{}
	for _, name := range names {
		n := gnodes[name]
		canon[typedForm{n.typ, graph.Fold(name)}] = name
		for f := range n.forms {
			k := typedForm{n.typ, f}
			byForm[k] = append(byForm[k], name)
		}
	}

	var rep GraphReport
	pmap := map[string]string{} // predicted ID -> best gold name, "" for none
	if g != nil {
		for _, n := range g.Nodes {
			fs := map[string]bool{graph.Fold(n.Name): true}
			for _, a := range n.Aliases {
				fs[graph.Fold(a)] = true
			}
			shared := map[string]int{}
			holds := map[string]bool{}
			for f := range fs {
				k := typedForm{n.Type, f}
				for _, h := range byForm[k] {
					shared[h]++
				}
				if c, ok := canon[k]; ok {
					holds[c] = true
				}
			}
			if len(holds) > 1 {
				rep.Merged = append(rep.Merged, n.ID)
			}
			own, hasOwn := canon[typedForm{n.Type, graph.Fold(n.Name)}]
			best, first := "", true
			for h, c := range shared {
				if first || better(c, hasOwn && h == own, h, shared[best], hasOwn && best == own, best) {
					best, first = h, false
				}
			}
			pmap[n.ID] = best
		}
	}
	covered := map[string]int{}
	for id, h := range pmap {
		if h != "" {
			rep.MatchedPred++
			covered[h]++
		} else {
			rep.Spurious = append(rep.Spurious, id)
		}
	}
	rep.FoundGold = len(covered)
	for _, name := range names {
		if covered[name] == 0 {
			rep.Missed = append(rep.Missed, name)
		}
	}
	sort.Strings(rep.Spurious)
	sort.Strings(rep.Missed)
	for h, c := range covered {
		if c > 1 {
			rep.Split = append(rep.Split, h)
		}
	}
	sort.Strings(rep.Split)
	rep.PredNodes, rep.GoldNodes = len(pmap), len(gnodes)

	type edgeKey struct {
		gold bool
		t    triple // gold triple, or the predicted IDs when not gold
	}
	pedges := map[edgeKey]bool{}
	tp := 0
	if g != nil {
		for _, e := range g.Edges {
			a, b, pr := pmap[e.Source], pmap[e.Target], e.Predicate
			k := edgeKey{t: triple{e.Source, pr, e.Target}}
			if a != "" && b != "" {
				switch {
				case gedges[triple{a, pr, b}]:
					k = edgeKey{true, triple{a, pr, b}}
				case pr == graph.PartnersWith && gedges[triple{b, pr, a}]:
					k = edgeKey{true, triple{b, pr, a}}
				}
			}
			if !pedges[k] {
				pedges[k] = true
				if k.gold {
					tp++
				}
			}
		}
	}
	rep.Edges = Counts{TP: tp, Pred: len(pedges), Gold: len(gedges)}
	return rep
}

// better reports whether gold name h with c shared forms beats the current
// best: more shared forms, then being the node's own canonical name, then
// the greater name.
func better(c int, own bool, h string, bc int, bown bool, b string) bool {
	if c != bc {
		return c > bc
	}
	if own != bown {
		return own
	}
	return h > b
}

// String returns the report's final line.
func (r GraphReport) String() string {
	return fmt.Sprintf("node_f1=%.3f split_rate=%.3f merge_rate=%.3f edge_f1=%.3f",
		r.NodeF1(), r.SplitRate(), r.MergeRate(), r.Edges.F1())
}
