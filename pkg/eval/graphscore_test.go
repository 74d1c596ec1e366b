package eval_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/eval"
)

func node(id string, typ graph.EntityType, name string, aliases ...string) graph.Node {
	return graph.Node{ID: id, Name: name, Type: typ, Aliases: aliases}
}

func edge(s string, p graph.Predicate, o string) graph.Edge {
	return graph.Edge{Source: s, Predicate: p, Target: o}
}

func graphGold() []eval.Record {
	return []eval.Record{
		rec("a.txt",
			ents(ent(graph.Company, "BMW Group", "BMW"), ent(graph.Company, "Mini"),
				ent(graph.Company, "Toyota"), ent(graph.Plant, "BMW Plant Oxford", "Oxford plant")),
			rel("BMW Group", graph.Owns, "Mini"), rel("BMW Group", graph.Operates, "BMW Plant Oxford"),
			rel("BMW Group", graph.PartnersWith, "Toyota")),
		rec("b.txt",
			ents(ent(graph.Company, "BMW Group", "BMW AG"), ent(graph.Location, "Oxford")),
			rel("BMW Plant Oxford", graph.LocatedIn, "Oxford")),
	}
}

// graphCase is a table case of ScoreGraph against graphGold;
// crosscheck_test.go runs the same cases through graph_score.py.
type graphCase struct {
	name          string
	nodes         []graph.Node
	edges         []graph.Edge
	pred, matched int
	found         int
	split, merged []string
	edgeCounts    eval.Counts
	lastLine      string
}

func graphCases() []graphCase {
	return []graphCase{
		{
			name: "exact",
			nodes: []graph.Node{
				node("b", graph.Company, "BMW Group", "BMW", "BMW AG"), node("m", graph.Company, "Mini"),
				node("t", graph.Company, "Toyota"), node("p", graph.Plant, "BMW Plant Oxford"),
				node("o", graph.Location, "Oxford")},
			edges: []graph.Edge{edge("b", graph.Owns, "m"), edge("b", graph.Operates, "p"),
				edge("t", graph.PartnersWith, "b"), edge("p", graph.LocatedIn, "o")},
			pred: 5, matched: 5, found: 5,
			edgeCounts: eval.Counts{TP: 4, Pred: 4, Gold: 4},
			lastLine:   "node_f1=1.000 split_rate=0.000 merge_rate=0.000 edge_f1=1.000",
		},
		{
			name:  "aliases of every file belong to the gold node",
			nodes: []graph.Node{node("x", graph.Company, "BMW AG")},
			pred:  1, matched: 1, found: 1,
			edgeCounts: eval.Counts{Gold: 4},
		},
		{
			name: "a gold node matched twice is split",
			nodes: []graph.Node{node("b1", graph.Company, "BMW"), node("b2", graph.Company, "BMW Group"),
				node("p", graph.Plant, "Oxford Plant")},
			edges: []graph.Edge{edge("b1", graph.Operates, "p"), edge("b2", graph.Operates, "p")},
			pred:  3, matched: 3, found: 2, split: []string{"BMW Group"},
			edgeCounts: eval.Counts{TP: 1, Pred: 1, Gold: 4},
			lastLine:   "node_f1=0.571 split_rate=0.500 merge_rate=0.000 edge_f1=0.400",
		},
		{
			name:  "a node holding two canonical names is merged and keeps its own",
			nodes: []graph.Node{node("b", graph.Company, "BMW Group", "Mini"), node("m", graph.Company, "Mini")},
			pred:  2, matched: 2, found: 2, merged: []string{"b"},
			edges:      []graph.Edge{edge("b", graph.Owns, "m")},
			edgeCounts: eval.Counts{TP: 1, Pred: 1, Gold: 4},
		},
		{
			name:  "more shared forms beat the own name",
			nodes: []graph.Node{node("x", graph.Company, "Mini", "BMW", "BMW AG"), node("m", graph.Company, "Mini")},
			edges: []graph.Edge{edge("x", graph.Owns, "m")},
			pred:  2, matched: 2, found: 2,
			edgeCounts: eval.Counts{TP: 1, Pred: 1, Gold: 4},
		},
		{
			name:  "ties without an own name go to the greater name",
			nodes: []graph.Node{node("x", graph.Company, "Carmakers", "BMW", "Mini"), node("m", graph.Company, "Mini")},
			pred:  2, matched: 2, found: 1, split: []string{"Mini"},
			edgeCounts: eval.Counts{Gold: 4},
		},
		{
			name:       "types must agree",
			nodes:      []graph.Node{node("o", graph.Plant, "Oxford"), node("x", graph.Location, "BMW")},
			pred:       2,
			edgeCounts: eval.Counts{Gold: 4},
			lastLine:   "node_f1=0.000 split_rate=0.000 merge_rate=0.000 edge_f1=0.000",
		},
		{
			name: "edges map through gold names",
			nodes: []graph.Node{node("b", graph.Company, "BMW"), node("t", graph.Company, "Toyota"),
				node("u", graph.Company, "Unknown Motors")},
			edges: []graph.Edge{
				edge("t", graph.PartnersWith, "b"), edge("b", graph.PartnersWith, "t"), // one gold triple
				edge("t", graph.Owns, "b"), edge("t", graph.Owns, "b"), // not gold, counted once
				edge("u", graph.Owns, "b"), edge("gone", graph.Owns, "b")},
			pred: 3, matched: 2, found: 2,
			edgeCounts: eval.Counts{TP: 1, Pred: 4, Gold: 4},
		},
		{
			name:       "a repeated ID counts once, the last node deciding",
			nodes:      []graph.Node{node("b", graph.Company, "BMW"), node("b", graph.Company, "Nothing")},
			edges:      []graph.Edge{edge("b", graph.Owns, "b")},
			pred:       1,
			edgeCounts: eval.Counts{Pred: 1, Gold: 4},
		},
	}
}

