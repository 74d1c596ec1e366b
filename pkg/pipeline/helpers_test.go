package pipeline_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/plantgraph/plantgraph/pkg/store/storetest"

	"github.com/plantgraph/plantgraph/extract"
	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

var (
	extractorOnce sync.Once
	extractorVal  *extract.Extractor
	extractorErr  error
)

// realExtractor returns the extractor the build command uses by default,
// loaded once for all tests: the rules with the bundled gazetteer and
// lexicon.
func realExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	extractorOnce.Do(func() {
		gz, err := extract.LoadGazetteer()
		if err != nil {
			extractorErr = err
			return
		}
		lx, err := extract.BundledLexicon()
		if err != nil {
			extractorErr = err
			return
		}
		extractorVal = extract.New(extract.Config{Gazetteer: gz, Lexicon: lx})
	})
	if extractorErr != nil {
		tb.Fatal(extractorErr)
	}
	return extractorVal
}

// mustOpenStore opens a store in a new file of a temporary folder, with a
// fixed clock, and closes it when the test ends. It returns the store and
// the file.
func mustOpenStore(tb testing.TB) (*store.Store, string) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "plantgraph.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	st.Now = func() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }
	tb.Cleanup(func() {
		if err := st.Close(); err != nil {
			tb.Error(err)
		}
	})
	return st, path
}

// mustResolve resolves the graph or fails the test.
func mustResolve(tb testing.TB, st *store.Store) {
	tb.Helper()
	if err := st.Resolve(context.Background(), store.ResolverFunc(graph.Resolve)); err != nil {
		tb.Fatal(err)
	}
}

// openRO opens the database file read-only.
func openRO(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

// dumpDB returns every row of every table of the database file, each
// table sorted by all its columns, as "table|col|col|..." lines.
func dumpDB(tb testing.TB, path string) []string {
	tb.Helper()
	db := openRO(tb, path)
	defer db.Close()
	return storetest.Dump(tb, db, nil)
}
