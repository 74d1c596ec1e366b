// Package storetest reads a database back as text for tests: the rows of
// a query as strings, and every table as sorted lines to compare two
// databases by.
package storetest

import (
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// Rows runs q on db and returns its rows, each value written with
// fmt.Sprint (text columns as text, NULL as "<nil>").
func Rows(tb testing.TB, db *sql.DB, q string, args ...any) [][]string {
	tb.Helper()
	_, out := query(tb, db, q, args...)
	return out
}

// query runs q on db and returns its column names and its rows as Rows
// writes them.
func query(tb testing.TB, db *sql.DB, q string, args ...any) (cols []string, out [][]string) {
	tb.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, err = rows.Columns()
	if err != nil {
		tb.Fatal(err)
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			tb.Fatal(err)
		}
		row := make([]string, len(vals))
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			row[i] = fmt.Sprint(v)
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return cols, out
}

// Dump returns every row of every table of db, tables in name order, each
// as a line "table: N rows" followed by its rows as sorted
// "table|value|value|..." lines. A column for which blank(table, column)
// holds is written as "-" (times that differ from build to build); blank
// may be nil.
func Dump(tb testing.TB, db *sql.DB, blank func(table, column string) bool) []string {
	tb.Helper()
	var out []string
	for _, t := range Rows(tb, db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`) {
		table := t[0]
		cols, rows := query(tb, db, fmt.Sprintf("SELECT * FROM %q", table))
		var lines []string
		for _, row := range rows {
			fields := []string{table}
			for i, v := range row {
				if blank != nil && blank(table, cols[i]) {
					v = "-"
				}
				fields = append(fields, v)
			}
			lines = append(lines, strings.Join(fields, "|"))
		}
		sort.Strings(lines)
		out = append(out, fmt.Sprintf("%s: %d rows", table, len(lines)))
		out = append(out, lines...)
	}
	return out
}
