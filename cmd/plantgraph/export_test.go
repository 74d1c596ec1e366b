package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// renderDOT runs Graphviz on a DOT file and returns the SVG.
func renderDOT(t *testing.T, path string) []byte {
	t.Helper()
	if _, err := exec.LookPath("dot"); err != nil {
		if os.Getenv("PLANTGRAPH_SKIP_GRAPHVIZ") == "1" {
			t.Skip("Graphviz dot not installed and PLANTGRAPH_SKIP_GRAPHVIZ=1")
		}
		t.Fatal("Graphviz dot not found in PATH: install graphviz (apt-get install graphviz) or set PLANTGRAPH_SKIP_GRAPHVIZ=1")
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(t.Context(), "dot", "-Tsvg", path)
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot -Tsvg %s: %v\n%s", filepath.Base(path), err, stderr.String())
	}
	if s := strings.TrimSpace(stderr.String()); s != "" {
		t.Errorf("dot -Tsvg %s warned:\n%s", filepath.Base(path), s)
	}
	if !bytes.Contains(svg, []byte("<svg")) {
		t.Fatalf("dot -Tsvg %s: no <svg> in output", filepath.Base(path))
	}
	return svg
}

func TestExportDOT(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	out := filepath.Join(t.TempDir(), "graph.dot")
	r := mustRun(t, "export", "--format", "dot", "--out", out, "--db", db)
	if r.stdout != "" {
		t.Errorf("export --out wrote to stdout: %q", r.stdout)
	}
	file, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(file, []byte("digraph ")) {
		t.Errorf("DOT does not start with \"digraph \": %.40q", file)
	}
	if stdout := mustRun(t, "export", "--format", "dot", "--db", db).stdout; stdout != string(file) {
		t.Errorf("export to stdout and to --out differ")
	}
	svg := renderDOT(t, out)
	for _, name := range []string{"Umicore", "BMW Plant Regensburg"} {
		if !bytes.Contains(svg, []byte(name)) {
			t.Errorf("SVG has no node %q", name)
		}
	}
}

// exportGraph is the JSON export format.
type exportGraph struct {
	Nodes []struct {
		ID       string   `json:"id"`
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Aliases  []string `json:"aliases"`
		Mentions int      `json:"mentions"`
	} `json:"nodes"`
	Edges []struct {
		Source    string `json:"source"`
		Target    string `json:"target"`
		Predicate string `json:"predicate"`
		Count     int    `json:"count"`
		Evidence  []struct {
			Doc      string `json:"doc"`
			Sentence string `json:"sentence"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
		} `json:"evidence"`
	} `json:"edges"`
}

func TestExportJSON(t *testing.T) {
	t.Parallel()
	db := corpusDB(t)
	out := mustRun(t, "export", "--format", "json", "--db", db).stdout
	var g exportGraph
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("export --format json: %v", err)
	}
	c := counts(t, db)
	if len(g.Nodes) == 0 || len(g.Nodes) != c.Entities {
		t.Errorf("%d nodes, database has %d entities", len(g.Nodes), c.Entities)
	}
	if len(g.Edges) == 0 || len(g.Edges) != c.Relations {
		t.Errorf("%d edges, database has %d relations", len(g.Edges), c.Relations)
	}
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		if n.ID == "" || n.Name == "" || n.Type == "" || n.Aliases == nil {
			t.Errorf("incomplete node %+v", n)
		}
		ids[n.ID] = true
	}
	for _, e := range g.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s %s %s: an end is not a node", e.Source, e.Predicate, e.Target)
		}
		if e.Count != max(1, len(e.Evidence)) {
			t.Errorf("edge %s %s %s: count %d, %d evidence", e.Source, e.Predicate, e.Target, e.Count, len(e.Evidence))
		}
		for _, ev := range e.Evidence {
			if ev.Doc == "" || ev.Sentence == "" || ev.End-ev.Start != len(ev.Sentence) {
				t.Errorf("edge %s %s %s: bad evidence %+v", e.Source, e.Predicate, e.Target, ev)
			}
		}
	}
	if r := plantgraph(t, "export", "--format", "nosuchformat", "--db", db); r.code != 2 {
		t.Errorf("export --format nosuchformat: exit %d, want 2", r.code)
	}
}
