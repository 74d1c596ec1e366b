package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/pkg/ingest"
)

// TestWalk lists the files ReadPath reads, without reading them, with
// paths spelt as a folder walk spells them whatever the caller wrote.
func TestWalk(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "sub/b.md", "sub/c.png"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var r ingest.Reader
	walk := func(path string) []string {
		var got []string
		err := r.Walk(context.Background(), path, func(file string, err error) error {
			line, _ := filepath.Rel(dir, file)
			if file == "-" {
				line = file
			}
			if err != nil {
				line += " error"
			}
			got = append(got, line)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	sep := string(filepath.Separator)
	for _, tt := range []struct {
		path string
		want []string
	}{
		{dir, []string{"a.txt", "sub/b.md"}},
		{dir + sep + "sub" + sep + ".." + sep + "a.txt", []string{"a.txt"}},
		{dir + sep + "." + sep + "sub" + sep, []string{"sub/b.md"}},
		{dir + sep + "sub" + sep + "c.png", []string{"sub/c.png"}},
		{dir + sep + "missing.txt", []string{"missing.txt error"}},
		{"-", []string{"-"}},
	} {
		if diff := cmp.Diff(tt.want, walk(tt.path)); diff != "" {
			t.Errorf("Walk(%s) (-want +got):\n%s", tt.path, diff)
		}
	}
}
