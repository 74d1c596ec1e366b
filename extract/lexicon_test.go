package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/extract"
	"github.com/plantgraph/plantgraph/graph"
)

// TestLexiconForms checks which spellings of a lexicon entry's form find
// the entry: the form as written, and the form in capitals, as headlines
// and press-release titles write names.
func TestLexiconForms(t *testing.T) {
	lx, err := extract.ReadLexicon(strings.NewReader("Zorbix Klasse\ttechnology\tZK platform\n"), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(extract.Config{Lexicon: lx})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Arvo Motors will build cars on the Zorbix Klasse from 2026.", true},
		{"Arvo Motors confirms ZORBIX KLASSE production in Vejle from 2026.", true},
		{"Arvo Motors will build cars on the ZK PLATFORM from 2026.", true},
		{"Arvo Motors will build cars on the zorbix klasse from 2026.", false},
	} {
		f, err := x.Extract(t.Context(), graph.Document{Key: "case", Name: "case.txt", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(f.Entities, func(e graph.Entity) bool {
			return e.Name == "Zorbix Klasse" && e.Type == graph.Technology
		})
		if got != tc.want {
			t.Errorf("%q: found the technology Zorbix Klasse = %v, want %v; entities %v", tc.text, got, tc.want, f.Entities)
		}
	}
}
