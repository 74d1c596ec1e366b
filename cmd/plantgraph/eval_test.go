package main

import (
	"regexp"
	"strings"
	"testing"
)

var lastEvalLine = regexp.MustCompile(`^entity_f1=0\.\d{3} relation_f1=0\.\d{3}$`)

func TestEval(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"rules", nil},
		{"rules-errors", []string{"--errors", "--no-graph"}},
		{"no-lexicon", []string{"--no-lexicon", "--no-graph"}},
		{"prose", []string{"--extractor", "prose", "--no-graph"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := mustRun(t, append([]string{"eval", "--gold", corpusDir}, tc.args...)...)
			lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
			if last := lines[len(lines)-1]; !lastEvalLine.MatchString(last) {
				t.Errorf("last line %q does not match %s", last, lastEvalLine)
			}
			if r.stderr != "" {
				t.Errorf("stderr: %s", r.stderr)
			}
		})
	}
	if r := plantgraph(t, "eval"); r.code != 2 {
		t.Errorf("eval without --gold: exit %d, want 2", r.code)
	}
	if r := plantgraph(t, "eval", "--gold", corpusDir, "--extractor", "spacy"); r.code != 2 {
		t.Errorf("eval --extractor spacy: exit %d, want 2", r.code)
	}
}
