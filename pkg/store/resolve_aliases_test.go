package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

var (
	gmLong  = graph.Key{Name: "General Motors", Type: graph.Company}
	gmShort = graph.Key{Name: "GM", Type: graph.Company}
	zero    = graph.Key{Name: "Factory Zero", Type: graph.Plant}
	barra   = graph.Key{Name: "Mary Barra", Type: graph.Person}

	articleGM1 = article{
		"General Motors operates Factory Zero.",
		"Mary Barra works for General Motors.",
	}
	articleGM2 = article{
		"GM invests in Factory Zero.",
	}
)

// gmFacts returns two documents that name one company "General Motors"
// and "GM", with no alias that links the two names.
func gmFacts() (graph.Facts, graph.Facts) {
	t1, t2 := articleGM1.text(), articleGM2.text()
	a := graph.Facts{
		Doc: graph.Document{Key: "gm1.txt", Path: "corpus/gm1.txt", Name: "gm1.txt", Hash: "h1", Text: t1},
		Entities: []graph.Entity{
			{Name: gmLong.Name, Type: gmLong.Type, Mentions: []graph.Mention{mention(t1, "General Motors", 0), mention(t1, "General Motors", 1)}},
			{Name: zero.Name, Type: zero.Type, Mentions: []graph.Mention{mention(t1, "Factory Zero", 0)}},
			{Name: barra.Name, Type: barra.Type, Mentions: []graph.Mention{mention(t1, "Mary Barra", 0)}},
		},
		Relations: []graph.Relation{
			relation(gmLong, graph.Operates, zero, articleGM1.sentence("gm1.txt", 0, 0.9)),
			relation(barra, graph.WorksFor, gmLong, articleGM1.sentence("gm1.txt", 1, 0.8)),
		},
	}
	b := graph.Facts{
		Doc: graph.Document{Key: "gm2.txt", Path: "corpus/gm2.txt", Name: "gm2.txt", Hash: "h2", Text: t2},
		Entities: []graph.Entity{
			{Name: gmShort.Name, Type: gmShort.Type, Mentions: []graph.Mention{mention(t2, "GM", 0)}},
			{Name: zero.Name, Type: zero.Type, Mentions: []graph.Mention{mention(t2, "Factory Zero", 0)}},
		},
		Relations: []graph.Relation{
			relation(gmShort, graph.InvestsIn, zero, articleGM2.sentence("gm2.txt", 0, 0.7)),
		},
	}
	return a, b
}

