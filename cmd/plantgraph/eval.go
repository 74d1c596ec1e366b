package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/eval"
	"github.com/plantgraph/plantgraph/pkg/ingest"
	"github.com/plantgraph/plantgraph/pkg/pipeline"
	"github.com/plantgraph/plantgraph/pkg/store"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval", "--gold DIR [flags]")
	gold := fs.String("gold", "", "gold corpus `dir`: article DIR/NAME.txt beside its gold DIR/NAME.json")
	showErrors := fs.Bool("errors", false, "list every miss and every spurious item")
	noGraph := fs.Bool("no-graph", false, "skip scoring the whole graph built from the corpus")
	xo := addExtractorFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		fs.Usage()
		return fmt.Errorf("%w: --gold DIR is required", errUsage)
	}
	golds, err := eval.LoadGold(*gold)
	if err != nil {
		return err
	}
	if len(golds) == 0 {
		return fmt.Errorf("no gold files (*.json) in %s", *gold)
	}
	x, err := xo.newExtractor()
	if err != nil {
		return err
	}
	texts, err := filepath.Glob(filepath.Join(*gold, "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(texts)
	var preds []eval.Record
	r := &ingest.Reader{}
	for _, p := range texts {
		err := r.ReadPath(ctx, p, nil, func(res ingest.Result) error {
			if res.Err != nil {
				fmt.Fprintf(e.stderr, "error: %v\n", res.Err)
			}
			for _, d := range res.Docs {
				f, err := x.Extract(ctx, d)
				if err != nil {
					return err
				}
				preds = append(preds, eval.RecordFromFacts(f))
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if !*noGraph {
		g, err := buildGraph(ctx, r, x, texts)
		if err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, "whole graph:")
		rep := eval.ScoreGraph(golds, g)
		if err := rep.Write(e.stdout); err != nil {
			return err
		}
		if *showErrors {
			if err := rep.WriteNodeErrors(e.stdout); err != nil {
				return err
			}
		}
		fmt.Fprintln(e.stdout)
	}
	return eval.Score(golds, preds).Write(e.stdout, *showErrors)
}

// buildGraph builds paths into a throw-away database and returns the
// resolved graph, as "build" would make it.
func buildGraph(ctx context.Context, r pipeline.Reader, x pipeline.Extractor, paths []string) (*graph.Graph, error) {
	dir, err := os.MkdirTemp("", "plantgraph-eval-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	st, err := store.Open(ctx, filepath.Join(dir, "eval.db"))
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if _, err := pipeline.Build(ctx, r, x, st, paths, pipeline.Options{}); err != nil {
		return nil, err
	}
	if err := st.Resolve(ctx, store.ResolverFunc(graph.Resolve)); err != nil {
		return nil, err
	}
	return st.Graph(ctx)
}
