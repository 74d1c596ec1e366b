package store

import "database/sql"

// DBForTest returns the store's database handle, for tests that check the
// schema and the raw table contents.
func (s *Store) DBForTest() *sql.DB { return s.db }
