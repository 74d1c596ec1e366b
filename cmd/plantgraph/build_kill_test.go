package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/plantgraph/plantgraph/pkg/store/storetest"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/pkg/pipeline/pipelinetest"
)

// killSummary is what the kill tests read of "build --json".
type killSummary struct {
	Files     int      `json:"files"`
	New       int      `json:"new"`
	Changed   int      `json:"changed"`
	Unchanged int      `json:"unchanged"`
	Failed    int      `json:"failed"`
	Removed   int      `json:"removed"`
	Pruned    int      `json:"pruned"`
	Resolved  bool     `json:"resolved"`
	Errors    []string `json:"errors"`
	Database  struct {
		Documents int `json:"documents"`
		Entities  int `json:"entities"`
		Relations int `json:"relations"`
	} `json:"database"`
}

// buildBinary compiles the command into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go tool to build the command: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "plantgraph")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command(gotool, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runBuildJSON runs "build --json" in this process and decodes the
// summary; want is the exit status expected.
func runBuildJSON(t *testing.T, want int, args ...string) killSummary {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(t.Context(), append([]string{"build", "--json"}, args...), strings.NewReader(""), &out, &errb)
	if code != want {
		t.Fatalf("build %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, out.String(), errb.String())
	}
	var s killSummary
	if err := json.Unmarshal(out.Bytes(), &s); err != nil {
		t.Fatalf("build --json: %v\n%s", err, out.String())
	}
	return s
}

// openDB opens a database file for the checks of a test.
func openDB(t *testing.T, path string, readOnly bool) *sql.DB {
	t.Helper()
	dsn := "file:" + path + "?_foreign_keys=on"
	if readOnly {
		dsn += "&mode=ro"
	}
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// queryInt runs a query of one number.
func queryInt(t *testing.T, db *sql.DB, q string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// checkConsistent runs SQLite's integrity and foreign key checks.
func checkConsistent(t *testing.T, path string) {
	t.Helper()
	db := openDB(t, path, true)
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("PRAGMA integrity_check: %q, %v", res, err)
	}
	rows, err := db.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid, fk sql.NullInt64
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			t.Fatal(err)
		}
		t.Errorf("foreign key violation: %s row %v refers to a missing %s", table, rowid.Int64, parent)
	}
}

// dumpTables returns every row of every table, each table sorted, with
// the times documents were added blanked out.
func dumpTables(t *testing.T, path string) []string {
	t.Helper()
	return storetest.Dump(t, openDB(t, path, true), func(table, column string) bool {
		return table == "documents" && column == "added_at"
	})
}

// TestBuildKilled kills a build in a separate process after its first
// commits, checks that the database is consistent, and that the next build
// stores the remaining documents as new, skips the earlier ones as
// unchanged, and leaves the database a build that was never stopped makes.
func TestBuildKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and a corpus of thousands of articles")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL")
	}
	bin := buildBinary(t)
	const n = 4000
	corpus := t.TempDir()
	if _, err := pipelinetest.WriteCorpus(corpus, n, 11); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "killed.db")

	cmd := exec.Command(bin, "build", "--json", "--workers", "1", "--db", db, corpus)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	// Kill it once a few batches are committed.
	var conn *sql.DB
	deadline := time.Now().Add(2 * time.Minute)
	for stored := 0; stored < 3*64; {
		select {
		case err := <-exited:
			t.Fatalf("build ended before it could be killed (%v); make the corpus larger\n%s%s", err, out.String(), errb.String())
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no documents committed in two minutes")
		}
		if conn == nil {
			if _, err := os.Stat(db); err != nil {
				continue
			}
			conn = openDB(t, db, true)
		}
		conn.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&stored) // fails while the schema is made
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	err := <-exited
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != -1 {
		t.Fatalf("build was not killed: %v\n%s%s", err, out.String(), errb.String())
	}
	conn.Close()

	checkConsistent(t, db)
	check := openDB(t, db, true)
	committed := queryInt(t, check, `SELECT COUNT(*) FROM documents`)
	if committed == 0 || committed >= n {
		t.Fatalf("%d of %d documents committed when killed, want some but not all", committed, n)
	}
	if queryInt(t, check, `SELECT stale FROM graph_state`) != 1 {
		t.Error("the graph of the killed build is not marked stale")
	}
	t.Logf("killed after %d of %d documents", committed, n)

	// The rerun finishes the job.
	s := runBuildJSON(t, 0, "--db", db, corpus)
	if s.New != n-committed || s.Unchanged != committed || s.Changed != 0 || s.Failed != 0 || !s.Resolved {
		t.Errorf("rerun: %d new, %d unchanged, %d changed, %d failed, resolved %v; want %d new, %d unchanged, resolved",
			s.New, s.Unchanged, s.Changed, s.Failed, s.Resolved, n-committed, committed)
	}
	checkConsistent(t, db)

	// The database is the one a build that was never stopped makes.
	whole := filepath.Join(t.TempDir(), "whole.db")
	runBuildJSON(t, 0, "--db", whole, corpus)
	if diff := cmp.Diff(dumpTables(t, whole), dumpTables(t, db)); diff != "" {
		t.Errorf("killed and resumed database differs from a whole build (-whole +resumed):\n%s", diff)
	}
}

