package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// TestResolve_Locals checks what the resolver is given: every document's
// entities, sorted, with their mentions and aliases as Put stored them.
func TestResolve_Locals(t *testing.T) {
	s := MustOpen(t)
	MustPut(t, s, docB(), docA())
	var got []graph.LocalEntity
	rec := store.ResolverFunc(func(locals []graph.LocalEntity) graph.Resolution {
		got = locals
		return graph.Resolve(locals)
	})
	if err := s.Resolve(context.Background(), rec); err != nil {
		t.Fatal(err)
	}

	a, b := docA(), docB()
	ta, tb := a.Doc.Text, b.Doc.Text
	want := []graph.LocalEntity{
		{Doc: "a.txt", Entity: graph.Entity{Name: "BMW Group", Type: graph.Company,
			Aliases:  []string{"BMW AG", "Bayerische Motoren Werke"},
			Mentions: []graph.Mention{mention(ta, "BMW Group", 0), mention(ta, "Bayerische Motoren Werke", 0)}}},
		{Doc: "a.txt", Entity: graph.Entity{Name: "Munich", Type: graph.Location}},
		{Doc: "a.txt", Entity: graph.Entity{Name: "Plant Leipzig", Type: graph.Plant,
			Mentions: []graph.Mention{mention(ta, "Plant Leipzig", 0), mention(ta, "Plant Leipzig", 1)}}},
		{Doc: "a.txt", Entity: graph.Entity{Name: "i3", Type: graph.Product,
			Mentions: []graph.Mention{mention(ta, "i3", 0)}}},
		{Doc: "a.txt", Entity: graph.Entity{Name: "carbon fibre", Type: graph.Technology,
			Mentions: []graph.Mention{mention(ta, "carbon fibre", 0)}}},
		{Doc: "b.txt", Entity: graph.Entity{Name: "BMW Group", Type: graph.Company,
			Mentions: []graph.Mention{mention(tb, "BMW Group", 0), mention(tb, "BMW Group", 1)}}},
		{Doc: "b.txt", Entity: graph.Entity{Name: "Anna Schmidt", Type: graph.Person,
			Mentions: []graph.Mention{mention(tb, "Anna Schmidt", 0)}}},
		{Doc: "b.txt", Entity: graph.Entity{Name: "Plant Leipzig", Type: graph.Plant,
			Mentions: []graph.Mention{mention(tb, "Plant Leipzig", 0)}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("locals (-want +got):\n%s", diff)
	}
}

// TestResolve_Deterministic checks that Resolve gives the same tables
// whatever the order of the facts, and that running it again changes
// nothing.
func TestResolve_Deterministic(t *testing.T) {
	s1 := MustOpen(t)
	MustPut(t, s1, docA(), docB())
	MustResolve(t, s1)
	first := dump(t, s1)

	MustResolve(t, s1)
	if diff := cmp.Diff(first, dump(t, s1)); diff != "" {
		t.Errorf("second Resolve changed the tables (-want +got):\n%s", diff)
	}

	// The same facts, listed in another order, and a stale graph from an
	// earlier resolve over less.
	s2 := MustOpen(t)
	a, b := docA(), docB()
	for i, j := 0, len(a.Entities)-1; i < j; i, j = i+1, j-1 {
		a.Entities[i], a.Entities[j] = a.Entities[j], a.Entities[i]
	}
	a.Relations[0], a.Relations[2] = a.Relations[2], a.Relations[0]
	b.Entities[0].Mentions[0], b.Entities[0].Mentions[1] = b.Entities[0].Mentions[1], b.Entities[0].Mentions[0]
	MustPut(t, s2, a)
	MustResolve(t, s2)
	MustPut(t, s2, b)
	MustResolve(t, s2)
	if diff := cmp.Diff(first, dump(t, s2)); diff != "" {
		t.Errorf("tables differ between stores (-want +got):\n%s", diff)
	}
}

// TestResolve_DropsRelations checks that a relation is dropped, and its
// evidence left unlinked, when its ends resolve to one node or to types the
// schema does not allow.
func TestResolve_DropsRelations(t *testing.T) {
	text := "BMW Group partners with Daimler. BMW Group produces the i3."
	sents := article{"BMW Group partners with Daimler.", "BMW Group produces the i3."}
	f := graph.Facts{
		Doc: graph.Document{Key: "c.txt", Text: text},
		Entities: []graph.Entity{
			{Name: bmw.Name, Type: bmw.Type, Mentions: []graph.Mention{mention(text, "BMW Group", 0), mention(text, "BMW Group", 1)}},
			{Name: daimler.Name, Type: daimler.Type, Mentions: []graph.Mention{mention(text, "Daimler", 0)}},
			{Name: i3.Name, Type: i3.Type, Mentions: []graph.Mention{mention(text, "i3", 0)}},
		},
		Relations: []graph.Relation{
			relation(bmw, graph.PartnersWith, daimler, sents.sentence("", 0, 1)),
			relation(bmw, graph.Produces, i3, sents.sentence("", 1, 1)),
		},
	}
	// Every company becomes one node; the product becomes a technology.
	merge := store.ResolverFunc(func(locals []graph.LocalEntity) graph.Resolution {
		res := graph.Resolution{Of: map[graph.LocalRef]string{}}
		for _, l := range locals {
			id := graph.NodeID(l.Type, l.Name)
			if l.Type == graph.Company {
				id = "company:car makers"
			}
			res.Of[graph.LocalRef{Doc: l.Doc, Key: l.Key()}] = id
		}
		res.Nodes = []graph.Node{
			{ID: "company:car makers", Name: "Car makers", Type: graph.Company, Aliases: []string{"Daimler", "BMW Group", "Daimler", "Car makers", ""}},
			{ID: "product:i3", Name: "i3", Type: graph.Technology},
		}
		return res
	})
	s := MustOpen(t)
	MustPut(t, s, f)
	if err := s.Resolve(context.Background(), merge); err != nil {
		t.Fatal(err)
	}
	if c := MustCounts(t, s); c.Entities != 2 || c.Relations != 0 || c.Evidence != 2 {
		t.Errorf("counts = %+v, want 2 entities, no relations, 2 evidence", c)
	}
	db := s.DBForTest()
	if got := queryRows(t, db, `SELECT COUNT(*) FROM evidence WHERE relation_id IS NOT NULL`); got[0] != "0" {
		t.Errorf("%s evidence rows linked, want 0", got[0])
	}
	// Aliases are stored sorted and deduplicated, without the name.
	if diff := cmp.Diff([]string{"1|BMW Group", "1|Daimler"}, queryRows(t, db, `SELECT * FROM aliases`)); diff != "" {
		t.Errorf("aliases (-want +got):\n%s", diff)
	}
	// Every mention is linked to its node.
	got := queryRows(t, db, `
		SELECT m.local_name, e.node_id FROM mentions m JOIN entities e ON e.id = m.entity_id
		ORDER BY m.id`)
	want := []string{"BMW Group|company:car makers", "BMW Group|company:car makers", "Daimler|company:car makers", "i3|product:i3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mention links (-want +got):\n%s", diff)
	}
}

// TestResolve_SharedRelation checks that evidence from several documents
// stating one relation all link to it and show on its edge.
func TestResolve_SharedRelation(t *testing.T) {
	s := MustOpen(t)
	a2 := docA()
	a2.Doc.Key = "a2.txt"
	MustPut(t, s, docA(), a2)
	MustResolve(t, s)
	g, err := s.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) != 3 {
		t.Fatalf("%d edges, want 3", len(g.Edges))
	}
	for _, e := range g.Edges {
		if len(e.Evidence) != 2 || e.Evidence[0].Doc != "a.txt" || e.Evidence[1].Doc != "a2.txt" {
			t.Errorf("edge %s %s %s: evidence %+v, want one from a.txt and one from a2.txt",
				e.Source, e.Predicate, e.Target, e.Evidence)
		}
	}
}

