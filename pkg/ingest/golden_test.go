package ingest_test

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

var update = flag.Bool("update", false, "rewrite the want.json files of the golden tests")

// golden is the recorded outcome of reading one input.
type golden struct {
	Docs   []goldenDoc `json:"docs"`
	Errors []string    `json:"errors,omitempty"`
}

type goldenDoc struct {
	Key  string     `json:"key"`
	Name string     `json:"name"`
	Hash string     `json:"hash"`
	Meta graph.Meta `json:"meta"`
	Text string     `json:"text"`
}

// TestGolden reads testdata/<case>/input.* and compares the documents
// and errors with testdata/<case>/want.json; -update rewrites it.
func TestGolden(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join("testdata", "*", "input.*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no golden cases")
	}
	for _, input := range cases {
		dir := filepath.Dir(input)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var r ingest.Reader
			var got golden
			err := r.ReadPath(t.Context(), filepath.ToSlash(input), nil, func(res ingest.Result) error {
				for _, d := range res.Docs {
					got.Docs = append(got.Docs, goldenDoc{Key: d.Key, Name: d.Name, Hash: d.Hash, Meta: d.Meta, Text: d.Text})
				}
				got.Errors = append(got.Errors, errorLines(res.Err)...)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			wantPath := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(wantPath, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(b)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", wantPath, diff)
			}
		})
	}
}

// errorLines splits a joined error into its messages.
func errorLines(err error) []string {
	if err == nil {
		return nil
	}
	var joined interface{ Unwrap() []error }
	if errors.As(err, &joined) {
		var out []string
		for _, e := range joined.Unwrap() {
			out = append(out, e.Error())
		}
		return out
	}
	return strings.Split(err.Error(), "\n")
}
