package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/plantgraph/plantgraph/pkg/store"
)

// The tests of this package drive the whole command through run, with
// buffers for its streams and databases in temporary folders, on the
// bundled sample corpus.

// corpusDir is the bundled sample corpus, relative to this package.
var corpusDir = filepath.Join("..", "..", "testdata", "corpus")

// result is what one run of the command did.
type result struct {
	code           int
	stdout, stderr string
}

// plantgraph runs the command with args and an empty stdin.
func plantgraph(t *testing.T, args ...string) result {
	t.Helper()
	return plantgraphStdin(t, "", args...)
}

// plantgraphStdin runs the command with args, reading stdin.
func plantgraphStdin(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(t.Context(), args, strings.NewReader(stdin), &out, &errb)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// mustRun runs the command and fails the test unless it exits 0.
func mustRun(t *testing.T, args ...string) result {
	t.Helper()
	r := plantgraph(t, args...)
	if r.code != 0 {
		t.Fatalf("plantgraph %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// articles returns the .txt articles of dir, sorted.
func articles(t *testing.T, dir string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	return paths
}

// copyArticles copies the corpus articles into a new temporary folder and
// returns it.
func copyArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range articles(t, corpusDir) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// shared is a database of the bundled corpus, built once for the tests
// that only read it.
var shared struct {
	once sync.Once
	dir  string
	db   string
	err  error
}

// TestMain removes the shared database when the tests are done.
func TestMain(m *testing.M) {
	code := m.Run()
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

// corpusDB returns the path of the shared database of the bundled corpus.
// Tests must not write to it.
func corpusDB(t *testing.T) string {
	t.Helper()
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "plantgraph-test-")
		if shared.err != nil {
			return
		}
		shared.db = filepath.Join(shared.dir, "corpus.db")
		args := append([]string{"build", "--quiet", "--db", shared.db}, articlesOrNil(corpusDir)...)
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &out, &errb); code != 0 {
			shared.err = fmt.Errorf("build corpus: exit %d: %s%s", code, out.String(), errb.String())
		}
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.db
}

func articlesOrNil(dir string) []string {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	return paths
}

// counts opens a database and returns its row counts.
func counts(t *testing.T, db string) store.Counts {
	t.Helper()
	st, err := store.OpenExisting(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Counts(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestUsage(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of stderr
	}{
		{"no command", nil, 2, ""},
		{"help", []string{"help"}, 0, ""},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"build without paths", []string{"build"}, 2, "no input"},
		{"build bad flag", []string{"build", "--frob", "x.txt"}, 2, "frob"},
		{"extract without paths", []string{"extract"}, 2, "no input"},
		{"query without name", []string{"query"}, 2, ""},
		{"unknown query", []string{"query", "who"}, 2, `unknown query "who"`},
		{"build -h", []string{"build", "-h"}, 0, "Usage: plantgraph build"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := plantgraph(t, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tc.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("stderr %q does not contain %q", r.stderr, tc.stderr)
			}
		})
	}
}

func TestDatabaseFromEnvironment(t *testing.T) {
	// t.Setenv rules out t.Parallel.
	dir := t.TempDir()
	db := filepath.Join(dir, "env.db")
	t.Setenv("PLANTGRAPH_DB", db)
	article := filepath.Join(corpusDir, "toyota-kolin-bev-brief.txt")

	mustRun(t, "build", "--quiet", article)
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("build did not use PLANTGRAPH_DB: %v", err)
	}
	if c := counts(t, db); c.Documents != 1 {
		t.Errorf("PLANTGRAPH_DB holds %d documents, want 1", c.Documents)
	}
	if out := mustRun(t, "query", "stats").stdout; !strings.Contains(out, "entities") {
		t.Errorf("query stats with PLANTGRAPH_DB: %q", out)
	}

	// --db wins over the environment.
	other := filepath.Join(dir, "flag.db")
	mustRun(t, "build", "--quiet", "--db", other, article)
	if _, err := os.Stat(other); err != nil {
		t.Errorf("--db did not win over PLANTGRAPH_DB: %v", err)
	}
	if c := counts(t, db); c.Documents != 1 {
		t.Errorf("build --db touched PLANTGRAPH_DB: %d documents", c.Documents)
	}
}
