package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "demo", "[--corpus DIR] [--out DIR]")
	corpus := fs.String("corpus", filepath.Join("testdata", "corpus"), "the sample corpus `dir` to build")
	out := fs.String("out", ".", "`dir` to write graph.dot and graph.json into")
	xo := addExtractorFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if _, err := os.Stat(*corpus); err != nil {
		return fmt.Errorf("sample corpus: %w (run demo from the repository root, or pass --corpus DIR)", err)
	}
	x, err := xo.newExtractor()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "plantgraph-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	st, err := store.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	// The corpus folder holds gold .json files beside the articles: build
	// the articles only.
	articles, err := filepath.Glob(filepath.Join(*corpus, "*.txt"))
	if err != nil {
		return err
	}
	if len(articles) == 0 {
		return fmt.Errorf("sample corpus: no .txt articles in %s", *corpus)
	}
	res, err := build(ctx, e, st, x, articles, buildOptions{})
	if err != nil {
		return err
	}
	res.print(e)
	g, err := st.Graph(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "\nWho produces what where:")
	if err := writeProduces(e.stdout, g.Produces(graph.ProducesFilter{}), "table"); err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	dot, js := filepath.Join(*out, "graph.dot"), filepath.Join(*out, "graph.json")
	if err := writeFile(dot, func(w io.Writer) error { return graph.WriteDOT(w, g) }); err != nil {
		return err
	}
	if err := writeFile(js, func(w io.Writer) error { return graph.WriteJSON(w, g) }); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nwrote %s and %s (render with: dot -Tsvg %s -o graph.svg)\n", dot, js, dot)
	return nil
}
