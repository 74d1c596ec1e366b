package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// producesRow is a row of "query produces --format json".
type producesRow struct {
	Company  string   `json:"company"`
	Product  string   `json:"product"`
	Plant    string   `json:"plant"`
	Location string   `json:"location"`
	Docs     []string `json:"documents"`
}

func queryProducesJSON(t *testing.T, db string, args ...string) []producesRow {
	t.Helper()
	r := mustRun(t, append([]string{"query", "produces", "--format", "json", "--db", db}, args...)...)
	var rows []producesRow
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rows); err != nil {
		t.Fatalf("query produces --format json: %v\n%s", err, r.stdout)
	}
	return rows
}

func TestQueryProducesFormats(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	rows := queryProducesJSON(t, db)
	if len(rows) == 0 {
		t.Fatal("query produces: no rows from the bundled corpus")
	}
	for _, r := range rows {
		if r.Product == "" || len(r.Docs) == 0 {
			t.Errorf("row without product or documents: %+v", r)
		}
	}

	// CSV: a header and the same rows as JSON, in the same order.
	out := mustRun(t, "query", "produces", "--format", "csv", "--db", db).stdout
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("query produces --format csv: %v\n%s", err, out)
	}
	if diff := cmp.Diff([]string{"company", "product", "plant", "location", "documents"}, recs[0]); diff != "" {
		t.Errorf("csv header (-want +got):\n%s", diff)
	}
	var fromJSON [][]string
	for _, r := range rows {
		fromJSON = append(fromJSON, []string{r.Company, r.Product, r.Plant, r.Location, strings.Join(r.Docs, " ")})
	}
	if diff := cmp.Diff(fromJSON, recs[1:]); diff != "" {
		t.Errorf("csv rows differ from json rows (-json +csv):\n%s", diff)
	}

	// Table: a header and one line per row, "-" for empty cells.
	table := mustRun(t, "query", "produces", "--db", db).stdout
	lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
	if got := strings.Fields(lines[0]); !cmp.Equal(got, []string{"COMPANY", "PRODUCT", "PLANT", "LOCATION", "DOCUMENTS"}) {
		t.Errorf("table header: %q", lines[0])
	}
	if len(lines)-1 != len(rows) {
		t.Errorf("table has %d rows, json %d", len(lines)-1, len(rows))
	}

	// Filters narrow the rows.
	for _, r := range queryProducesJSON(t, db, "--company", "Toyota") {
		if !strings.Contains(r.Company, "Toyota") {
			t.Errorf("--company Toyota: row %+v", r)
		}
	}
	if r := plantgraph(t, "query", "produces", "--format", "xml", "--db", db); r.code != 2 {
		t.Errorf("--format xml: exit %d, want 2", r.code)
	}
}

// TestQueryProducesBMWRegensburg checks the row that the README and the
// demo promise: bmw-regensburg-ix1-start.txt says the BMW Group builds the
// iX1 at BMW Plant Regensburg (its gold file has BMW Group operates BMW
// Plant Regensburg, which produces iX1, with aliases BMW and BMW AG).
func TestQueryProducesBMWRegensburg(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	rows := queryProducesJSON(t, db)
	var got []producesRow
	for _, r := range rows {
		if r.Product == "iX1" {
			got = append(got, r)
		}
	}
	i := slices.IndexFunc(got, func(r producesRow) bool {
		return r.Company == "BMW Group" && r.Plant == "BMW Plant Regensburg"
	})
	if i < 0 {
		t.Fatalf("no row BMW Group / iX1 / BMW Plant Regensburg; rows for iX1: %+v", got)
	}
	if !slices.ContainsFunc(got[i].Docs, func(d string) bool { return filepath.Base(d) == "bmw-regensburg-ix1-start.txt" }) {
		t.Errorf("row BMW Group / iX1 / BMW Plant Regensburg does not cite bmw-regensburg-ix1-start.txt: %v", got[i].Docs)
	}
	for _, format := range []string{"table", "csv"} {
		out := mustRun(t, "query", "produces", "--format", format, "--product", "iX1", "--db", db).stdout
		for _, s := range []string{"BMW Group", "iX1", "BMW Plant Regensburg"} {
			if !strings.Contains(out, s) {
				t.Errorf("--format %s --product iX1: no %q in\n%s", format, s, out)
			}
		}
	}
}

var evidenceLine = regexp.MustCompile(`^    \[[^\]]+ \d+-\d+\] \S`)

func TestQueryEntity(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	out := mustRun(t, "query", "entity", "--db", db, "Umicore").stdout
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if lines[0] != "Umicore (company)" {
		t.Errorf("first line: got %q, want %q", lines[0], "Umicore (company)")
	}
	if !regexp.MustCompile(`(?m)^  mentions: [1-9]\d* in [1-9]\d* documents$`).MatchString(out) {
		t.Errorf("no mentions line in\n%s", out)
	}
	relations, evidence := 0, 0
	for _, l := range lines[1:] {
		switch {
		case strings.HasPrefix(l, "    "):
			if !evidenceLine.MatchString(l) {
				t.Errorf("evidence line %q: want \"    [DOC START-END] SENTENCE\"", l)
			}
			evidence++
		case strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "  mentions:") && !strings.HasPrefix(l, "  aliases:"):
			if !strings.Contains(l, "Umicore") {
				t.Errorf("relation line %q does not name Umicore", l)
			}
			relations++
		}
	}
	if relations == 0 || evidence < relations {
		t.Errorf("got %d relations and %d evidence lines:\n%s", relations, evidence, out)
	}

	// A name is found whatever its case.
	if got := mustRun(t, "query", "entity", "--db", db, "umicore").stdout; got != out {
		t.Errorf("query entity umicore differs from Umicore:\n%s", cmp.Diff(out, got))
	}
}

