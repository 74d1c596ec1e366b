package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// scoreLine matches the two summary lines of eval.
var (
	extractionScores = regexp.MustCompile(`(?m)^entity_f1=(\d\.\d{3}) relation_f1=(\d\.\d{3})$`)
	graphScores      = regexp.MustCompile(`(?m)^node_f1=(\d\.\d{3}) split_rate=(\d\.\d{3}) merge_rate=(\d\.\d{3}) edge_f1=(\d\.\d{3})$`)
)

// TestQualityFloors keeps extraction and resolution from getting worse
// unnoticed: each corpus must score at least what it scored when the floor
// was set, a little below the measured value. Raise a floor when the scores
// rise. The shared dev corpus is scored when it sits beside the repository.
func TestQualityFloors(t *testing.T) {
	t.Parallel()
	dev := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	for _, tc := range []struct {
		name, dir              string
		entity, relation, node float64
		maxSplit, maxMerge     float64
		optional               bool
	}{
		// measured: entity 0.951, relation 0.853, node 0.947, split 0.014, merge 0.000
		{"dev", dev, 0.945, 0.845, 0.94, 0.02, 0.01, true},
		// measured: 0.951, 0.802, 0.958, 0.022, 0.003
		{"bundled", corpusDir, 0.945, 0.79, 0.95, 0.03, 0.01, false},
		// measured: 0.901, 0.734, 0.903, 0.030, 0.000
		{"heldout", filepath.Join("..", "..", "testdata", "heldout"), 0.895, 0.725, 0.895, 0.035, 0.01, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if _, err := os.Stat(tc.dir); err != nil && tc.optional {
				t.Skipf("no %s corpus: %v", tc.name, err)
			}
			out := mustRun(t, "eval", "--gold", tc.dir).stdout
			e := extractionScores.FindStringSubmatch(out)
			g := graphScores.FindStringSubmatch(out)
			if e == nil || g == nil {
				t.Fatalf("no score lines in:\n%s", out)
			}
			num := func(s string) float64 {
				f, err := strconv.ParseFloat(s, 64)
				if err != nil {
					t.Fatal(err)
				}
				return f
			}
			check := func(what string, got, floor float64, atMost bool) {
				if atMost && got > floor || !atMost && got < floor {
					t.Errorf("%s %s = %.3f, floor %.3f", tc.name, what, got, floor)
				}
			}
			check("entity_f1", num(e[1]), tc.entity, false)
			check("relation_f1", num(e[2]), tc.relation, false)
			check("node_f1", num(g[1]), tc.node, false)
			check("split_rate", num(g[2]), tc.maxSplit, true)
			check("merge_rate", num(g[3]), tc.maxMerge, true)
		})
	}
}
