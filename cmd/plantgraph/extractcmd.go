package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/plantgraph/plantgraph/pkg/eval"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "[flags] PATH...  (files, folders, or - for stdin)")
	xo := addExtractorFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no input: name files, folders or - for stdin", errUsage)
	}
	x, err := xo.newExtractor()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	r := &ingest.Reader{}
	for _, p := range fs.Args() {
		err := r.ReadPath(ctx, p, e.stdin, func(res ingest.Result) error {
			if res.Err != nil {
				failed++
				fmt.Fprintf(e.stderr, "error: %v\n", res.Err)
			}
			for _, d := range res.Docs {
				f, err := x.Extract(ctx, d)
				if err != nil {
					failed++
					fmt.Fprintf(e.stderr, "error: %s: %v\n", d.Key, err)
					continue
				}
				if err := enc.Encode(eval.RecordFromFacts(f)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d inputs failed", errFailedInputs, failed)
	}
	return nil
}
