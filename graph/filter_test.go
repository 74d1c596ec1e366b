package graph_test

import (
	"cmp"
	"errors"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
)

// queryDates dates the documents of queryGraph: news/01.txt to news/09.txt
// in 2023, news/10.txt to news/19.txt in 2024; news/20.txt has no date.
func queryDates() map[string]string {
	dates := map[string]string{}
	for _, nn := range []string{"01", "02", "03", "04", "05", "07", "08", "09"} {
		dates["news/"+nn+".txt"] = "2023-06-" + nn
	}
	for _, nn := range []string{"10", "11", "12", "13", "14", "15", "16", "17", "18", "19"} {
		dates["news/"+nn+".txt"] = "2024-02-" + nn
	}
	return dates
}

func TestFilter(t *testing.T) {
	g := queryGraph()
	all := ids(g.Nodes)
	tests := []struct {
		name  string
		opts  graph.FilterOptions
		nodes []string // IDs, in any order
		edges []step   // in any order
	}{
		{"zero value keeps all", graph.FilterOptions{}, all, steps(g.Edges)},
		{"around depth 1", graph.FilterOptions{Around: "AESC", Depth: 1},
			[]string{aesc.ID, bmw.ID, umicore.ID},
			[]step{{aesc.ID, bmw.ID, graph.Supplies}, {umicore.ID, aesc.ID, graph.Supplies}}},
		{"around depth 0", graph.FilterOptions{Around: "aesc"}, []string{aesc.ID}, nil},
		{"around no limit through companies", graph.FilterOptions{Around: "Umicore", Depth: -1, Types: []graph.EntityType{graph.Company}},
			[]string{aesc.ID, bmw.ID, umicore.ID},
			[]step{{aesc.ID, bmw.ID, graph.Supplies}, {umicore.ID, aesc.ID, graph.Supplies}}},
		{"around keeps a centre of another type", graph.FilterOptions{Around: "Oliver Zipse", Depth: 2, Types: []graph.EntityType{graph.Company}},
			[]string{aesc.ID, bmw.ID, zipse.ID},
			[]step{{aesc.ID, bmw.ID, graph.Supplies}, {zipse.ID, bmw.ID, graph.WorksFor}}},
		{"types", graph.FilterOptions{Types: []graph.EntityType{graph.Person, graph.Company}},
			[]string{aesc.ID, bmw.ID, catl.ID, magna.ID, skoda.ID, umicore.ID, zipse.ID},
			[]step{{aesc.ID, bmw.ID, graph.Supplies}, {umicore.ID, aesc.ID, graph.Supplies}, {zipse.ID, bmw.ID, graph.WorksFor}}},
		{"predicates drop untouched nodes", graph.FilterOptions{Predicates: []graph.Predicate{graph.Supplies, graph.WorksFor}},
			[]string{aesc.ID, bmw.ID, umicore.ID, zipse.ID},
			[]step{{aesc.ID, bmw.ID, graph.Supplies}, {umicore.ID, aesc.ID, graph.Supplies}, {zipse.ID, bmw.ID, graph.WorksFor}}},
		{"min mentions", graph.FilterOptions{MinMentions: 3}, mentionedAtLeast(g, 3), edgesAmong(g, mentionedAtLeast(g, 3))},
		{"since a day", graph.FilterOptions{Since: "2024-02-17", DocDates: queryDates()},
			[]string{aesc.ID, batteries.ID, bmw.ID, catl.ID, umicore.ID},
			[]step{{aesc.ID, bmw.ID, graph.Supplies}, {catl.ID, batteries.ID, graph.Produces}, {umicore.ID, aesc.ID, graph.Supplies}}},
		{"since a year, undated evidence dropped", graph.FilterOptions{Since: "2025", DocDates: queryDates()}, nil, nil},
		{"since a month and predicates", graph.FilterOptions{Since: "2024-02", DocDates: queryDates(), Predicates: []graph.Predicate{graph.LocatedIn}},
			[]string{austria.ID, boleslav.ID, czechia.ID, germany.ID, grazCity.ID, skoda.ID, zwickau.ID, zwickauLoc.ID},
			[]step{{grazCity.ID, austria.ID, graph.LocatedIn}, {boleslav.ID, czechia.ID, graph.LocatedIn},
				{skoda.ID, boleslav.ID, graph.LocatedIn}, {zwickau.ID, zwickauLoc.ID, graph.LocatedIn},
				{zwickauLoc.ID, germany.ID, graph.LocatedIn}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, err := g.Filter(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			slices.Sort(tt.nodes)
			slices.SortFunc(tt.edges, func(a, b step) int {
				return cmp.Compare(a.Source+"\x00"+string(a.Predicate)+"\x00"+a.Target,
					b.Source+"\x00"+string(b.Predicate)+"\x00"+b.Target)
			})
			if diff := gocmp.Diff(tt.nodes, ids(sub.Nodes)); diff != "" {
				t.Errorf("nodes (-want +got):\n%s", diff)
			}
			if diff := gocmp.Diff(tt.edges, steps(sub.Edges)); diff != "" {
				t.Errorf("edges (-want +got):\n%s", diff)
			}
			for _, e := range sub.Edges {
				if _, ok := sub.Node(e.Source); !ok {
					t.Errorf("edge from %s, not a node of the subgraph", e.Source)
				}
				if _, ok := sub.Node(e.Target); !ok {
					t.Errorf("edge to %s, not a node of the subgraph", e.Target)
				}
			}
		})
	}
}

func mentionedAtLeast(g *graph.Graph, n int) []string {
	var out []string
	for _, nd := range g.Nodes {
		if nd.Mentions >= n {
			out = append(out, nd.ID)
		}
	}
	return out
}

func edgesAmong(g *graph.Graph, keep []string) []step {
	var out []step
	for _, e := range g.Edges {
		if slices.Contains(keep, e.Source) && slices.Contains(keep, e.Target) {
			out = append(out, step{e.Source, e.Target, e.Predicate})
		}
	}
	return out
}

// TestFilterSinceEvidence checks that Since trims an edge's evidence to the
// documents dated since, and leaves the graph it filters alone.
func TestFilterSinceEvidence(t *testing.T) {
	a, b := node(graph.Company, "A", 1), node(graph.Company, "B", 1)
	old, recent := ev("old.txt", 0, "A supplies B."), ev("new.txt", 0, "A supplies B again.")
	g := graph.NewGraph([]graph.Node{a, b}, []graph.Edge{edge(a, graph.Supplies, b, old, recent)})
	sub, err := g.Filter(graph.FilterOptions{Since: "2024-01-01",
		DocDates: map[string]string{"old.txt": "2023-12-31", "new.txt": "2024-01-01"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Edges) != 1 || !gocmp.Equal(sub.Edges[0].Evidence, []graph.Evidence{recent}) {
		t.Errorf("edges %+v, want the edge with only new.txt's evidence", sub.Edges)
	}
	if len(g.Edges[0].Evidence) != 2 {
		t.Errorf("Filter changed the graph: %d evidence left", len(g.Edges[0].Evidence))
	}
	sub.Nodes[0].Aliases = append(sub.Nodes[0].Aliases, "changed")
	sub.Edges[0].Evidence[0].Sentence = "changed"
	if !slices.Contains(g.Edges[0].Evidence, recent) || len(g.Nodes[0].Aliases) != 0 {
		t.Errorf("the subgraph shares slices with the graph")
	}
}

func TestFilterErrors(t *testing.T) {
	g := queryGraph()
	_, err := g.Filter(graph.FilterOptions{Around: "Umicroe"})
	var ne *graph.NameError
	if !errors.As(err, &ne) || len(ne.Suggestions) == 0 || ne.Suggestions[0].ID != umicore.ID {
		t.Errorf("Around Umicroe: error %v, want a NameError suggesting Umicore", err)
	}
	for _, since := range []string{"2024-13-01", "24-01-01", "yesterday", "2024-1-1"} {
		if _, err := g.Filter(graph.FilterOptions{Since: since}); err == nil {
			t.Errorf("Since %q: no error", since)
		}
	}
}

func TestFilterParseLists(t *testing.T) {
	types, err := graph.ParseTypes(" company, plant,,")
	if err != nil || !gocmp.Equal(types, []graph.EntityType{graph.Company, graph.Plant}) {
		t.Errorf("ParseTypes = %v, %v", types, err)
	}
	if _, err := graph.ParseTypes("company,factory"); err == nil {
		t.Error("ParseTypes(factory): no error")
	}
	preds, err := graph.ParsePredicates("produces,located_in")
	if err != nil || !gocmp.Equal(preds, []graph.Predicate{graph.Produces, graph.LocatedIn}) {
		t.Errorf("ParsePredicates = %v, %v", preds, err)
	}
	if _, err := graph.ParsePredicates("makes"); err == nil {
		t.Error("ParsePredicates(makes): no error")
	}
	if types, err := graph.ParseTypes(""); err != nil || types != nil {
		t.Errorf("ParseTypes(\"\") = %v, %v; want nothing", types, err)
	}
}
