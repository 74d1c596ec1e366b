package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	_ "github.com/mattn/go-sqlite3" // docFacts reads the database directly

	"github.com/plantgraph/plantgraph/pkg/store"
)

// buildSummary is the JSON summary of "build --json".
type buildSummary struct {
	Files     int            `json:"files"`
	New       int            `json:"new"`
	Changed   int            `json:"changed"`
	Unchanged int            `json:"unchanged"`
	Failed    int            `json:"failed"`
	Errors    []string       `json:"errors"`
	Database  map[string]int `json:"database"`
}

func buildJSON(t *testing.T, db string, paths ...string) buildSummary {
	t.Helper()
	r := mustRun(t, append([]string{"build", "--json", "--db", db}, paths...)...)
	var s buildSummary
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("build --json: %v\n%s", err, r.stdout)
	}
	return s
}

var summaryLine = regexp.MustCompile(`(?m)^documents: (\d+) new, (\d+) changed, (\d+) unchanged, (\d+) failed \(\d+ files, [0-9.]+s\)$`)

func TestBuildTwiceIsNoOp(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "pg.db")
	paths := articles(t, corpusDir)

	first := mustRun(t, append([]string{"build", "--db", db}, paths...)...)
	m := summaryLine.FindStringSubmatch(first.stdout)
	if m == nil {
		t.Fatalf("first build: no summary line in\n%s", first.stdout)
	}
	if m[1] == "0" || m[2] != "0" || m[3] != "0" || m[4] != "0" {
		t.Errorf("first build: want only new documents, got %q", m[0])
	}
	if !regexp.MustCompile(`(?m)^database: \d+ documents, \d+ entities, \d+ relations, \d+ mentions, \d+ evidence sentences$`).MatchString(first.stdout) {
		t.Errorf("first build: no database line in\n%s", first.stdout)
	}
	before := counts(t, db)
	statsBefore := mustRun(t, "query", "stats", "--json", "--db", db).stdout

	second := mustRun(t, append([]string{"build", "--db", db}, paths...)...)
	m2 := summaryLine.FindStringSubmatch(second.stdout)
	if m2 == nil {
		t.Fatalf("second build: no summary line in\n%s", second.stdout)
	}
	if want := fmt.Sprintf("documents: 0 new, 0 changed, %s unchanged, 0 failed", m[1]); !strings.HasPrefix(m2[0], want) {
		t.Errorf("second build: got %q, want %q...", m2[0], want)
	}
	if after := counts(t, db); after != before {
		t.Errorf("counts changed by an unchanged build:\nbefore %+v\nafter  %+v", before, after)
	}
	if diff := cmp.Diff(statsBefore, mustRun(t, "query", "stats", "--json", "--db", db).stdout); diff != "" {
		t.Errorf("query stats changed by an unchanged build (-before +after):\n%s", diff)
	}
	if before.Documents == 0 || before.Entities == 0 || before.Relations == 0 || before.Mentions == 0 || before.Evidence == 0 {
		t.Errorf("empty tables after building the corpus: %+v", before)
	}
}

