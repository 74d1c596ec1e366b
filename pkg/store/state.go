package store

import (
	"context"
	"database/sql"
	"fmt"
)

// GraphStale reports whether the facts changed since the last Resolve, so
// that the graph tables may not reflect them: a Put or DeleteDocuments
// committed after it, for instance by a build that was killed before it
// could resolve. A new, empty database is not stale.
func (s *Store) GraphStale(ctx context.Context) (bool, error) {
	var stale bool
	if err := s.db.QueryRowContext(ctx, `SELECT stale FROM graph_state WHERE id = 1`).Scan(&stale); err != nil {
		return false, fmt.Errorf("graph state: %w", err)
	}
	return stale, nil
}

// setStale records, inside tx, whether the graph tables are stale.
func setStale(ctx context.Context, tx *sql.Tx, stale bool) error {
	if _, err := tx.ExecContext(ctx, `UPDATE graph_state SET stale = ? WHERE id = 1`, stale); err != nil {
		return fmt.Errorf("graph state: %w", err)
	}
	return nil
}
