package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// write takes the extracted documents back into input order and commits
// them in batches, freeing a document's slot once it is settled or
// batched. On an error of the store it stops the build and drains done.
func (b *builder) write(ctx context.Context, done <-chan job, slots <-chan struct{}) {
	var (
		pending = map[int]job{}
		next    int
		buf     []job
		failed  bool
	)
	for j := range done {
		if failed {
			continue // drain, so that the extractors end
		}
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if j.err != nil && ctx.Err() != nil && errors.Is(j.err, ctx.Err()) {
				continue // not a failure of the document: the build stops
			}
			if j.err != nil {
				b.fail(failure{seq: j.seq, doc: true, err: fmt.Errorf("%s: extract: %w", j.doc.Key, j.err)}, j.share)
				continue
			}
			buf = append(buf, j)
			if len(buf) < b.opt.BatchSize {
				continue
			}
			var err error
			if buf, err = b.flush(ctx, buf); err != nil {
				b.stop(err)
				failed = true
				break
			}
		}
	}
	if !failed {
		if _, err := b.flush(ctx, buf); err != nil {
			b.stop(err)
		}
	}
}

// flush stores the documents of buf in one transaction and returns buf
// emptied. When the store rejects some of them, it counts those as failed
// and stores the others; any other error of the store stops the build.
func (b *builder) flush(ctx context.Context, buf []job) ([]job, error) {
	for len(buf) > 0 {
		facts := make([]graph.Facts, len(buf))
		for i, j := range buf {
			facts[i] = j.facts
		}
		err := b.st.Put(ctx, facts...)
		if err == nil {
			break
		}
		rejected := factsErrors(err)
		keep := buf[:0]
		for _, j := range buf {
			fe, bad := rejected[j.doc.Key]
			if !bad {
				keep = append(keep, j)
				continue
			}
			b.fail(failure{seq: j.seq, doc: true, err: fmt.Errorf("%s: store: %w", j.doc.Key, fe.Err)}, j.share)
		}
		if len(keep) == len(buf) {
			return buf, fmt.Errorf("store: %w", err)
		}
		buf = keep
	}
	b.note(func(s *Summary) {
		for _, j := range buf {
			if j.existed {
				s.Changed++
			} else {
				s.New++
			}
			s.Bytes += int64(len(j.doc.Text))
			s.InputBytes += j.share
		}
	})
	return buf[:0], nil
}

// factsErrors returns the *store.FactsError values err holds, joined or
// wrapped, by document key.
func factsErrors(err error) map[string]*store.FactsError {
	out := map[string]*store.FactsError{}
	var walk func(error)
	walk = func(err error) {
		if fe, ok := err.(*store.FactsError); ok {
			out[fe.Doc] = fe
			return
		}
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e)
			}
		case interface{ Unwrap() error }:
			if e := u.Unwrap(); e != nil {
				walk(e)
			}
		}
	}
	walk(err)
	return out
}