func TestQueryPath(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	out := mustRun(t, "query", "path", "--db", db, "Umicore", "BMW Group").stdout
	var edges []string
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(l, "    ") {
			edges = append(edges, l)
		} else if !regexp.MustCompile(`^    \[[^\]]+\] \S`).MatchString(l) {
			t.Errorf("evidence line %q: want \"    [DOC] SENTENCE\"", l)
		}
	}
	if len(edges) == 0 {
		t.Fatalf("no path from Umicore to BMW Group:\n%s", out)
	}
	if !strings.HasPrefix(edges[0], "Umicore ") {
		t.Errorf("path does not start at Umicore: %q", edges[0])
	}
	if !slices.ContainsFunc(edges, func(l string) bool { return strings.Contains(l, "BMW Group") }) {
		t.Errorf("path does not reach BMW Group:\n%s", out)
	}
	if r := plantgraph(t, "query", "path", "--db", db, "Umicore"); r.code != 2 {
		t.Errorf("query path with one name: exit %d, want 2", r.code)
	}
}

func TestQueryNeighbors(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	line := regexp.MustCompile(`^.+ \((company|plant|person|technology|product|location)\) [a-z_]+ .+ \((company|plant|person|technology|product|location)\)$`)
	lines := func(depth string) []string {
		out := mustRun(t, "query", "neighbors", "--depth", depth, "--db", db, "Umicore").stdout
		ls := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		for _, l := range ls {
			if !line.MatchString(l) {
				t.Errorf("--depth %s: line %q: want \"A (type) predicate B (type)\"", depth, l)
			}
		}
		return ls
	}
	one, two := lines("1"), lines("2")
	if !slices.ContainsFunc(one, func(l string) bool { return strings.Contains(l, "Umicore (company)") }) {
		t.Errorf("--depth 1: no edge of Umicore:\n%s", strings.Join(one, "\n"))
	}
	if len(two) < len(one) {
		t.Errorf("--depth 2 gives %d edges, fewer than --depth 1 (%d)", len(two), len(one))
	}
}

func TestQueryStats(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	var s struct {
		Nodes    int `json:"nodes"`
		Edges    int `json:"edges"`
		Evidence int `json:"evidence"`
		Types    []struct {
			Type  string `json:"type"`
			Count int    `json:"count"`
		} `json:"types"`
	}
	out := mustRun(t, "query", "stats", "--json", "--db", db).stdout
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("query stats --json: %v\n%s", err, out)
	}
	c := counts(t, db)
	if s.Nodes != c.Entities || s.Edges != c.Relations {
		t.Errorf("stats say %d nodes and %d edges; the database holds %d entities and %d relations", s.Nodes, s.Edges, c.Entities, c.Relations)
	}
	sum := 0
	for _, ty := range s.Types {
		sum += ty.Count
	}
	if sum != s.Nodes {
		t.Errorf("types add up to %d, not %d nodes", sum, s.Nodes)
	}
	text := mustRun(t, "query", "stats", "--db", db).stdout
	if want := fmt.Sprintf("%d entities, %d relations, %d evidence sentences\n", s.Nodes, s.Edges, s.Evidence); !strings.HasPrefix(text, want) {
		t.Errorf("query stats: got\n%s\nwant first line %q", text, want)
	}
}

func TestQueryUnknownEntity(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	for _, args := range [][]string{
		{"query", "entity", "--db", db, "Umicroe"},
		{"query", "neighbors", "--db", db, "Umicroe"},
		{"query", "path", "--db", db, "Umicroe", "BMW Group"},
	} {
		r := plantgraph(t, args...)
		if r.code != 1 {
			t.Errorf("%s: exit %d, want 1", strings.Join(args[:2], " "), r.code)
		}
		if r.stdout != "" {
			t.Errorf("%s: stdout %q, want nothing", strings.Join(args[:2], " "), r.stdout)
		}
		if !strings.Contains(r.stderr, `"Umicroe"`) || !strings.Contains(r.stderr, `did you mean "Umicore"`) {
			t.Errorf("%s: stderr %q: want the name and a suggestion of Umicore", strings.Join(args[:2], " "), r.stderr)
		}
	}
}

func TestQueryMissingDatabase(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "nope.db")
	r := plantgraph(t, "query", "stats", "--db", db)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if !strings.Contains(r.stderr, "build") {
		t.Errorf("stderr %q: want a hint to build first", r.stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a query created the missing database %s", db)
	}
}