// docFacts returns, per document key, the stored mention and evidence rows
// of the documents, with their row ids: a document whose facts were not
// rewritten keeps them all. The links to the resolved graph are left out,
// since every build that stores something re-resolves it.
func docFacts(t *testing.T, db string) map[string][]string {
	t.Helper()
	conn, err := sql.Open("sqlite3", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	out := map[string][]string{}
	for _, q := range []string{
		`SELECT d.key, 'mention', m.id, m.local_name, m.local_type, m.surface, m.start, m."end", ''
		 FROM mentions m JOIN documents d ON d.id = m.document_id`,
		`SELECT d.key, 'evidence', e.id, e.subject_name || ' ' || e.predicate || ' ' || e.object_name,
		        e.subject_type || '/' || e.object_type, e.sentence, e.start, e."end", e.confidence
		 FROM evidence e JOIN documents d ON d.id = e.document_id`,
		`SELECT key, 'document', id, hash, title, date, bytes, 0, added_at FROM documents`,
	} {
		rows, err := conn.QueryContext(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var key, kind, a, b, c string
			var id, start, end int
			var x any
			if err := rows.Scan(&key, &kind, &id, &a, &b, &c, &start, &end, &x); err != nil {
				t.Fatal(err)
			}
			out[key] = append(out[key], fmt.Sprintf("%s %d %q %q %q %d %d %v", kind, id, a, b, c, start, end, x))
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	for k := range out {
		slices.Sort(out[k])
	}
	return out
}

func TestBuildChangedDocument(t *testing.T) {
	t.Parallel()
	dir := copyArticles(t)
	db := filepath.Join(t.TempDir(), "pg.db")

	first := buildJSON(t, db, dir)
	if first.New == 0 || first.Failed != 0 {
		t.Fatalf("first build: %+v", first)
	}
	before := docFacts(t, db)

	changed := filepath.Join(dir, "toyota-kolin-bev-brief.txt")
	b, err := os.ReadFile(changed)
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, "\n\nHonda will build the Prelude at its Saitama plant in Japan.\n"...)
	if err := os.WriteFile(changed, b, 0o644); err != nil {
		t.Fatal(err)
	}

	second := buildJSON(t, db, dir)
	if second.New != 0 || second.Changed != 1 || second.Unchanged != first.New-1 || second.Failed != 0 {
		t.Errorf("rebuild after changing one article: got %d new, %d changed, %d unchanged, %d failed; want 0, 1, %d, 0",
			second.New, second.Changed, second.Unchanged, second.Failed, first.New-1)
	}
	after := docFacts(t, db)
	if len(after) != len(before) {
		t.Errorf("documents: %d before, %d after", len(before), len(after))
	}
	key := changed
	if _, ok := after[key]; !ok {
		t.Fatalf("no stored document %q; stored: %v", key, slices.Sorted(maps.Keys(after)))
	}
	for k, want := range before {
		if k == key {
			continue
		}
		if diff := cmp.Diff(want, after[k]); diff != "" {
			t.Errorf("facts of untouched document %s changed (-before +after):\n%s", filepath.Base(k), diff)
		}
	}
	if cmp.Equal(before[key], after[key]) {
		t.Errorf("facts of the changed document %s were not replaced", filepath.Base(key))
	}
	if !strings.Contains(strings.Join(after[key], "\n"), `"Honda"`) {
		t.Errorf("the changed document does not mention the added company Honda:\n%s", strings.Join(after[key], "\n"))
	}
}

func TestBuildStdin(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "pg.db")
	text, err := os.ReadFile(filepath.Join(corpusDir, "toyota-kolin-bev-brief.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := plantgraphStdin(t, string(text), "build", "--db", db, "-")
	if r.code != 0 {
		t.Fatalf("build -: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "documents: 1 new, 0 changed, 0 unchanged, 0 failed") {
		t.Errorf("build -: got\n%s", r.stdout)
	}
	if c := counts(t, db); c.Documents != 1 || c.Entities == 0 {
		t.Errorf("build -: counts %+v", c)
	}
}

func TestBuildBadFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := []string{"toyota-kolin-bev-brief.txt", "valeo-humpolec-lighting-release.txt"}
	for _, name := range good {
		b, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "photo.txt")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "pg.db")

	r := plantgraph(t, "build", "--db", db, dir)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	for _, name := range []string{"photo.txt", "empty.txt"} {
		if !strings.Contains(r.stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, r.stderr)
		}
	}
	if !strings.HasPrefix(r.stdout, "documents: 2 new, 0 changed, 0 unchanged, 2 failed (4 files") {
		t.Errorf("summary:\n%s", r.stdout)
	}
	st, err := store.OpenExisting(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	keys, err := st.DocumentKeys(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, k := range keys {
		names = append(names, filepath.Base(k))
	}
	slices.Sort(names)
	if diff := cmp.Diff(good, names); diff != "" {
		t.Errorf("stored documents (-want +got):\n%s", diff)
	}

	// The good files stay stored and unchanged on the next run, which
	// fails again for the same two files.
	r = plantgraph(t, "build", "--db", db, dir)
	if r.code != 1 || !strings.HasPrefix(r.stdout, "documents: 0 new, 0 changed, 2 unchanged, 2 failed") {
		t.Errorf("second build: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	// extract reports them the same way and still prints the good ones.
	r = plantgraph(t, "extract", dir)
	if r.code != 1 {
		t.Errorf("extract: exit %d, want 1", r.code)
	}
	if n := strings.Count(r.stdout, "\n"); n != len(good) {
		t.Errorf("extract: %d lines, want %d", n, len(good))
	}
	for _, name := range []string{"photo.txt", "empty.txt"} {
		if !strings.Contains(r.stderr, name) {
			t.Errorf("extract: stderr does not name %s:\n%s", name, r.stderr)
		}
	}
}
