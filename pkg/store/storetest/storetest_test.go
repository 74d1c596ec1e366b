package storetest_test

import (
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	_ "github.com/mattn/go-sqlite3"

	"github.com/plantgraph/plantgraph/pkg/store/storetest"
)

func TestRowsAndDump(t *testing.T) {
	db, err := sql.Open("sqlite3", filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`CREATE TABLE b (id INTEGER, name TEXT, added_at TEXT)`,
		`CREATE TABLE a (x BLOB)`,
		`INSERT INTO b VALUES (2, 'Leipzig', '2026-01-01'), (1, NULL, '2026-01-02')`,
		`INSERT INTO a VALUES (x'4249')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff([][]string{{"1", "<nil>"}, {"2", "Leipzig"}}, storetest.Rows(t, db, `SELECT id, name FROM b ORDER BY id`)); diff != "" {
		t.Errorf("Rows (-want +got):\n%s", diff)
	}
	got := storetest.Dump(t, db, func(table, column string) bool { return table == "b" && column == "added_at" })
	want := []string{"a: 1 rows", "a|BI", "b: 2 rows", "b|1|<nil>|-", "b|2|Leipzig|-"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Dump (-want +got):\n%s", diff)
	}
}
