// Package pipeline wires reading, extraction and storage into a build:
// inputs stream through a bounded pool of extraction workers to a single
// writer that commits in batched transactions, in input order, so a build
// with many workers stores exactly what a build with one stores.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

// Extractor turns one document into facts.
type Extractor interface {
	Extract(ctx context.Context, doc graph.Document) (graph.Facts, error)
}

// Store is what a build needs of storage.
type Store interface {
	DocumentHash(ctx context.Context, key string) (string, bool, error)
	Put(ctx context.Context, facts ...graph.Facts) error
}

// Reader reads inputs into documents.
type Reader interface {
	ReadPath(ctx context.Context, path string, stdin io.Reader, fn func(ingest.Result) error) error
}

// Options configure a build. The zero value of each field has the default
// its comment names.
type Options struct {
	// Workers is the number of extraction workers; 0 means one per CPU.
	Workers int
	// BatchSize is the number of documents committed per transaction;
	// 0 means 64.
	BatchSize int
	// Force re-extracts documents whose content has not changed.
	Force bool
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Progress, when set, is called after every document is settled.
	Progress func(Summary)
}

// Summary counts what a build did.
type Summary struct {
	Files     int // input files read, including failed ones
	New       int // documents stored for the first time
	Changed   int // documents whose facts were replaced
	Unchanged int // documents skipped because their content is as stored
	Failed    int // files or documents that could not be read or extracted
	Bytes     int64
	// Errors lists every failure, each naming its file.
	Errors []error
}

// Stored reports how many documents were written.
func (s Summary) Stored() int { return s.New + s.Changed }

// Err joins the failures, nil when there were none.
func (s Summary) Err() error { return errors.Join(s.Errors...) }

// job is one document on its way through the pipeline.
type job struct {
	seq     int
	doc     graph.Document
	existed bool
	facts   graph.Facts
	err     error
}

// Build reads paths, extracts every new or changed document and stores
// its facts. It returns the summary and an error only for failures that
// stop the whole build (storage errors, cancellation); bad input files
// are counted in the summary and the build goes on.
func Build(ctx context.Context, r Reader, x Extractor, st Store, paths []string, opt Options) (Summary, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opt.BatchSize
	if batch <= 0 {
		batch = 64
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		sum   Summary
		mu    sync.Mutex // guards sum between the reader and the writer
		jobs  = make(chan job, workers*2)
		done  = make(chan job, workers*2)
		rdErr error
	)
	note := func(f func(*Summary)) {
		mu.Lock()
		f(&sum)
		s := sum
		mu.Unlock()
		if opt.Progress != nil {
			opt.Progress(s)
		}
	}
	// Reader: walk the inputs, skip unchanged documents, number the rest.
	go func() {
		defer close(jobs)
		seq := 0
		for _, p := range paths {
			err := r.ReadPath(ctx, p, opt.Stdin, func(res ingest.Result) error {
				note(func(s *Summary) {
					s.Files++
					if res.Err != nil {
						s.Failed++
						s.Errors = append(s.Errors, res.Err)
					}
				})
				for _, d := range res.Docs {
					hash, found, err := st.DocumentHash(ctx, d.Key)
					if err != nil {
						return err
					}
					if found && hash == d.Hash && !opt.Force {
						note(func(s *Summary) { s.Unchanged++ })
						continue
					}
					select {
					case jobs <- job{seq: seq, doc: d, existed: found}:
						seq++
					case <-ctx.Done():
						return ctx.Err()
					}
				}
				return nil
			})
			if err != nil {
				rdErr = fmt.Errorf("read %s: %w", p, err)
				cancel()
				return
			}
		}
	}()
	// Workers: extract.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.facts, j.err = x.Extract(ctx, j.doc)
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// Writer: commit in input order, in batches.
	pending := map[int]job{}
	next := 0
	var buf []job
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		facts := make([]graph.Facts, 0, len(buf))
		for _, j := range buf {
			facts = append(facts, j.facts)
		}
		if err := st.Put(ctx, facts...); err != nil {
			return fmt.Errorf("store: %w", err)
		}
		note(func(s *Summary) {
			for _, j := range buf {
				if j.existed {
					s.Changed++
				} else {
					s.New++
				}
				s.Bytes += int64(len(j.doc.Text))
			}
		})
		buf = buf[:0]
		return nil
	}
	var wErr error
	for j := range done {
		if wErr != nil {
			continue // drain
		}
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if j.err != nil {
				err := fmt.Errorf("%s: extract: %w", j.doc.Key, j.err)
				note(func(s *Summary) { s.Failed++; s.Errors = append(s.Errors, err) })
				continue
			}
			buf = append(buf, j)
			if len(buf) >= batch {
				if err := flush(); err != nil {
					wErr = err
					cancel()
					break
				}
			}
		}
	}
	if wErr == nil {
		wErr = flush()
	}
	if wErr != nil {
		return sum, wErr
	}
	if rdErr != nil {
		return sum, rdErr
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	return sum, nil
}
