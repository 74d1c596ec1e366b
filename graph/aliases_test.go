package graph_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
)

func TestReadAliases(t *testing.T) {
	in := "\ufeff# plantgraph aliases\n" +
		"\n" +
		"General Motors\tcompany\tGM | General Motors Co.|\r\n" +
		"  # an indented comment\n" +
		"BMW Plant Leipzig\tplant\n" +
		"!never\tBMW Plant Oxford\tMini Plant Oxford\n"
	got, err := graph.ReadAliases(strings.NewReader(in), "aliases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := &graph.Aliases{
		Entries: []graph.AliasEntry{
			{Name: "General Motors", Type: graph.Company, Aliases: []string{"GM", "General Motors Co."}, Line: 3},
			{Name: "BMW Plant Leipzig", Type: graph.Plant, Line: 5},
		},
		Never: []graph.NeverPair{{A: "BMW Plant Oxford", B: "Mini Plant Oxford", Line: 6}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadAliases_Errors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // every error line, in order
	}{
		{"one field", "General Motors\n", []string{"a.tsv:1: want name<TAB>type[<TAB>alias|alias...]"}},
		{"four fields", "GM\tcompany\tGM\textra\n", []string{"a.tsv:1: want name<TAB>type[<TAB>alias|alias...]"}},
		{"unknown type", "# c\nGM\tcarmaker\n", []string{`a.tsv:2: unknown entity type "carmaker"`}},
		{"empty name", "\tcompany\tGM\n", []string{"a.tsv:1: empty name"}},
		{"bad directive", "!always\tA\tB\n", []string{`a.tsv:1: unknown directive "!always" (want !never)`}},
		{"never of one name", "!never\tBMW\n", []string{"a.tsv:1: want !never<TAB>name<TAB>name"}},
		{"never of a name and itself", "!never\tBMW AG\tbmw-ag\n", []string{`a.tsv:1: "BMW AG" and "bmw-ag" are one name`}},
		{
			"a name of two entries",
			"General Motors\tcompany\tGM\nGeneral Mills\tcompany\tgm\n",
			[]string{`a.tsv:2: "gm" is also a name of "General Motors" on line 1`},
		},
		{
			"never against an entry",
			"General Motors\tcompany\tGM\n!never\tGM\tGeneral Motors\n",
			[]string{`a.tsv:2: "GM" and "General Motors" are both names of "General Motors" on line 1`},
		},
		{
			"every bad line",
			"A\n\tplant\nB\tplant\n",
			[]string{"a.tsv:1: want name<TAB>type[<TAB>alias|alias...]", "a.tsv:2: empty name"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := graph.ReadAliases(strings.NewReader(tt.in), "a.tsv")
			if err == nil {
				t.Fatal("no error")
			}
			if diff := cmp.Diff(tt.want, strings.Split(err.Error(), "\n")); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			var ae *graph.AliasesError
			if !errors.As(err, &ae) || ae.File != "a.tsv" || ae.Line < 1 {
				t.Errorf("error %v is not an *AliasesError with a position", err)
			}
		})
	}
}

// FuzzReadAliases checks that any input either parses into entries whose
// types are valid or fails with positioned errors, and never panics.
func FuzzReadAliases(f *testing.F) {
	f.Add("General Motors\tcompany\tGM|General Motors Co.\n!never\tA\tB\n")
	f.Add("# c\n\nX\tplant\n")
	f.Add("!never\t\t\n\tcompany\n")
	f.Fuzz(func(t *testing.T, in string) {
		a, err := graph.ReadAliases(strings.NewReader(in), "f")
		if err != nil {
			var ae *graph.AliasesError
			if !errors.As(err, &ae) && !strings.HasPrefix(err.Error(), "read f:") {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		for _, e := range a.Entries {
			if !e.Type.Valid() || e.Name == "" {
				t.Fatalf("bad entry %+v", e)
			}
		}
		// Whatever parses, resolves.
		r := &graph.Resolver{Aliases: a}
		r.Resolve([]graph.LocalEntity{le("d", graph.Company, "A", 1), le("e", graph.Company, "B", 1)})
	})
}