func TestResolve_BadResolution(t *testing.T) {
	for _, tt := range []struct {
		name  string
		r     store.ResolverFunc
		error string
	}{
		{"no node for a local entity", func(locals []graph.LocalEntity) graph.Resolution {
			res := graph.Resolve(locals)
			delete(res.Of, graph.LocalRef{Doc: "b.txt", Key: schmidt})
			return res
		}, "no node for Anna Schmidt (person)"},
		{"unknown node", func(locals []graph.LocalEntity) graph.Resolution {
			res := graph.Resolve(locals)
			res.Nodes = res.Nodes[1:]
			return res
		}, `unknown node "company:bmw group"`},
		{"node twice", func(locals []graph.LocalEntity) graph.Resolution {
			res := graph.Resolve(locals)
			res.Nodes = append(res.Nodes, res.Nodes[0])
			return res
		}, "listed twice"},
		{"invalid node type", func(locals []graph.LocalEntity) graph.Resolution {
			res := graph.Resolve(locals)
			res.Nodes[0].Type = "brand"
			return res
		}, "CHECK constraint failed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := MustOpen(t)
			MustPut(t, s, docA(), docB())
			MustResolve(t, s)
			before := dump(t, s)
			err := s.Resolve(context.Background(), tt.r)
			if err == nil || !strings.Contains(err.Error(), tt.error) {
				t.Fatalf("err = %v, want one containing %q", err, tt.error)
			}
			if diff := cmp.Diff(before, dump(t, s)); diff != "" {
				t.Errorf("a failed Resolve changed the store (-want +got):\n%s", diff)
			}
		})
	}
}

// TestResolve_CanceledDuring cancels the context while the resolver runs:
// Resolve must fail and leave the graph as it was.
func TestResolve_CanceledDuring(t *testing.T) {
	s := MustOpen(t)
	MustPut(t, s, docA())
	MustResolve(t, s)
	MustPut(t, s, docB())
	before := dump(t, s)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := store.ResolverFunc(func(locals []graph.LocalEntity) graph.Resolution {
		cancel()
		return graph.Resolve(locals)
	})
	if err := s.Resolve(ctx, r); err == nil {
		t.Fatal("Resolve succeeded after its context was canceled")
	}
	if diff := cmp.Diff(before, dump(t, s)); diff != "" {
		t.Errorf("a canceled Resolve changed the store (-want +got):\n%s", diff)
	}
}