// resolveWithFile resolves s with the aliases file at path.
func resolveWithFile(t *testing.T, s *store.Store, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := graph.ReadAliases(f, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Resolve(context.Background(), &graph.Resolver{Aliases: a}); err != nil {
		t.Fatal(err)
	}
}

// TestResolve_AliasesFileAndUndo merges two names through an aliases file
// on a database file, then undoes the merge by emptying the file. Every
// mention and evidence sentence keeps its document throughout.
func TestResolve_AliasesFileAndUndo(t *testing.T) {
	dir := t.TempDir()
	s := MustOpenPath(t, filepath.Join(dir, "plantgraph.db"))
	a, b := gmFacts()
	MustPut(t, s, a, b)
	aliases := filepath.Join(dir, "aliases.tsv")

	// mentions lists each mention as document | surface | entity.
	mentions := func() []string {
		return queryRows(t, s.DBForTest(), `
			SELECT d.key, m.surface, e.name FROM mentions m
			JOIN documents d ON d.id = m.document_id
			JOIN entities e ON e.id = m.entity_id
			WHERE m.start >= 0 ORDER BY d.key, m.start`)
	}
	// evidence lists each evidence sentence as document | sentence |
	// subject | predicate | object of its relation.
	evidence := func() []string {
		return queryRows(t, s.DBForTest(), `
			SELECT d.key, ev.sentence, su.name, r.predicate, ob.name FROM evidence ev
			JOIN documents d ON d.id = ev.document_id
			JOIN relations r ON r.id = ev.relation_id
			JOIN entities su ON su.id = r.subject_id
			JOIN entities ob ON ob.id = r.object_id
			ORDER BY d.key, ev.start`)
	}
	companies := func() []string {
		return queryRows(t, s.DBForTest(), `SELECT node_id, name, mentions, docs FROM entities WHERE type = 'company' ORDER BY node_id`)
	}

	steps := []struct {
		name          string
		file          string
		wantCompanies []string
		wantMentions  []string
		wantEvidence  []string
	}{
		{
			name: "no entry: two companies",
			file: "# nothing yet\n",
			wantCompanies: []string{
				"company:general motor|General Motors|2|1",
				"company:gm|GM|1|1",
			},
			wantMentions: []string{
				"gm1.txt|General Motors|General Motors",
				"gm1.txt|Factory Zero|Factory Zero",
				"gm1.txt|Mary Barra|Mary Barra",
				"gm1.txt|General Motors|General Motors",
				"gm2.txt|GM|GM",
				"gm2.txt|Factory Zero|Factory Zero",
			},
			wantEvidence: []string{
				"gm1.txt|General Motors operates Factory Zero.|General Motors|operates|Factory Zero",
				"gm1.txt|Mary Barra works for General Motors.|Mary Barra|works_for|General Motors",
				"gm2.txt|GM invests in Factory Zero.|GM|invests_in|Factory Zero",
			},
		},
		{
			name:          "an entry merges them",
			file:          "General Motors\tcompany\tGM\n",
			wantCompanies: []string{"company:general motor|General Motors|3|2"},
			wantMentions: []string{
				"gm1.txt|General Motors|General Motors",
				"gm1.txt|Factory Zero|Factory Zero",
				"gm1.txt|Mary Barra|Mary Barra",
				"gm1.txt|General Motors|General Motors",
				"gm2.txt|GM|General Motors",
				"gm2.txt|Factory Zero|Factory Zero",
			},
			wantEvidence: []string{
				"gm1.txt|General Motors operates Factory Zero.|General Motors|operates|Factory Zero",
				"gm1.txt|Mary Barra works for General Motors.|Mary Barra|works_for|General Motors",
				"gm2.txt|GM invests in Factory Zero.|General Motors|invests_in|Factory Zero",
			},
		},
	}
	// Run the steps, then the first again: removing the line undoes the merge.
	for _, st := range append(steps, steps[0]) {
		t.Run(st.name, func(t *testing.T) {
			if err := os.WriteFile(aliases, []byte(st.file), 0o644); err != nil {
				t.Fatal(err)
			}
			resolveWithFile(t, s, aliases)
			if diff := cmp.Diff(st.wantCompanies, companies()); diff != "" {
				t.Errorf("companies (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(st.wantMentions, mentions()); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(st.wantEvidence, evidence()); diff != "" {
				t.Errorf("evidence (-want +got):\n%s", diff)
			}
			c := MustCounts(t, s)
			if c.Documents != 2 || c.Mentions != 6 || c.Evidence != 3 {
				t.Errorf("counts %+v: facts changed", c)
			}
		})
	}

	// The merged graph's edges carry the evidence of both documents.
	if err := os.WriteFile(aliases, []byte(steps[1].file), 0o644); err != nil {
		t.Fatal(err)
	}
	resolveWithFile(t, s, aliases)
	g, err := s.Graph(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for _, e := range g.Edges {
		if e.Source == "company:general motor" {
			for _, ev := range e.Evidence {
				docs[ev.Doc] = true
			}
		}
	}
	if !docs["gm1.txt"] || !docs["gm2.txt"] {
		t.Errorf("edges of the merged node have evidence from %v, want both documents", docs)
	}
}

// TestResolve_AliasEvidence checks, through the store, that the default
// rules merge "GM" into "General Motors" once a document gives the alias.
func TestResolve_AliasEvidence(t *testing.T) {
	s := MustOpen(t)
	a, b := gmFacts()
	a.Entities[0].Aliases = []string{"GM"}
	MustPut(t, s, a, b)
	if err := s.Resolve(context.Background(), (*graph.Resolver)(nil)); err != nil {
		t.Fatal(err)
	}
	got := queryRows(t, s.DBForTest(), `SELECT node_id, name, mentions, docs FROM entities WHERE type = 'company'`)
	if diff := cmp.Diff([]string{"company:general motor|General Motors|3|2"}, got); diff != "" {
		t.Errorf("companies (-want +got):\n%s", diff)
	}
}
