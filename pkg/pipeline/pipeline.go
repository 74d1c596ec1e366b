// Package pipeline wires reading, extraction and storage into a build.
//
// A build streams its inputs through five stages: one goroutine walks the
// paths; a pool of workers reads and cleans the files and looks their
// documents up in the store; one goroutine puts the files back in input
// order and queues the new and changed documents; a pool of workers
// extracts their facts; and a single writer commits them, in input order,
// in batched transactions. So a build with many workers stores exactly
// what a build with one stores.
//
// A build holds a bounded number of files and documents between the
// stages, whatever the size of the corpus, and commits each batch in its
// own transaction: a build that is killed keeps every batch committed
// before, and the next build skips those documents as unchanged.
package pipeline

import (
	"context"
	"errors"
	"io"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// Extractor turns one document into facts.
type Extractor interface {
	Extract(ctx context.Context, doc graph.Document) (graph.Facts, error)
}

// Store is what a build needs of storage. *store.Store is one.
type Store interface {
	// DocumentHash returns the stored hash of the document with key.
	DocumentHash(ctx context.Context, key string) (hash string, found bool, err error)
	// DocumentKeysOf returns the keys of the stored documents of a file.
	DocumentKeysOf(ctx context.Context, path string) ([]string, error)
	// Put stores the facts of documents in one transaction. It fails
	// with a *store.FactsError for each document it rejects, storing
	// nothing.
	Put(ctx context.Context, facts ...graph.Facts) error
	// DeleteDocuments removes documents with their facts.
	DeleteDocuments(ctx context.Context, keys ...string) error
}

var _ Store = (*store.Store)(nil)

// Reader reads inputs into documents. *ingest.Reader is one.
type Reader interface {
	// Walk calls fn with each file to read from path, in order, or with
	// the *ingest.FileError that keeps one from being read.
	Walk(ctx context.Context, path string, fn func(file string, err error) error) error
	// ReadFile reads one file; "-" is stdin. It is called from several
	// goroutines at once.
	ReadFile(path string, stdin io.Reader) ingest.Result
}

var _ Reader = (*ingest.Reader)(nil)

// Options configure a build. The zero value of each field has the default
// its comment names.
type Options struct {
	// Workers is the number of workers of each pool, the readers and
	// the extractors; 0 means one per CPU (GOMAXPROCS).
	Workers int
	// BatchSize is the number of documents committed per transaction;
	// 0 means 64.
	BatchSize int
	// Window is the most documents held between reading and storing:
	// read and waiting for a worker, being extracted, or extracted and
	// waiting for an earlier document to be stored. 0 means four per
	// worker, and at least 16. Besides the window, the writer holds up to
	// BatchSize documents it is about to commit, and the documents of up
	// to two files per worker, and one more, are read ahead (the Reader's
	// size limit bounds each file).
	Window int
	// Force re-extracts documents whose content has not changed.
	Force bool
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Progress, when set, is called with the summary so far each time a
	// file is read and each time a document is settled (stored, skipped
	// or failed). It is called from several goroutines, one call at a
	// time.
	Progress func(Summary)
}

// Summary counts what a build did.
type Summary struct {
	Files     int // input files read, including failed ones
	New       int // documents stored for the first time
	Changed   int // documents whose facts were replaced
	Unchanged int // documents skipped because their content is as stored
	Failed    int // files, records or documents that could not be read, extracted or stored
	// Removed counts stored documents dropped because a file read without
	// error no longer holds them (a listing page that lost a teaser, a
	// JSONL file that lost lines).
	Removed int
	// Bytes is the length of the text of the documents stored.
	Bytes int64
	// InputBytes is the size on disk of the input settled so far: each
	// file's size, spread evenly over its documents. Set against a
	// survey of the inputs (ingest.Reader.Survey) it tells how far the
	// build has come.
	InputBytes int64
	// Errors lists every failure, each naming its file, in input order.
	Errors []error
}

// Stored reports how many documents were written.
func (s Summary) Stored() int { return s.New + s.Changed }

// Err joins the failures, nil when there were none.
func (s Summary) Err() error { return errors.Join(s.Errors...) }
