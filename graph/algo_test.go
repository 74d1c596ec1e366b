package graph_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
)

// step is an edge along a path, without its evidence.
type step struct {
	Source, Target string
	Predicate      graph.Predicate
}

func steps(es []graph.Edge) []step {
	var out []step
	for _, e := range es {
		out = append(out, step{e.Source, e.Target, e.Predicate})
	}
	return out
}

func TestShortestPath(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		want     []string
		edges    []step
		err      error
	}{
		{"supply chain", "Umicore", "BMW Group",
			[]string{umicore.ID, aesc.ID, bmw.ID},
			[]step{{umicore.ID, aesc.ID, graph.Supplies}, {aesc.ID, bmw.ID, graph.Supplies}}, nil},
		{"against the edges", "BMW Group", "umicore",
			[]string{bmw.ID, aesc.ID, umicore.ID},
			[]step{{aesc.ID, bmw.ID, graph.Supplies}, {umicore.ID, aesc.ID, graph.Supplies}}, nil},
		{"by ID and diacritics", zipse.ID, "Mlada Boleslav", nil, nil, graph.ErrNoPath},
		{"person to city", "Oliver Zipse", "Regensburg",
			[]string{zipse.ID, bmw.ID, regensburg.ID, city.ID},
			[]step{{zipse.ID, bmw.ID, graph.WorksFor}, {bmw.ID, regensburg.ID, graph.Operates},
				{regensburg.ID, city.ID, graph.LocatedIn}}, nil},
		{"same node", "AESC", "aesc", []string{aesc.ID}, nil, nil},
		{"not connected", "Umicore", "Enyaq iV", nil, nil, graph.ErrNoPath},
	}
	g := queryGraph()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := g.ShortestPath(tt.from, tt.to)
			if !errors.Is(err, tt.err) {
				t.Fatalf("ShortestPath(%q, %q) error = %v, want %v", tt.from, tt.to, err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("path mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.edges, steps(g.PathEdges(got))); diff != "" {
				t.Errorf("path edges mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestShortestPathUnknownName(t *testing.T) {
	_, err := queryGraph().ShortestPath("Umicroe", "BMW Group")
	var ne *graph.NameError
	if !errors.As(err, &ne) || len(ne.Suggestions) == 0 || ne.Suggestions[0].ID != umicore.ID {
		t.Errorf("error = %v, want a NameError suggesting Umicore", err)
	}
}

// TestShortestPathTies checks that of two equally short paths the same one
// comes back every time.
func TestShortestPathTies(t *testing.T) {
	a, b, c, d := node(graph.Company, "A", 1), node(graph.Company, "B", 1), node(graph.Company, "C", 1), node(graph.Company, "D", 1)
	g := graph.NewGraph([]graph.Node{a, b, c, d}, []graph.Edge{
		edge(a, graph.Supplies, c), edge(c, graph.Supplies, d),
		edge(a, graph.Supplies, b), edge(d, graph.Owns, b),
		edge(b, graph.PartnersWith, d), // a second predicate between B and D
	})
	for i := 0; i < 50; i++ {
		got, err := g.ShortestPath("A", "D")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{a.ID, b.ID, d.ID}, got); diff != "" {
			t.Fatalf("run %d (-want +got):\n%s", i, diff)
		}
	}
	want := []step{{a.ID, b.ID, graph.Supplies}, {b.ID, d.ID, graph.PartnersWith}, {d.ID, b.ID, graph.Owns}}
	if diff := cmp.Diff(want, steps(g.PathEdges([]string{a.ID, b.ID, d.ID, b.ID}))); diff != "" {
		t.Errorf("PathEdges mismatch (-want +got):\n%s", diff)
	}
}

func TestNeighbors(t *testing.T) {
	tests := []struct {
		name  string
		id    string
		depth int
		nodes []graph.Node
		edges []step
	}{
		{"depth 0", "BMW Group", 0, []graph.Node{bmw}, nil},
		{"negative depth", bmw.ID, -1, []graph.Node{bmw}, nil},
		{"depth 1", bmw.ID, 1, []graph.Node{aesc, bmw, zipse, graz, regensburg}, []step{
			{aesc.ID, bmw.ID, graph.Supplies},
			{bmw.ID, graz.ID, graph.Operates},
			{bmw.ID, regensburg.ID, graph.Operates},
			{zipse.ID, bmw.ID, graph.WorksFor},
		}},
		{"depth 2 by alias", "bmw", 2,
			[]graph.Node{aesc, bmw, magna, umicore, grazCity, city, zipse, graz, regensburg, series5, batteries},
			[]step{
				{aesc.ID, bmw.ID, graph.Supplies},
				{bmw.ID, graz.ID, graph.Operates},
				{bmw.ID, regensburg.ID, graph.Operates},
				{magna.ID, graz.ID, graph.Operates},
				{umicore.ID, aesc.ID, graph.Supplies},
				{zipse.ID, bmw.ID, graph.WorksFor},
				{graz.ID, grazCity.ID, graph.LocatedIn},
				{graz.ID, series5.ID, graph.Produces},
				{regensburg.ID, city.ID, graph.LocatedIn},
				{regensburg.ID, batteries.ID, graph.Produces},
			}},
		{"unknown", "Volkswagen", 2, nil, nil},
	}
	g := queryGraph()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := g.Neighbors(tt.id, tt.depth)
			if diff := cmp.Diff(ids(tt.nodes), ids(sub.Nodes)); diff != "" {
				t.Errorf("nodes mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.edges, steps(sub.Edges)); diff != "" {
				t.Errorf("edges mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNeighborsSharesNothing(t *testing.T) {
	g := queryGraph()
	sub := g.Neighbors("BMW Group", 1)
	for i, n := range sub.Nodes {
		if n.ID == bmw.ID {
			sub.Nodes[i].Aliases[0] = "changed"
		}
	}
	for i := range sub.Edges {
		sub.Edges[i].Evidence[0].Sentence = "changed"
	}
	if n, _ := g.Node(bmw.ID); n.Aliases[0] != "BMW" {
		t.Errorf("changing the subgraph changed the graph's aliases: %q", n.Aliases)
	}
	for _, e := range g.Edges {
		if e.Evidence[0].Sentence == "changed" {
			t.Fatalf("changing the subgraph changed the evidence of %s %s %s", e.Source, e.Predicate, e.Target)
		}
	}
}
