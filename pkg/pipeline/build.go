package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

// Build reads paths, extracts every new or changed document and stores
// its facts, and drops the stored documents that a file read without error
// no longer holds. It returns the summary, and an error only for failures
// that stop the whole build (storage errors, cancellation); bad input files
// and documents the extractor or the store rejects are counted in the
// summary and the build goes on.
//
// Build does not resolve the graph; after it, the store's graph tables may
// be stale.
func Build(ctx context.Context, r Reader, x Extractor, st Store, paths []string, opt Options) (Summary, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 64
	}
	if opt.Window <= 0 {
		opt.Window = max(4*opt.Workers, 16)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	b := &builder{opt: opt, r: r, x: x, st: st, cancel: cancel}

	fileSlots := make(chan struct{}, 2*opt.Workers) // a token per file in flight
	tasks := make(chan task)
	files := make(chan file, opt.Workers)
	docSlots := make(chan struct{}, opt.Window) // a token per document in flight
	jobs := make(chan job, opt.Workers)
	done := make(chan job, opt.Workers)

	go b.walk(ctx, paths, fileSlots, tasks)
	var readers sync.WaitGroup
	for range opt.Workers {
		readers.Add(1)
		go func() { defer readers.Done(); b.read(ctx, tasks, files) }()
	}
	go func() { readers.Wait(); close(files) }()
	go b.sequence(ctx, files, fileSlots, docSlots, jobs)
	var extractors sync.WaitGroup
	for range opt.Workers {
		extractors.Add(1)
		go func() { defer extractors.Done(); b.extract(ctx, jobs, done) }()
	}
	go func() { extractors.Wait(); close(done) }()
	b.write(ctx, done, docSlots)

	// Every goroutine has ended: done is closed only after the
	// extractors, which end after the sequencer closes jobs, which it
	// does once the readers are through, which end after the walker.
	if b.fatal == nil {
		b.fatal = ctx.Err()
	}
	if b.fatal == nil && len(b.stale) > 0 {
		if err := st.DeleteDocuments(ctx, b.stale...); err != nil {
			b.fatal = fmt.Errorf("store: %w", err)
		} else {
			b.note(func(s *Summary) { s.Removed += len(b.stale) })
		}
	}
	return b.summary(), b.fatal
}

// builder is the state of one build shared by its stages.
type builder struct {
	opt    Options
	r      Reader
	x      Extractor
	st     Store
	cancel context.CancelFunc

	mu    sync.Mutex // guards the fields below
	sum   Summary
	order []failure // the failures of sum.Errors with their places
	fatal error     // the first error that stops the build
	stale []string  // stored documents that their files no longer hold
}

// task is a file to read, numbered in input order.
type task struct {
	n    int
	path string
	err  error // the walk could not reach the file
}

// file is a file read, with what the store says of its documents.
type file struct {
	n     int
	res   ingest.Result
	found []bool   // per document: stored before
	same  []bool   // per document: stored with the same hash
	stale []string // stored documents of the file that it no longer holds
	err   error    // the store failed
}

// job is one document on its way through extraction and storage.
type job struct {
	seq     int
	doc     graph.Document
	existed bool
	share   int64 // the document's share of its file's size
	facts   graph.Facts
	err     error
}

// failure is one entry of Summary.Errors with its place in the input.
type failure struct {
	seq int  // the number of the document, or of the first after a file
	doc bool // about the document seq rather than a file before it
	err error
}

func (f failure) less(g failure) bool {
	if f.seq != g.seq {
		return f.seq < g.seq
	}
	return !f.doc && g.doc
}

// note updates the summary and reports progress.
func (b *builder) note(f func(*Summary)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f(&b.sum)
	if b.opt.Progress != nil {
		b.opt.Progress(b.sum)
	}
}

// fail counts a failure and the input it settles.
func (b *builder) fail(f failure, share int64) {
	b.note(func(s *Summary) {
		s.Failed++
		s.Errors = append(s.Errors, f.err)
		s.InputBytes += share
		b.order = append(b.order, f)
	})
}

// stop records the first error that stops the build, and stops it.
func (b *builder) stop(err error) {
	b.mu.Lock()
	if b.fatal == nil {
		b.fatal = err
	}
	b.mu.Unlock()
	b.cancel()
}

// summary returns the summary with the errors in input order.
func (b *builder) summary() Summary {
	b.mu.Lock()
	defer b.mu.Unlock()
	sort.SliceStable(b.order, func(i, j int) bool { return b.order[i].less(b.order[j]) })
	s := b.sum
	s.Errors = make([]error, len(b.order))
	for i, f := range b.order {
		s.Errors[i] = f.err
	}
	return s
}

