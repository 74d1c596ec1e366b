package main

import (
	"context"
	"encoding/json"
	"errors"
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
	workers := fs.Int("workers", 0, "files read and documents extracted in parallel (0: one per CPU)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	aliases := aliasesFlag(e, fs)
	xo := addExtractorFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no input: name files, folders or - for stdin", errUsage)
	}
	rv, err := newResolver(*aliases)
	if err != nil {
		return err
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
	res, err := build(ctx, e, st, x, fs.Args(), buildOptions{force: *force, prune: *prune, workers: *workers, quiet: *quiet || *asJSON, resolver: rv})
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
	// resolver merges entities across documents; nil means the default
	// rules with no aliases file. With a file, every build resolves, since
	// the file may have changed.
	resolver *graph.Resolver
}

// buildResult is what a build did and what the database holds after it.
type buildResult struct {
	sum      pipeline.Summary
	pruned   int
	resolved bool // the graph was rebuilt
	counts   store.Counts
	elapsed  time.Duration
}

// build runs the pipeline over paths, prunes if asked, and re-resolves the
// graph when it is stale.
//
// Every batch of documents is committed as it is extracted, and the store
// marks the graph stale in the same transaction; Resolve clears the mark.
// So a build that is stopped half-way (killed, interrupted, or failed on a
// storage error) leaves a consistent database whose graph may lag behind
// its facts, and the next build resolves it even when every document it
// reads is unchanged. --force always resolves.
func build(ctx context.Context, e *env, st *store.Store, x pipeline.Extractor, paths []string, o buildOptions) (buildResult, error) {
	start := time.Now()
	var res buildResult
	rd := &ingest.Reader{}
	bar := newProgress(e.stderr, o.quiet, e.getenv)
	if bar.on {
		// A first pass over the inputs, by name and size only, gives the
		// bar its total; the build does not wait for it.
		sctx, stop := context.WithCancel(ctx)
		defer stop()
		go func() {
			var total ingest.Totals
			for _, p := range paths {
				t, err := rd.Survey(sctx, p)
				if err != nil {
					return
				}
				total.Files += t.Files
				total.Bytes += t.Bytes
			}
			bar.setTotal(total)
		}()
	}
	sum, err := pipeline.Build(ctx, rd, x, st, paths, pipeline.Options{
		Workers:  o.workers,
		Force:    o.force,
		Stdin:    e.stdin,
		Progress: bar.update,
	})
	bar.done()
	defer bar.done()
	res.sum = sum
	for _, fe := range sum.Errors {
		fmt.Fprintf(e.stderr, "error: %v\n", fe)
	}
	if errors.Is(err, context.Canceled) {
		return res, fmt.Errorf("interrupted after storing %d documents: run build again to finish", sum.Stored())
	}
	if err != nil {
		return res, err
	}
	if o.prune {
		n, err := pruneMissing(ctx, st)
		if err != nil {
			return res, err
		}
		res.pruned = n
	}
	stale, err := st.GraphStale(ctx)
	if err != nil {
		return res, err
	}
	if stale || o.force || o.resolver != nil {
		bar.status("resolving the graph...")
		if err := st.Resolve(ctx, o.resolver); err != nil {
			return res, err
		}
		res.resolved = true
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
	if s.Removed > 0 {
		fmt.Fprintf(e.stdout, ", %d removed", s.Removed)
	}
	if r.pruned > 0 {
		fmt.Fprintf(e.stdout, ", %d pruned", r.pruned)
	}
	fmt.Fprintf(e.stdout, " (%d files, %.2fs)\n", s.Files, r.elapsed.Seconds())
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
		"failed": r.sum.Failed, "removed": r.sum.Removed, "pruned": r.pruned, "resolved": r.resolved,
		"errors": errs, "seconds": r.elapsed.Seconds(),
		"database": map[string]int{
			"documents": r.counts.Documents, "entities": r.counts.Entities, "relations": r.counts.Relations,
			"mentions": r.counts.Mentions, "evidence": r.counts.Evidence,
		},
	}
}
