package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDemo runs the demo as the README does, from the repository root
// with the default corpus.
func TestDemo(t *testing.T) {
	// t.Chdir rules out t.Parallel.
	out := t.TempDir()
	t.Chdir(filepath.Join("..", ".."))
	r := mustRun(t, "demo", "--out", out)
	checkDemo(t, r, out)
	// The row the README shows; TestQueryProducesBMWRegensburg tells why
	// it is missing.
	if !regexp.MustCompile(`(?m)^BMW Group +iX1 +BMW Plant Regensburg `).MatchString(r.stdout) {
		t.Errorf("demo: no row BMW Group / iX1 / BMW Plant Regensburg")
	}
}

func TestDemoCorpusFlag(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "new", "dir")
	r := mustRun(t, "demo", "--corpus", corpusDir, "--out", out)
	checkDemo(t, r, out)
	if r := plantgraph(t, "demo", "--corpus", filepath.Join(t.TempDir(), "none"), "--out", out); r.code != 1 || !strings.Contains(r.stderr, "--corpus") {
		t.Errorf("demo with a missing corpus: exit %d, stderr %q; want 1 and a hint at --corpus", r.code, r.stderr)
	}
}

// checkDemo checks the output and the files of a demo run.
func checkDemo(t *testing.T, r result, out string) {
	t.Helper()
	if !summaryLine.MatchString(r.stdout) {
		t.Errorf("demo: no build summary in\n%s", r.stdout)
	}
	if !regexp.MustCompile(`(?m)^Who produces what where:\nCOMPANY +PRODUCT +PLANT +LOCATION +DOCUMENTS\n\S`).MatchString(r.stdout) {
		t.Errorf("demo: no table of who produces what where in\n%s", r.stdout)
	}
	dot := filepath.Join(out, "graph.dot")
	if b, err := os.ReadFile(dot); err != nil || !bytes.HasPrefix(b, []byte("digraph ")) {
		t.Errorf("demo: graph.dot: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(out, "graph.json"))
	if err != nil {
		t.Fatalf("demo: graph.json: %v", err)
	}
	var g exportGraph
	if err := json.Unmarshal(b, &g); err != nil || len(g.Nodes) == 0 || len(g.Edges) == 0 {
		t.Errorf("demo: graph.json has %d nodes, %d edges (%v)", len(g.Nodes), len(g.Edges), err)
	}
	renderDOT(t, dot)
}
