package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// busyTimeout is how long a statement waits for another connection's lock.
const busyTimeout = 5 * time.Second

// Store is a plantgraph database. Its methods are safe for concurrent use.
type Store struct {
	db *sql.DB

	// Now returns the current time; Put stamps new documents with it.
	// Open sets it to time.Now. Replace it before use, not concurrently
	// with Put.
	Now func() time.Time
}

// Counts is how many rows each kind of fact and graph element has.
type Counts struct {
	Documents int
	Entities  int
	Relations int
	Mentions  int // occurrences only, not alias-only rows
	Evidence  int
}

// OpenExisting opens the database at path like Open, but fails with an
// error wrapping fs.ErrNotExist when there is no such file, so that a
// query of a mistyped path does not create an empty database.
func OpenExisting(ctx context.Context, path string) (*Store, error) {
	if path != ":memory:" {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open store: %w (build it first with \"plantgraph build\")", err)
		}
	}
	return Open(ctx, path)
}

// Open opens the database at path, creating it and its parent directory
// when missing, and applies any migrations it lacks. The path ":memory:"
// opens a private in-memory database.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open store: empty path")
	}
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	db, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if path == ":memory:" {
		// Every connection would get its own empty database.
		db.SetMaxOpenConns(1)
	}
	s := &Store{db: db, Now: time.Now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// dsn returns the driver's data source name for path. The settings are
// given there rather than as PRAGMA statements so that every connection of
// the pool gets them: foreign_keys and busy_timeout are per connection.
// Transactions begin IMMEDIATE so that a writer never fails to upgrade a
// read lock.
func dsn(path string) string {
	params := fmt.Sprintf("_journal_mode=WAL&_foreign_keys=on&_synchronous=NORMAL&_busy_timeout=%d&_txlock=immediate",
		busyTimeout.Milliseconds())
	if path == ":memory:" {
		return path + "?" + params
	}
	// A file: URI, so that '?', '#' and '%' in the path survive.
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(filepath.Clean(path)) + "?" + params
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// migrate applies, in name order, every embedded migration not yet recorded
// in the migrations table.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("migration %s: %w", path.Base(name), err)
		}
	}
	return nil
}

// migrateFile applies one migration and records it, in one transaction,
// unless it is recorded already.
func (s *Store) migrateFile(ctx context.Context, file string) error {
	name := path.Base(file)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	var n int
	if err := tx.QueryRowContext(ctx,
		`SELECT COUNT(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	buf, err := fs.ReadFile(migrationFS, file)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(buf)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name) VALUES (?)`, name); err != nil {
		return err
	}
	return tx.Commit()
}

// Counts returns how many documents, entities, relations, mentions and
// evidence rows the store holds.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `
		SELECT
			(SELECT COUNT(*) FROM documents),
			(SELECT COUNT(*) FROM entities),
			(SELECT COUNT(*) FROM relations),
			(SELECT COUNT(*) FROM mentions WHERE start >= 0),
			(SELECT COUNT(*) FROM evidence)`,
	).Scan(&c.Documents, &c.Entities, &c.Relations, &c.Mentions, &c.Evidence)
	if err != nil {
		return Counts{}, fmt.Errorf("count: %w", err)
	}
	return c, nil
}
