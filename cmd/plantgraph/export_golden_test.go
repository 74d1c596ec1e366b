package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fixtureNames are names of the fixture database that need escaping in
// some format; every export must keep them.
var fixtureNames = []string{`Acme "Quotes" Inc.`, `Back\slash & Sons\`, `Wid\get "Pro" <X>`,
	"宁德时代", "Škoda Plant Mladá Boleslav", "Zoë O'Brien"}

// TestExportGolden writes every format, with and without filters, from
// the fixture database and compares it with testdata/export/CASE/want.*;
// Graphviz renders every DOT file, and every output is checked to parse.
func TestExportGolden(t *testing.T) {
	t.Parallel()
	db := fixtureDB(t)
	tests := []struct {
		name, format string
		filters      []string
	}{
		{"json", "json", nil},
		{"dot", "dot", nil},
		{"cytoscape", "cytoscape", nil},
		{"graphml", "graphml", nil},
		{"csv", "csv", nil},
		{"around-json", "json", []string{"--around", "aesc", "--depth", "1"}},
		{"around-depth2-dot", "dot", []string{"--around", "Umicore", "--depth", "2"}},
		{"types-dot", "dot", []string{"--types", "company,person"}},
		{"predicates-graphml", "graphml", []string{"--predicates", "supplies,partners_with"}},
		{"min-mentions-cytoscape", "cytoscape", []string{"--min-mentions", "3"}},
		{"since-csv", "csv", []string{"--since", "2024-06"}},
		{"since-dot", "dot", []string{"--since", "2024"}},
		{"combined-json", "json", []string{"--around", "BMW Group", "--depth", "-1", "--types", "company,plant,location", "--since", "2024-01-01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join("testdata", "export", tt.name)
			args := append([]string{"export", "--format", tt.format, "--db", db}, tt.filters...)
			if tt.format == "csv" {
				out := t.TempDir()
				mustRun(t, append(args, "--out", out)...)
				for _, f := range []string{"nodes.csv", "edges.csv"} {
					got, err := os.ReadFile(filepath.Join(out, f))
					if err != nil {
						t.Fatal(err)
					}
					checkParses(t, "csv", got)
					goldenFile(t, filepath.Join(dir, "want."+f), got)
				}
				return
			}
			got := []byte(mustRun(t, args...).stdout)
			checkParses(t, tt.format, got)
			goldenFile(t, filepath.Join(dir, "want."+goldenExt(tt.format)), got)
			if tt.format == "dot" {
				renderSVG(t, got)
			}
		})
	}
}

func goldenExt(format string) string {
	if format == "cytoscape" {
		return "cyjs"
	}
	return format
}

// checkParses checks that data is well-formed in its format.
func checkParses(t *testing.T, format string, data []byte) {
	t.Helper()
	var err error
	switch format {
	case "json", "cytoscape":
		var v any
		err = json.Unmarshal(data, &v)
	case "graphml", "svg":
		d := xml.NewDecoder(bytes.NewReader(data))
		d.Strict = format == "graphml"
		for err == nil {
			_, err = d.Token()
		}
		if err == io.EOF {
			err = nil
		}
	case "csv":
		_, err = csv.NewReader(bytes.NewReader(data)).ReadAll()
	}
	if err != nil {
		t.Errorf("%s output does not parse: %v\n%s", format, err, data)
	}
}

// graphviz returns the path of Graphviz's dot, or skips the test when it
// is missing and PLANTGRAPH_SKIP_GRAPHVIZ=1.
func graphviz(t *testing.T) string {
	t.Helper()
	dot, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("PLANTGRAPH_SKIP_GRAPHVIZ") == "1" {
			t.Skip("Graphviz dot not installed and PLANTGRAPH_SKIP_GRAPHVIZ=1")
		}
		t.Fatal("Graphviz dot not found in PATH: install graphviz or set PLANTGRAPH_SKIP_GRAPHVIZ=1")
	}
	return dot
}

// renderSVG runs Graphviz on DOT text and fails on any complaint.
func renderSVG(t *testing.T, dotText []byte) []byte {
	t.Helper()
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(t.Context(), graphviz(t), "-Tsvg")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(dotText), &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.Bytes())
	}
	if stderr.Len() > 0 {
		t.Errorf("dot -Tsvg complained:\n%s", stderr.Bytes())
	}
	return out.Bytes()
}

// TestExportNamesSurvive checks that every format keeps the fixture's
// names that need escaping, read back with that format's parser.
func TestExportNamesSurvive(t *testing.T) {
	t.Parallel()
	db := fixtureDB(t)
	texts := func(format string, data []byte) []string {
		switch format {
		case "json":
			var g struct {
				Nodes []struct{ Name string } `json:"nodes"`
			}
			json.Unmarshal(data, &g)
			var out []string
			for _, n := range g.Nodes {
				out = append(out, n.Name)
			}
			return out
		case "cytoscape":
			var g struct {
				Elements struct {
					Nodes []struct {
						Data struct{ Name string } `json:"data"`
					} `json:"nodes"`
				} `json:"elements"`
			}
			json.Unmarshal(data, &g)
			var out []string
			for _, n := range g.Elements.Nodes {
				out = append(out, n.Data.Name)
			}
			return out
		case "csv":
			recs, _ := csv.NewReader(bytes.NewReader(data)).ReadAll()
			var out []string
			for _, r := range recs {
				out = append(out, r[1])
			}
			return out
		}
		return xmlTexts(t, data) // graphml, svg
	}
	for _, format := range []string{"json", "cytoscape", "graphml", "csv", "svg"} {
		t.Run(format, func(t *testing.T) {
			t.Parallel()
			var data []byte
			if format == "csv" {
				dir := t.TempDir()
				mustRun(t, "export", "--format", "csv", "--out", dir, "--db", db)
				var err error
				if data, err = os.ReadFile(filepath.Join(dir, "nodes.csv")); err != nil {
					t.Fatal(err)
				}
			} else {
				if format == "svg" {
					graphviz(t)
				}
				data = []byte(mustRun(t, "export", "--format", format, "--db", db).stdout)
			}
			got := texts(format, data)
			for _, name := range fixtureNames {
				if !slices.Contains(got, name) {
					t.Errorf("%s: no name %q among %q", format, name, got)
				}
			}
		})
	}
}

// xmlTexts returns the character data of every element of an XML
// document.
func xmlTexts(t *testing.T, data []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false // Graphviz's SVG declares an external DTD
	var out []string
	var cur strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("XML does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			cur.Reset()
		case xml.CharData:
			cur.Write(tok)
		case xml.EndElement:
			out = append(out, cur.String())
			cur.Reset()
		}
	}
}

// TestExportRendered checks svg and png through Graphviz, to standard
// output and to a file. Their bytes depend on the Graphviz version, so
// they are checked for shape, not against golden files.
func TestExportRendered(t *testing.T) {
	t.Parallel()
	graphviz(t)
	db := fixtureDB(t)
	svg := mustRun(t, "export", "--format", "svg", "--around", "AESC", "--db", db).stdout
	checkParses(t, "svg", []byte(svg))
	for _, s := range []string{"<svg", "AESC", "Umicore", "BMW Group", "supplies"} {
		if !strings.Contains(svg, s) {
			t.Errorf("svg has no %q", s)
		}
	}
	out := filepath.Join(t.TempDir(), "graph.png")
	if r := mustRun(t, "export", "--format", "png", "--out", out, "--db", db); r.stdout != "" {
		t.Errorf("export --out wrote to stdout: %.40q", r.stdout)
	}
	png, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("%s is not a PNG: %.16q", out, png)
	}
}

// TestExportNoGraphviz runs svg and png with an empty PATH. t.Setenv rules
// out t.Parallel.
func TestExportNoGraphviz(t *testing.T) {
	db := fixtureDB(t)
	t.Setenv("PATH", "")
	for _, format := range []string{"svg", "png"} {
		out := filepath.Join(t.TempDir(), "graph."+format)
		r := plantgraph(t, "export", "--format", format, "--out", out, "--db", db)
		if r.code != 1 || !strings.Contains(r.stderr, "graphviz is not installed: install the graphviz package") {
			t.Errorf("%s without Graphviz: exit %d, stderr %q", format, r.code, r.stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s without Graphviz left %s behind", format, out)
		}
	}
	// The other formats do not need it.
	mustRun(t, "export", "--format", "dot", "--db", db)
}

func TestExportUsage(t *testing.T) {
	t.Parallel()
	db := fixtureDB(t)
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"unknown format", []string{"--format", "xml"}, 2, `unknown format "xml"`},
		{"csv without out", []string{"--format", "csv"}, 2, "--out DIR"},
		{"bad type", []string{"--types", "company,factory"}, 2, `unknown entity type "factory"`},
		{"bad predicate", []string{"--predicates", "makes"}, 2, `unknown predicate "makes"`},
		{"bad date", []string{"--since", "May 2024"}, 2, "YYYY-MM-DD"},
		{"depth without around", []string{"--depth", "2"}, 2, "--depth needs --around"},
		{"unknown around", []string{"--around", "Umicroe"}, 1, `did you mean "Umicore"`},
		{"stray argument", []string{"graph.json"}, 2, `unexpected argument "graph.json"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := plantgraph(t, append([]string{"export", "--db", db}, tc.args...)...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tc.code, tc.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q, want nothing", r.stdout)
			}
		})
	}
}