// TestBuildResolvesStale stores documents without resolving, as a build
// killed after its last commit would leave them: the next build finds every
// document unchanged and still resolves the graph.
func TestBuildResolvesStale(t *testing.T) {
	corpus := t.TempDir()
	if _, err := pipelinetest.WriteCorpus(corpus, 30, 12); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "pg.db")
	first := runBuildJSON(t, 0, "--db", db, corpus)
	if first.New != 30 || !first.Resolved || first.Database.Entities == 0 {
		t.Fatalf("first build: %+v", first)
	}
	whole := dumpTables(t, db)

	// Kill the graph: blank the resolved tables and mark them stale, the
	// state between a build's last commit and its Resolve.
	w := openDB(t, db, false)
	for _, q := range []string{`DELETE FROM relations`, `DELETE FROM aliases`, `DELETE FROM entities`, `UPDATE graph_state SET stale = 1`} {
		if _, err := w.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()

	s := runBuildJSON(t, 0, "--db", db, corpus)
	if s.New != 0 || s.Unchanged != 30 || !s.Resolved {
		t.Errorf("rerun: %d new, %d unchanged, resolved %v; want 0, 30, resolved", s.New, s.Unchanged, s.Resolved)
	}
	if diff := cmp.Diff(whole, dumpTables(t, db)); diff != "" {
		t.Errorf("database after the rerun (-whole +rerun):\n%s", diff)
	}

	// With the graph up to date, an unchanged build does not resolve.
	if s := runBuildJSON(t, 0, "--db", db, corpus); s.Resolved || s.Unchanged != 30 {
		t.Errorf("unchanged build: resolved %v, %d unchanged; want no resolve, 30 unchanged", s.Resolved, s.Unchanged)
	}
}

// TestBuildPruneAndForce removes files from a built corpus: a plain build
// keeps their documents, --prune drops them and re-resolves; --force
// re-extracts everything left.
func TestBuildPruneAndForce(t *testing.T) {
	corpus := t.TempDir()
	paths, err := pipelinetest.WriteCorpus(corpus, 12, 13)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "pg.db")
	runBuildJSON(t, 0, "--db", db, corpus)
	for _, p := range paths[:2] {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	if s := runBuildJSON(t, 0, "--db", db, corpus); s.Unchanged != 10 || s.Pruned != 0 || s.Database.Documents != 12 {
		t.Errorf("build without --prune: %+v; want 10 unchanged, the 12 documents kept", s)
	}
	s := runBuildJSON(t, 0, "--prune", "--db", db, corpus)
	if s.Unchanged != 10 || s.Pruned != 2 || !s.Resolved || s.Database.Documents != 10 {
		t.Errorf("build --prune: %+v; want 10 unchanged, 2 pruned, resolved, 10 documents", s)
	}
	check := openDB(t, db, true)
	for _, p := range paths[:2] {
		var n int
		check.QueryRow(`SELECT COUNT(*) FROM documents WHERE path = ?`, p).Scan(&n)
		if n != 0 {
			t.Errorf("%s still stored after --prune", filepath.Base(p))
		}
	}
	if n := queryInt(t, check, `SELECT COUNT(*) FROM mentions WHERE entity_id IS NULL`); n != 0 {
		t.Errorf("%d mentions unresolved after --prune", n)
	}
	checkConsistent(t, db)

	if s := runBuildJSON(t, 0, "--force", "--db", db, corpus); s.Changed != 10 || s.Unchanged != 0 || !s.Resolved {
		t.Errorf("build --force: %+v; want 10 changed, resolved", s)
	}
}

// TestBuildOutputModes checks what build prints where: the summary on
// stdout (or JSON with --json, nothing with --quiet), errors on stderr
// naming each bad file, no progress bar when stderr is not a terminal, and
// a non-zero status when an input failed.
func TestBuildOutputModes(t *testing.T) {
	corpus := t.TempDir()
	if _, err := pipelinetest.WriteCorpus(corpus, 5, 14); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(corpus, "broken.txt")
	if err := os.WriteFile(bad, []byte("\x00\x01\x02"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name       string
		flags      []string
		wantStdout func(string) bool
	}{
		{"plain", nil, func(s string) bool {
			return strings.HasPrefix(s, "documents: 5 new, 0 changed, 0 unchanged, 1 failed (6 files")
		}},
		{"json", []string{"--json"}, func(s string) bool {
			var v killSummary
			return json.Unmarshal([]byte(s), &v) == nil && v.New == 5 && v.Failed == 1 && len(v.Errors) == 1
		}},
		{"quiet", []string{"--quiet"}, func(s string) bool { return s == "" }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "pg.db")
			var out, errb bytes.Buffer
			args := append(append([]string{"build", "--db", db}, tt.flags...), corpus)
			code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
			if code != 1 {
				t.Errorf("exit %d, want 1 for a failed input", code)
			}
			if !tt.wantStdout(out.String()) {
				t.Errorf("stdout:\n%s", out.String())
			}
			lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
			want := []string{
				"error: " + bad + ": binary file (NUL byte at offset 0)",
				"plantgraph build: some inputs failed: 1 of 6 files or documents failed",
			}
			if diff := cmp.Diff(want, lines); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			if strings.ContainsAny(errb.String(), "\r\033") {
				t.Errorf("progress drawn on a stderr that is no terminal: %q", errb.String())
			}
		})
	}
}