// walk numbers the files of paths and hands them to the readers, holding
// a slot for each until the sequencer takes it.
func (b *builder) walk(ctx context.Context, paths []string, slots chan<- struct{}, tasks chan<- task) {
	defer close(tasks)
	n := 0
	// A file named twice, or inside a folder also named, is read once.
	// Only then is there a set of the files seen to keep.
	var seen map[string]bool
	if overlap(paths) {
		seen = map[string]bool{}
	}
	for _, p := range paths {
		err := b.r.Walk(ctx, p, func(path string, err error) error {
			if seen != nil {
				if seen[path] {
					return nil
				}
				seen[path] = true
			}
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case tasks <- task{n: n, path: path, err: err}:
				n++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil {
			b.stop(fmt.Errorf("read %s: %w", p, err))
			return
		}
	}
}

// overlap reports whether a path is named twice or lies inside another.
// Paths are compared as given, after filepath.Clean, which is what the
// document keys hold.
func overlap(paths []string) bool {
	clean := make([]string, len(paths))
	for i, p := range paths {
		clean[i] = filepath.Clean(p)
	}
	for i, p := range clean {
		for j, q := range clean {
			if i == j {
				continue
			}
			if p == q || strings.HasPrefix(p, q+string(filepath.Separator)) || q == "." && !filepath.IsAbs(p) {
				return true
			}
		}
	}
	return false
}

// read reads files and looks their documents up in the store.
func (b *builder) read(ctx context.Context, tasks <-chan task, files chan<- file) {
	for t := range tasks {
		f := file{n: t.n, res: ingest.Result{Path: t.path, Err: t.err}}
		if t.err == nil && ctx.Err() == nil {
			f.res = b.r.ReadFile(t.path, b.opt.Stdin)
			f.err = b.lookup(ctx, &f)
		}
		files <- f // the sequencer takes every file, even once stopped
	}
}

// lookup finds which documents of f are stored and unchanged, and which
// stored documents of f's file it no longer holds.
func (b *builder) lookup(ctx context.Context, f *file) error {
	docs := f.res.Docs
	f.found = make([]bool, len(docs))
	f.same = make([]bool, len(docs))
	for i, d := range docs {
		hash, found, err := b.st.DocumentHash(ctx, d.Key)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		f.found[i], f.same[i] = found, found && hash == d.Hash
	}
	if f.res.Err != nil || len(docs) == 0 {
		return nil // a file read in part may lack documents it still has
	}
	stored, err := b.st.DocumentKeysOf(ctx, docs[0].Path)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	have := make(map[string]bool, len(docs))
	for _, d := range docs {
		have[d.Key] = true
	}
	for _, k := range stored {
		if !have[k] {
			f.stale = append(f.stale, k)
		}
	}
	return nil
}

// sequence puts the files read back in input order, counts them, skips
// their unchanged documents and numbers the others for extraction,
// holding a slot for each until the writer takes it.
func (b *builder) sequence(ctx context.Context, files <-chan file, fileSlots <-chan struct{}, docSlots chan<- struct{}, jobs chan<- job) {
	defer close(jobs)
	pending := map[int]file{}
	next, seq := 0, 0
	for f := range files {
		if ctx.Err() != nil {
			continue // drain, so that the readers end
		}
		pending[f.n] = f
		for ctx.Err() == nil {
			f, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-fileSlots
			if f.err != nil {
				b.stop(fmt.Errorf("%s: %w", f.res.Path, f.err))
				break
			}
			seq = b.queue(ctx, f, seq, docSlots, jobs)
		}
	}
}

// queue counts one file and hands its new and changed documents, numbered
// from seq, to the extractors. It returns the next number.
func (b *builder) queue(ctx context.Context, f file, seq int, slots chan<- struct{}, jobs chan<- job) int {
	res := f.res
	var whole int64 // the size of a file without documents
	if len(res.Docs) == 0 {
		whole = res.Size
	}
	b.note(func(s *Summary) { s.Files++; s.InputBytes += whole })
	if res.Err != nil {
		b.fail(failure{seq: seq, err: res.Err}, 0)
	}
	b.mu.Lock()
	b.stale = append(b.stale, f.stale...)
	b.mu.Unlock()
	for i, d := range res.Docs {
		share := res.Size / int64(len(res.Docs))
		if i == len(res.Docs)-1 {
			share = res.Size - share*int64(len(res.Docs)-1)
		}
		if f.same[i] && !b.opt.Force {
			b.note(func(s *Summary) { s.Unchanged++; s.InputBytes += share })
			continue
		}
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return seq
		}
		select {
		case jobs <- job{seq: seq, doc: d, existed: f.found[i], share: share}:
			seq++
		case <-ctx.Done():
			return seq
		}
	}
	return seq
}

// extract extracts the facts of each job.
func (b *builder) extract(ctx context.Context, jobs <-chan job, done chan<- job) {
	for j := range jobs {
		j.facts, j.err = b.x.Extract(ctx, j.doc)
		done <- j
	}
}
