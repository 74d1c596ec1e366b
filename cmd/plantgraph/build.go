package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
	"github.com/plantgraph/plantgraph/pkg/pipeline"
	"github.com/plantgraph/plantgraph/pkg/store"
)

func runBuild(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "build", "[flags] PATH...  (files, folders, or - for stdin)")
	db := dbFlag(e, fs)
	force := fs.Bool("force", false, "re-extract every document, changed or not")
	prune := fs.Bool("prune", false, "drop stored documents whose files are gone")
	workers := fs.Int("workers", 0, "extraction workers (0: one per CPU)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
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
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := build(ctx, e, st, x, fs.Args(), buildOptions{force: *force, prune: *prune, workers: *workers, quiet: *quiet || *asJSON})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", " ")
		if err := enc.Encode(res.jsonSummary()); err != nil {
			return err
		}
	} else if !*quiet {
		res.print(e)
	}
	if res.sum.Failed > 0 {
		return fmt.Errorf("%w: %d of %d files or documents failed", errFailedInputs, res.sum.Failed, res.sum.Files)
	}
	return nil
}

type buildOptions struct {
	force, prune, quiet bool
	workers             int
}

// buildResult is what a build did and what the database holds after it.
type buildResult struct {
	sum     pipeline.Summary
	pruned  int
	counts  store.Counts
	elapsed time.Duration
}

// build runs the pipeline over paths, prunes if asked, and re-resolves the
// graph when anything changed.
func build(ctx context.Context, e *env, st *store.Store, x pipeline.Extractor, paths []string, o buildOptions) (buildResult, error) {
	start := time.Now()
	var res buildResult
	bar := newProgress(e.stderr, o.quiet)
	sum, err := pipeline.Build(ctx, &ingest.Reader{}, x, st, paths, pipeline.Options{
		Workers:  o.workers,
		Force:    o.force,
		Stdin:    e.stdin,
		Progress: bar.update,
	})
	bar.done()
	res.sum = sum
	if err != nil {
		return res, err
	}
	for _, fe := range sum.Errors {
		fmt.Fprintf(e.stderr, "error: %v\n", fe)
	}
	if o.prune {
		n, err := pruneMissing(ctx, st)
		if err != nil {
			return res, err
		}
		res.pruned = n
	}
	if sum.Stored() > 0 || res.pruned > 0 || o.force {
		if err := st.Resolve(ctx, store.ResolverFunc(graph.Resolve)); err != nil {
			return res, err
		}
	}
	res.counts, err = st.Counts(ctx)
	res.elapsed = time.Since(start)
	return res, err
}

// pruneMissing deletes stored documents whose source file no longer exists.
func pruneMissing(ctx context.Context, st *store.Store) (int, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return 0, err
	}
	var gone []string
	for _, d := range docs {
		if d.Path == "" || d.Path == "-" {
			continue
		}
		if _, err := os.Stat(d.Path); os.IsNotExist(err) {
			gone = append(gone, d.Key)
		}
	}
	if len(gone) == 0 {
		return 0, nil
	}
	return len(gone), st.DeleteDocuments(ctx, gone...)
}

func (r buildResult) print(e *env) {
	s := r.sum
	fmt.Fprintf(e.stdout, "documents: %d new, %d changed, %d unchanged, %d failed", s.New, s.Changed, s.Unchanged, s.Failed)
	if r.pruned > 0 {
		fmt.Fprintf(e.stdout, ", %d pruned", r.pruned)
	}
	fmt.Fprintf(e.stdout, " (%d files, %.1fs)\n", s.Files, r.elapsed.Seconds())
	fmt.Fprintf(e.stdout, "database: %d documents, %d entities, %d relations, %d mentions, %d evidence sentences\n",
		r.counts.Documents, r.counts.Entities, r.counts.Relations, r.counts.Mentions, r.counts.Evidence)
}

func (r buildResult) jsonSummary() any {
	errs := []string{}
	for _, err := range r.sum.Errors {
		errs = append(errs, err.Error())
	}
	return map[string]any{
		"files": r.sum.Files, "new": r.sum.New, "changed": r.sum.Changed, "unchanged": r.sum.Unchanged,
		"failed": r.sum.Failed, "pruned": r.pruned, "errors": errs, "seconds": r.elapsed.Seconds(),
		"database": map[string]int{
			"documents": r.counts.Documents, "entities": r.counts.Entities, "relations": r.counts.Relations,
			"mentions": r.counts.Mentions, "evidence": r.counts.Evidence,
		},
	}
}
