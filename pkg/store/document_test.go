package store_test

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

func TestStore_RoundTrip(t *testing.T) {
	s := MustOpen(t)
	MustPut(t, s, docA(), docB())
	MustResolve(t, s)

	g, err := s.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantNodes(), g.Nodes); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantEdges(), g.Edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
	want := store.Counts{Documents: 2, Entities: 6, Relations: 5, Mentions: 10, Evidence: 5}
	if diff := cmp.Diff(want, MustCounts(t, s)); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
}

func TestGraph_Empty(t *testing.T) {
	s := MustOpen(t)
	g, err := s.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 0 || len(g.Edges) != 0 {
		t.Errorf("empty store gave %d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}
	if err := s.Resolve(context.Background(), store.ResolverFunc(graph.Resolve)); err != nil {
		t.Errorf("resolve of an empty store: %v", err)
	}
}

func TestPut_ReplacesOnlyOwnFacts(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	MustPut(t, s, docA(), docB())
	MustResolve(t, s)
	bRows := func() []string {
		return append(
			queryRows(t, s.DBForTest(), `SELECT m.* FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.key = 'b.txt' ORDER BY m.id`),
			queryRows(t, s.DBForTest(), `SELECT e.* FROM evidence e JOIN documents d ON d.id = e.document_id WHERE d.key = 'b.txt' ORDER BY e.id`)...)
	}
	before := bRows()
	graphBefore := dump(t, s)

	// a.txt now says only its first sentence.
	a := docA()
	a.Doc.Text = articleA[0]
	a.Doc.Hash = "hash-a2"
	a.Entities = []graph.Entity{
		{Name: bmw.Name, Type: bmw.Type, Mentions: []graph.Mention{mention(a.Doc.Text, "BMW Group", 0)}},
		{Name: leipzig.Name, Type: leipzig.Type, Mentions: []graph.Mention{mention(a.Doc.Text, "Plant Leipzig", 0)}},
	}
	a.Relations = a.Relations[:1]
	MustPut(t, s, a)

	if diff := cmp.Diff(before, bRows()); diff != "" {
		t.Errorf("b.txt's facts changed (-want +got):\n%s", diff)
	}
	after := dump(t, s)
	for _, table := range []string{"entities", "aliases", "relations"} {
		if diff := cmp.Diff(graphBefore[table], after[table]); diff != "" {
			t.Errorf("Put changed %s (-want +got):\n%s", table, diff)
		}
	}
	want := store.Counts{Documents: 2, Entities: 6, Relations: 5, Mentions: 6, Evidence: 3}
	if diff := cmp.Diff(want, MustCounts(t, s)); diff != "" {
		t.Errorf("counts after Put (-want +got):\n%s", diff)
	}
	if h, ok, err := s.DocumentHash(ctx, "a.txt"); err != nil || !ok || h != "hash-a2" {
		t.Errorf("DocumentHash(a.txt) = %q, %v, %v; want hash-a2", h, ok, err)
	}

	MustResolve(t, s)
	g, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range g.Edges {
		got = append(got, e.Source+" "+string(e.Predicate)+" "+e.Target)
	}
	wantEdges := []string{
		"company:bmw group invests_in plant:plant leipzig",
		"company:bmw group operates plant:plant leipzig",
		"person:anna schmidt works_for company:bmw group",
	}
	if diff := cmp.Diff(wantEdges, got); diff != "" {
		t.Errorf("edges after re-Put (-want +got):\n%s", diff)
	}
}

func TestPut_Rejects(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(f *graph.Facts)
		msg    string // part of the error
	}{
		{"empty key", func(f *graph.Facts) { f.Doc.Key = "" }, "empty document key"},
		{"unknown type", func(f *graph.Facts) { f.Entities[2].Type = "vehicle" }, "unknown entity type"},
		{"empty name", func(f *graph.Facts) { f.Entities[2].Name = "" }, "empty name"},
		{"empty alias", func(f *graph.Facts) { f.Entities[0].Aliases = []string{""} }, "empty alias"},
		{"mention past the end", func(f *graph.Facts) {
			f.Entities[2].Mentions[0].Span = graph.Span{Start: len(f.Doc.Text) - 1, End: len(f.Doc.Text) + 1}
		}, "outside the text"},
		{"negative mention", func(f *graph.Facts) {
			f.Entities[2].Mentions[0].Span = graph.Span{Start: -1, End: 1}
		}, "outside the text"},
		{"mention text mismatch", func(f *graph.Facts) { f.Entities[2].Mentions[0].Text = "i4" }, `covers "i3"`},
		{"empty mention", func(f *graph.Facts) {
			f.Entities[2].Mentions[0] = graph.Mention{Span: graph.Span{Start: 3, End: 3}}
		}, "empty mention"},
		{"no text", func(f *graph.Facts) { f.Doc.Text = "" }, "outside the text"},
		{"schema", func(f *graph.Facts) { f.Relations[0].Predicate = graph.WorksFor }, "schema does not allow"},
		{"unknown predicate", func(f *graph.Facts) { f.Relations[0].Predicate = "likes" }, "schema does not allow"},
		{"self", func(f *graph.Facts) { f.Relations[0].Object = bmw; f.Relations[0].Predicate = graph.Owns }, "itself"},
		{"entity not in document", func(f *graph.Facts) { f.Relations[0].Object = graph.Key{Name: "Plant Regensburg", Type: graph.Plant} }, "no entity"},
		{"evidence mismatch", func(f *graph.Facts) { f.Relations[0].Evidence.Sentence = "BMW." }, "evidence"},
		{"evidence past the end", func(f *graph.Facts) { f.Relations[0].Evidence.End = len(f.Doc.Text) + 1 }, "outside the text"},
		{"confidence", func(f *graph.Facts) { f.Relations[0].Evidence.Confidence = 1.5 }, "confidence"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := MustOpen(t)
			// The store holds an older b.txt; the batch would replace it.
			oldB := docB()
			oldB.Doc.Hash = "old"
			MustPut(t, s, oldB)
			before := dump(t, s)

			bad := docA()
			tt.change(&bad)
			err := s.Put(ctx, docB(), bad)
			if err == nil {
				t.Fatal("Put accepted the facts")
			}
			var fe *store.FactsError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FactsError", err)
			}
			if fe.Doc != bad.Doc.Key {
				t.Errorf("FactsError.Doc = %q, want %q", fe.Doc, bad.Doc.Key)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
			if diff := cmp.Diff(before, dump(t, s)); diff != "" {
				t.Errorf("a rejected batch changed the store (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPut_RejectsNameEveryBadDocument(t *testing.T) {
	s := MustOpen(t)
	bad1, bad2 := docA(), docB()
	bad1.Doc.Key, bad2.Doc.Key = "bad-one.txt", "bad-two.txt"
	bad1.Relations[0].Evidence.Confidence = -1
	bad2.Entities[0].Type = "brand"
	err := s.Put(context.Background(), bad1, docA(), bad2)
	if err == nil {
		t.Fatal("Put accepted the facts")
	}
	for _, key := range []string{"bad-one.txt", "bad-two.txt"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("error %q does not name %s", err, key)
		}
	}
	if strings.Contains(err.Error(), `"a.txt"`) {
		t.Errorf("error %q names the good document", err)
	}
	if c := MustCounts(t, s); c != (store.Counts{}) {
		t.Errorf("counts = %+v after a rejected batch, want zero", c)
	}
}

func TestPut_SameKeyTwiceLastWins(t *testing.T) {
	s := MustOpen(t)
	a1, a2 := docA(), docA()
	a1.Doc.Hash = "first"
	a2.Doc.Hash = "second"
	a2.Relations = nil
	MustPut(t, s, a1, a2)
	c := MustCounts(t, s)
	if c.Documents != 1 || c.Evidence != 0 {
		t.Errorf("counts = %+v, want 1 document and no evidence", c)
	}
	if h, _, _ := s.DocumentHash(context.Background(), "a.txt"); h != "second" {
		t.Errorf("hash = %q, want second", h)
	}
}

func TestPut_DoesNotChangeCallersFacts(t *testing.T) {
	s := MustOpen(t)
	f := docA()
	f.Relations[0], f.Relations[2] = f.Relations[2], f.Relations[0]
	f.Entities[0], f.Entities[4] = f.Entities[4], f.Entities[0]
	want := docA()
	want.Relations[0], want.Relations[2] = want.Relations[2], want.Relations[0]
	want.Entities[0], want.Entities[4] = want.Entities[4], want.Entities[0]
	MustPut(t, s, f)
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("Put changed its argument (-want +got):\n%s", diff)
	}
}

func TestStore_Documents(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	if h, ok, err := s.DocumentHash(ctx, "a.txt"); err != nil || ok || h != "" {
		t.Errorf("DocumentHash of a missing document = %q, %v, %v", h, ok, err)
	}
	MustPut(t, s, docB(), docA())

	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []graph.Document{docA().Doc, docB().Doc}
	for i := range want {
		want[i].Text = ""
	}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	keys, err := s.DocumentKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a.txt", "b.txt"}, keys); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	if h, ok, err := s.DocumentHash(ctx, "b.txt"); err != nil || !ok || h != "hash-b" {
		t.Errorf("DocumentHash(b.txt) = %q, %v, %v", h, ok, err)
	}

	// A later Put keeps added_at, the time the key was first stored, and
	// records the document's length.
	s.Now = func() time.Time { return time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC) }
	MustPut(t, s, docA())
	got := queryRows(t, s.DBForTest(), `SELECT key, bytes, added_at FROM documents ORDER BY key`)
	wantRows := []string{
		"a.txt|" + strconv.Itoa(len(articleA.text())) + "|2024-05-01T12:00:00Z",
		"b.txt|" + strconv.Itoa(len(articleB.text())) + "|2024-05-01T12:00:00Z",
	}
	if diff := cmp.Diff(wantRows, got); diff != "" {
		t.Errorf("documents rows (-want +got):\n%s", diff)
	}
}

func TestDeleteDocuments(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	MustPut(t, s, docA(), docB())
	MustResolve(t, s)

	if err := s.DeleteDocuments(ctx, "a.txt", "missing.txt"); err != nil {
		t.Fatal(err)
	}
	// Mentions and evidence go with the document; the graph waits for
	// Resolve.
	want := store.Counts{Documents: 1, Entities: 6, Relations: 5, Mentions: 4, Evidence: 2}
	if diff := cmp.Diff(want, MustCounts(t, s)); diff != "" {
		t.Errorf("counts after delete (-want +got):\n%s", diff)
	}
	if n := queryRows(t, s.DBForTest(), `SELECT COUNT(*) FROM mentions`); n[0] != "4" {
		t.Errorf("%s mention rows left, want 4 (no alias-only rows of a.txt)", n[0])
	}
	keys, err := s.DocumentKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"b.txt"}, keys); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}

	MustResolve(t, s)
	want = store.Counts{Documents: 1, Entities: 3, Relations: 2, Mentions: 4, Evidence: 2}
	if diff := cmp.Diff(want, MustCounts(t, s)); diff != "" {
		t.Errorf("counts after resolve (-want +got):\n%s", diff)
	}

	if err := s.DeleteDocuments(ctx, "b.txt"); err != nil {
		t.Fatal(err)
	}
	MustResolve(t, s)
	if c := MustCounts(t, s); c != (store.Counts{}) {
		t.Errorf("counts = %+v after deleting everything, want zero", c)
	}
}
