package store_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/plantgraph/plantgraph/pkg/store/storetest"

	"github.com/google/go-cmp/cmp"
	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// MustOpen opens a store in a new file of a temporary directory, with a
// fixed clock, and closes it when the test ends.
func MustOpen(tb testing.TB) *store.Store {
	tb.Helper()
	return MustOpenPath(tb, filepath.Join(tb.TempDir(), "plantgraph.db"))
}

// MustOpenPath opens the store at path with a fixed clock and closes it
// when the test ends.
func MustOpenPath(tb testing.TB, path string) *store.Store {
	tb.Helper()
	s, err := store.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Error(err)
		}
	})
	return s
}

// MustPut stores facts or fails the test.
func MustPut(tb testing.TB, s *store.Store, facts ...graph.Facts) {
	tb.Helper()
	if err := s.Put(context.Background(), facts...); err != nil {
		tb.Fatal(err)
	}
}

// MustResolve resolves with graph.Resolve or fails the test.
func MustResolve(tb testing.TB, s *store.Store) {
	tb.Helper()
	if err := s.Resolve(context.Background(), store.ResolverFunc(graph.Resolve)); err != nil {
		tb.Fatal(err)
	}
}

// MustCounts returns the store's counts or fails the test.
func MustCounts(tb testing.TB, s *store.Store) store.Counts {
	tb.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// dump returns the rows of each table as text, in primary key order.
func dump(tb testing.TB, s *store.Store) map[string][]string {
	tb.Helper()
	queries := map[string]string{
		"documents":  `SELECT * FROM documents ORDER BY id`,
		"mentions":   `SELECT * FROM mentions ORDER BY id`,
		"evidence":   `SELECT * FROM evidence ORDER BY id`,
		"entities":   `SELECT * FROM entities ORDER BY id`,
		"aliases":    `SELECT * FROM aliases ORDER BY entity_id, alias`,
		"relations":  `SELECT * FROM relations ORDER BY id`,
		"migrations": `SELECT * FROM migrations ORDER BY name`,
	}
	out := map[string][]string{}
	for table, q := range queries {
		out[table] = queryRows(tb, s.DBForTest(), q)
	}
	return out
}

// queryRows runs q and returns each row's values joined by "|".
func queryRows(tb testing.TB, db *sql.DB, q string, args ...any) []string {
	tb.Helper()
	var out []string
	for _, row := range storetest.Rows(tb, db, q, args...) {
		out = append(out, strings.Join(row, "|"))
	}
	return out
}

func TestOpen_Pragmas(t *testing.T) {
	s := MustOpen(t)
	db := s.DBForTest()
	// Several connections at once, so that more than one of the pool is
	// checked: each must have the settings.
	db.SetMaxIdleConns(4)
	conns := make([]*sql.Conn, 3)
	for i := range conns {
		c, err := db.Conn(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns[i] = c
	}
	for i, c := range conns {
		for _, tt := range []struct {
			pragma, want string
		}{
			{"journal_mode", "wal"},
			{"foreign_keys", "1"},
			{"synchronous", "1"}, // NORMAL
			{"busy_timeout", "5000"},
		} {
			var got string
			if err := c.QueryRowContext(context.Background(), "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("conn %d: PRAGMA %s = %q, want %q", i, tt.pragma, got, tt.want)
			}
		}
	}
}

func TestOpen_ForeignKeysEnforced(t *testing.T) {
	s := MustOpen(t)
	_, err := s.DBForTest().Exec(`
		INSERT INTO mentions (document_id, local_name, local_type, surface, start, "end")
		VALUES (42, 'BMW', 'company', 'BMW', 0, 3)`)
	if err == nil {
		t.Fatal("mention of a missing document inserted")
	}
}

func TestOpen_MigrationsOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "dir", "plantgraph.db")
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	MustPut(t, s, docA())
	want := dump(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = MustOpenPath(t, path)
	got := dump(t, s)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tables after reopening (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"001_init.sql", "002_graph_state.sql"}, got["migrations"]); diff != "" {
		t.Errorf("migrations (-want +got):\n%s", diff)
	}
}

func TestOpen_Paths(t *testing.T) {
	for _, name := range []string{"plain.db", "odd?name#with%chars.db", "with space.db"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			s := MustOpenPath(t, path)
			MustPut(t, s, docA())
			if _, err := os.Stat(path); err != nil {
				t.Fatalf("database file: %v", err)
			}
		})
	}
	t.Run("memory", func(t *testing.T) {
		s := MustOpenPath(t, ":memory:")
		MustPut(t, s, docA(), docB())
		MustResolve(t, s)
		if c := MustCounts(t, s); c.Documents != 2 || c.Relations != 5 {
			t.Errorf("counts = %+v", c)
		}
	})
	t.Run("empty", func(t *testing.T) {
		if _, err := store.Open(context.Background(), ""); err == nil {
			t.Error("opened an empty path")
		}
	})
}

func TestStore_ContextCanceled(t *testing.T) {
	s := MustOpen(t)
	MustPut(t, s, docA())
	MustResolve(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	for _, tt := range []struct {
		name string
		call func() error
	}{
		{"Open", func() error {
			s, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
			if err == nil {
				s.Close()
			}
			return err
		}},
		{"Put", func() error { return s.Put(ctx, docB()) }},
		{"Resolve", func() error { return s.Resolve(ctx, store.ResolverFunc(graph.Resolve)) }},
		{"Graph", func() error { _, err := s.Graph(ctx); return err }},
		{"Counts", func() error { _, err := s.Counts(ctx); return err }},
		{"DocumentHash", func() error { _, _, err := s.DocumentHash(ctx, "a.txt"); return err }},
		{"DocumentKeys", func() error { _, err := s.DocumentKeys(ctx); return err }},
		{"Documents", func() error { _, err := s.Documents(ctx); return err }},
		{"DeleteDocuments", func() error { return s.DeleteDocuments(ctx, "a.txt") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
		})
	}
	if c := MustCounts(t, s); c.Documents != 1 {
		t.Errorf("documents = %d after canceled calls, want 1", c.Documents)
	}
}

// TestSchema_PredicateChecks checks that the CHECK constraint on evidence
// agrees with graph.Predicate.Allows for every predicate and pair of types.
func TestSchema_PredicateChecks(t *testing.T) {
	s := MustOpen(t)
	db := s.DBForTest()
	if _, err := db.Exec(`
		INSERT INTO documents (id, key, path, name, hash, bytes, added_at)
		VALUES (1, 'k', 'k', 'k', '', 0, '')`); err != nil {
		t.Fatal(err)
	}
	preds := append(graph.Predicates(), "likes")
	types := append(graph.EntityTypes(), "animal")
	for _, p := range preds {
		for _, st := range types {
			for _, ot := range types {
				_, err := db.Exec(`
					INSERT INTO evidence (document_id, subject_name, subject_type, predicate,
						object_name, object_type, sentence, start, "end", confidence)
					VALUES (1, 'a', ?, ?, 'b', ?, '', 0, 0, 1)`, st, p, ot)
				if allowed := p.Allows(st, ot); allowed != (err == nil) {
					t.Errorf("%s %s %s: allowed = %v, insert error = %v", st, p, ot, allowed, err)
				}
			}
		}
	}
}