func TestScoreGraph(t *testing.T) {
	for _, tt := range graphCases() {
		t.Run(tt.name, func(t *testing.T) {
			r := eval.ScoreGraph(graphGold(), &graph.Graph{Nodes: tt.nodes, Edges: tt.edges})
			if r.GoldNodes != 5 || r.PredNodes != tt.pred || r.MatchedPred != tt.matched || r.FoundGold != tt.found {
				t.Errorf("nodes gold %d pred %d matched %d found %d, want 5 %d %d %d",
					r.GoldNodes, r.PredNodes, r.MatchedPred, r.FoundGold, tt.pred, tt.matched, tt.found)
			}
			if len(r.Spurious) != tt.pred-tt.matched || len(r.Missed) != 5-tt.found {
				t.Errorf("spurious %q missed %q, want %d and %d of them", r.Spurious, r.Missed, tt.pred-tt.matched, 5-tt.found)
			}
			if !slices.IsSorted(r.Spurious) || !slices.IsSorted(r.Missed) {
				t.Errorf("spurious %q missed %q: not sorted", r.Spurious, r.Missed)
			}
			if !slices.Equal(r.Split, tt.split) || !slices.Equal(r.Merged, tt.merged) {
				t.Errorf("split %q merged %q, want %q %q", r.Split, r.Merged, tt.split, tt.merged)
			}
			if r.Edges != tt.edgeCounts {
				t.Errorf("edges = %+v, want %+v", r.Edges, tt.edgeCounts)
			}
			var buf bytes.Buffer
			if err := r.Write(&buf); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if len(lines) != 5 || lines[4] != r.String() {
				t.Errorf("output ends %q, want %q", lines[len(lines)-1], r.String())
			}
			if tt.lastLine != "" && r.String() != tt.lastLine {
				t.Errorf("last line %q, want %q", r.String(), tt.lastLine)
			}
		})
	}
}

func TestWriteNodeErrors(t *testing.T) {
	var b strings.Builder
	r := eval.GraphReport{Split: []string{"BMW Group", "Mini Countryman"}, Merged: []string{"17"},
		Missed: []string{"Toyota"}, Spurious: []string{"company:bmw motorrad"}}
	if err := r.WriteNodeErrors(&b); err != nil {
		t.Fatal(err)
	}
	want := "split gold node BMW Group\nsplit gold node Mini Countryman\nmerged predicted node 17\n" +
		"missed gold node Toyota\nspurious predicted node company:bmw motorrad\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
