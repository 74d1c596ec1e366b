package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// gmDB writes a database of two documents that call one company "General
// Motors" and "GM", resolved with the default rules, and returns its path.
func gmDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "gm.db")
	st, err := store.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	doc := func(key, text string, names ...string) graph.Facts {
		f := graph.Facts{Doc: graph.Document{Key: key, Path: key, Name: key, Hash: key, Text: text}}
		for _, n := range names {
			name, typ, _ := strings.Cut(n, "/")
			i := strings.Index(text, name)
			f.Entities = append(f.Entities, graph.Entity{Name: name, Type: graph.EntityType(typ),
				Mentions: []graph.Mention{{Span: graph.Span{Start: i, End: i + len(name)}, Text: name}}})
		}
		return f
	}
	a := doc("a.txt", "General Motors opened Factory Zero.", "General Motors/company", "Factory Zero/plant")
	a.Relations = []graph.Relation{{
		Subject: graph.Key{Name: "General Motors", Type: graph.Company}, Predicate: graph.Operates,
		Object:   graph.Key{Name: "Factory Zero", Type: graph.Plant},
		Evidence: graph.Evidence{Sentence: a.Doc.Text, Span: graph.Span{Start: 0, End: len(a.Doc.Text)}},
	}}
	b := doc("b.txt", "GM builds trucks.", "GM/company")
	if err := st.Put(t.Context(), a, b); err != nil {
		t.Fatal(err)
	}
	if err := st.Resolve(t.Context(), (*graph.Resolver)(nil)); err != nil {
		t.Fatal(err)
	}
	return db
}

// companies returns the names of the company entities of db, sorted.
func companies(t *testing.T, db string) []string {
	t.Helper()
	st, err := store.OpenExisting(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	g, err := st.Graph(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range g.Nodes {
		if n.Type == graph.Company {
			out = append(out, n.Name)
		}
	}
	sort.Strings(out)
	return out
}

func TestResolveCommand(t *testing.T) {
	db := gmDB(t)
	aliases := filepath.Join(t.TempDir(), "aliases.tsv")
	write := func(s string) {
		if err := os.WriteFile(aliases, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	write("General Motors\tcompany\tGM\n")
	r := mustRun(t, "resolve", "--db", db, "--aliases", aliases, "--explain")
	if want := "resolved 3 local entities of 2 documents into 2 entities (1 merges), 1 relations\n"; !strings.HasPrefix(r.stdout, want) {
		t.Errorf("stdout %q, want it to start with %q", r.stdout, want)
	}
	if want := "company:general motor\taliases file line 1\tGeneral Motors (company) in a.txt\tGM (company) in b.txt\n"; !strings.Contains(r.stdout, want) {
		t.Errorf("--explain output %q lacks %q", r.stdout, want)
	}
	if strings.Contains(r.stdout, "\tsame name\t") {
		t.Errorf("--explain lists merges of identical names:\n%s", r.stdout)
	}
	if got := companies(t, db); strings.Join(got, ",") != "General Motors" {
		t.Errorf("companies after the merge: %q", got)
	}

	// Removing the line undoes the merge.
	write("# no entries\n")
	mustRun(t, "resolve", "--db", db, "--aliases", aliases)
	if got := companies(t, db); strings.Join(got, ",") != "GM,General Motors" {
		t.Errorf("companies after the undo: %q", got)
	}

	// PLANTGRAPH_ALIASES names the file when --aliases does not.
	write("General Motors\tcompany\tGM\n")
	t.Setenv("PLANTGRAPH_ALIASES", aliases)
	mustRun(t, "resolve", "--db", db)
	if got := companies(t, db); strings.Join(got, ",") != "General Motors" {
		t.Errorf("companies with PLANTGRAPH_ALIASES: %q", got)
	}
}

func TestResolveCommand_Errors(t *testing.T) {
	db := gmDB(t)
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(bad, []byte("General Motors\tcarmaker\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"bad aliases file", []string{"resolve", "--db", db, "--aliases", bad}, 1, `bad.tsv:1: unknown entity type "carmaker"`},
		{"missing aliases file", []string{"resolve", "--db", db, "--aliases", bad + ".gone"}, 1, "aliases: open"},
		{"missing database", []string{"resolve", "--db", db + ".gone"}, 1, "build it first"},
		{"arguments", []string{"resolve", "--db", db, "extra"}, 2, "takes no arguments"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := plantgraph(t, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tc.code, tc.stderr)
			}
		})
	}
	if _, err := os.Stat(db + ".gone"); err == nil {
		t.Error("resolve created a missing database")
	}
}
