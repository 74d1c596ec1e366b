package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/plantgraph/plantgraph/pkg/store/storetest"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
	"github.com/plantgraph/plantgraph/pkg/pipeline"
	"github.com/plantgraph/plantgraph/pkg/pipeline/pipelinetest"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// writeFiles writes files (name → content) under dir.
func writeFiles(tb testing.TB, dir string, files map[string][]byte) {
	tb.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func gzipped(tb testing.TB, s string) []byte {
	tb.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// mixedCorpus writes n generated articles and one file of each other
// format and of each kind of bad input into dir.
func mixedCorpus(tb testing.TB, dir string, n int) {
	tb.Helper()
	if _, err := pipelinetest.WriteCorpus(filepath.Join(dir, "articles"), n, 1); err != nil {
		tb.Fatal(err)
	}
	a := func(i int) string { return pipelinetest.Article(2, i) }
	jsonl := ""
	for i := range 5 {
		jsonl += fmt.Sprintf("{\"title\": \"Story %d\", \"text\": %q}\n", i, a(i))
		if i == 2 {
			jsonl += "{\"text\": broken\n"
		}
	}
	writeFiles(tb, dir, map[string][]byte{
		"formats/a.md":        []byte("# Acme news\n\n" + a(10)),
		"formats/b.html":      []byte("<html><body><nav>Home</nav><article><p>" + strings.ReplaceAll(a(11), "\n\n", "</p><p>") + "</p></article></body></html>"),
		"formats/c.jsonl":     []byte(jsonl),
		"formats/d.json":      []byte(fmt.Sprintf("[{\"text\": %q}, {\"body\": %q}]", a(12), a(13))),
		"formats/e.txt.gz":    gzipped(tb, a(14)),
		"formats/f.rss":       []byte(fmt.Sprintf("<rss version=\"2.0\"><channel><title>Wire</title><item><title>One</title><description>%s</description></item><item><title>Two</title><description>%s</description></item></channel></rss>", a(15), a(16))),
		"bad/binary.txt":      []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"bad/latin1.txt":      []byte("M\xfcnchen plant opens\n"),
		"bad/empty.txt":       nil,
		"bad/cut.txt.gz":      gzipped(tb, strings.Repeat(a(17), 5))[:60],
		"bad/not-a-feed.xml":  []byte(`<?xml version="1.0"?><catalog/>`),
		"bad/no-text.json":    []byte(`{"title": "nothing else"}`),
		"more/z-last.md":      []byte(a(18)),
		"more/y-listing.txt":  []byte("Plant News\n\nAcme opens Testville plant\n\n2024-02-14T17:31:00+00:00By Jane Doe\n\n" + a(19) + "\nBolt builds motors in Sparkton\n\n2024-02-07T22:19:00+00:00By John Roe\n\n" + a(20)),
		"more/x-dup-text.txt": []byte(a(10)),
	})
}

// TestBuildWorkersIdentical builds the same corpus with one, two and four
// workers and small batches, with the real extractor and store, and
// compares every table of the databases and the summaries.
func TestBuildWorkersIdentical(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a corpus three times")
	}
	dir := t.TempDir()
	mixedCorpus(t, dir, 300)
	x := realExtractor(t)
	var (
		first    []string
		firstSum pipeline.Summary
	)
	for _, workers := range []int{1, 2, 4} {
		st, path := mustOpenStore(t)
		sum, err := pipeline.Build(context.Background(), &ingest.Reader{}, x, st, []string{dir}, pipeline.Options{Workers: workers, BatchSize: 7})
		if err != nil {
			t.Fatalf("%d workers: %v", workers, err)
		}
		mustResolve(t, st)
		got := dumpDB(t, path)
		if workers == 1 {
			first, firstSum = got, sum
			if sum.New < 300 || sum.Failed != 7 {
				t.Errorf("1 worker: %d new, %d failed; want at least 300 new and 7 failed (6 bad files, 1 bad line)\n%v", sum.New, sum.Failed, sum.Err())
			}
			continue
		}
		if diff := cmp.Diff(first, got); diff != "" {
			t.Errorf("database with %d workers differs from one with 1 (-1 worker +%d workers):\n%s", workers, workers, diff)
		}
		if diff := cmp.Diff(summaryText(firstSum), summaryText(sum)); diff != "" {
			t.Errorf("summary with %d workers (-1 worker +%d workers):\n%s", workers, workers, diff)
		}
	}
}

// summaryText is a Summary with its errors as strings, for comparing.
func summaryText(s pipeline.Summary) []string {
	out := []string{fmt.Sprintf("files %d new %d changed %d unchanged %d failed %d removed %d bytes %d input %d",
		s.Files, s.New, s.Changed, s.Unchanged, s.Failed, s.Removed, s.Bytes, s.InputBytes)}
	for _, err := range s.Errors {
		out = append(out, err.Error())
	}
	return out
}

// build runs a build of paths into st with the real extractor and
// resolves when the graph is stale, as the build command does.
func build(t *testing.T, st *store.Store, opt pipeline.Options, paths ...string) pipeline.Summary {
	t.Helper()
	sum, err := pipeline.Build(context.Background(), &ingest.Reader{}, realExtractor(t), st, paths, opt)
	if err != nil {
		t.Fatal(err)
	}
	if stale, err := st.GraphStale(context.Background()); err != nil {
		t.Fatal(err)
	} else if stale {
		mustResolve(t, st)
	}
	return sum
}

// counts is what a test checks of a Summary.
type counts struct{ Files, New, Changed, Unchanged, Failed, Removed int }

func countsOf(s pipeline.Summary) counts {
	return counts{s.Files, s.New, s.Changed, s.Unchanged, s.Failed, s.Removed}
}

// TestBuildIncremental follows a corpus through edits: unchanged files are
// skipped, a changed one replaces its facts, a file that lost records drops
// them, --force re-extracts, and a file gone bad keeps what was stored.
func TestBuildIncremental(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := func(i int) string { return pipelinetest.Article(3, i) }
	line := func(i int) string { return fmt.Sprintf("{\"text\": %q}\n", a(i)) }
	writeFiles(t, dir, map[string][]byte{
		"one.txt":     []byte(a(1)),
		"two.txt":     []byte(a(2)),
		"lines.jsonl": []byte(line(3) + line(4) + line(5)),
	})
	st, dbPath := mustOpenStore(t)
	opt := pipeline.Options{Workers: 2}

	if got := countsOf(build(t, st, opt, dir)); got != (counts{Files: 3, New: 5}) {
		t.Fatalf("first build: %+v", got)
	}
	before := dumpDB(t, dbPath)

	if got := countsOf(build(t, st, opt, dir)); got != (counts{Files: 3, Unchanged: 5}) {
		t.Errorf("unchanged build: %+v", got)
	}
	if diff := cmp.Diff(before, dumpDB(t, dbPath)); diff != "" {
		t.Errorf("an unchanged build changed the database (-before +after):\n%s", diff)
	}

	// A changed document replaces its facts, and only its own.
	one := filepath.Join(dir, "one.txt")
	oldHash, _, _ := st.DocumentHash(ctx, one)
	writeFiles(t, dir, map[string][]byte{"one.txt": []byte(a(1) + "\nZenith Cells builds batteries in Szeged, Hungary.\n")})
	if got := countsOf(build(t, st, opt, dir)); got != (counts{Files: 3, Changed: 1, Unchanged: 4}) {
		t.Errorf("after changing one.txt: %+v", got)
	}
	if newHash, _, _ := st.DocumentHash(ctx, one); newHash == oldHash {
		t.Error("the hash of the changed document was not updated")
	}
	mentions := rowsOf(t, dbPath, `SELECT m.surface FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.key = ?`, one)
	if !slices.Contains(mentions, "Szeged") {
		t.Errorf("the changed document's mentions lack the new place: %q", mentions)
	}
	if n := rowsOf(t, dbPath, `SELECT COUNT(*) FROM mentions WHERE entity_id IS NULL`); n[0] != "0" {
		t.Errorf("%s mentions left unresolved", n[0])
	}

	// A file that lost a record drops its document; the records after it
	// move up a number and count as changed.
	writeFiles(t, dir, map[string][]byte{"lines.jsonl": []byte(line(3) + line(5))})
	if got := countsOf(build(t, st, opt, dir)); got != (counts{Files: 3, Changed: 1, Unchanged: 3, Removed: 1}) {
		t.Errorf("after removing a line: %+v", got)
	}
	keys, err := st.DocumentKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lines := filepath.Join(dir, "lines.jsonl")
	want := []string{lines + "#1", lines + "#2", one, filepath.Join(dir, "two.txt")}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("stored documents (-want +got):\n%s", diff)
	}

	// --force re-extracts everything.
	if got := countsOf(build(t, st, pipeline.Options{Workers: 2, Force: true}, dir)); got != (counts{Files: 3, Changed: 4}) {
		t.Errorf("forced build: %+v", got)
	}

	// A file gone bad fails, and what was stored of it stays.
	before = dumpDB(t, dbPath)
	writeFiles(t, dir, map[string][]byte{"two.txt": []byte("\x00\x01binary now")})
	sum := build(t, st, opt, dir)
	if got := countsOf(sum); got != (counts{Files: 3, Unchanged: 3, Failed: 1}) {
		t.Errorf("after breaking two.txt: %+v", got)
	}
	if err := sum.Err(); err == nil || !strings.Contains(err.Error(), "two.txt: binary file") {
		t.Errorf("error %v does not name two.txt and the reason", err)
	}
	if diff := cmp.Diff(before, dumpDB(t, dbPath)); diff != "" {
		t.Errorf("a failed file changed the database (-before +after):\n%s", diff)
	}
}

// rowsOf runs a query on the database file and returns the first column
// of each row.
func rowsOf(t *testing.T, path, q string, args ...any) []string {
	t.Helper()
	var out []string
	for _, r := range queryDB(t, path, q, args...) {
		out = append(out, r[0])
	}
	return out
}

// TestBuildBadInput reads a folder of good files and every kind of bad
// one: the build goes on, stores the good documents and reports each bad
// file with its reason, in input order.
func TestBuildBadInput(t *testing.T) {
	dir := t.TempDir()
	a := func(i int) string { return pipelinetest.Article(4, i) }
	writeFiles(t, dir, map[string][]byte{
		"1-good.txt":    []byte(a(1)),
		"2-binary.txt":  []byte("PK\x03\x04\x00\x00binary"),
		"3-latin1.txt":  []byte("M\xfcnchen plant opens\n"),
		"4-empty.txt":   nil,
		"5-cut.txt.gz":  gzipped(t, strings.Repeat(a(2), 4))[:50],
		"6-lines.jsonl": []byte(fmt.Sprintf("{\"text\": %q}\n{oops\n{\"text\": %q}\n", a(3), a(4))),
		"7-big.txt":     []byte(strings.Repeat("Acme Corp builds cells in Testville. ", 500)),
		"8-good.md":     []byte(a(6)),
	})
	unreadable := filepath.Join(dir, "9-secret.txt")
	if err := os.WriteFile(unreadable, []byte(a(7)), 0o000); err != nil {
		t.Fatal(err)
	}
	wantFailed := 7
	if f, err := os.Open(unreadable); err == nil {
		f.Close()
		os.Remove(unreadable) // root reads it anyway: leave that case to non-root runs
		wantFailed--
	}
	st, _ := mustOpenStore(t)
	sum, err := pipeline.Build(context.Background(), &ingest.Reader{MaxBytes: 10_000}, realExtractor(t), st, []string{dir}, pipeline.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 4 || sum.Failed != wantFailed {
		t.Errorf("got %d new, %d failed; want 4 new (1-good, 6-lines twice, 8-good), %d failed", sum.New, sum.Failed, wantFailed)
	}
	var got []string
	for _, err := range sum.Errors {
		got = append(got, strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
	}
	want := []string{
		"2-binary.txt: binary file (NUL byte at offset 4)",
		"3-latin1.txt:1: invalid UTF-8 (byte 0xfc at column 2)",
		"4-empty.txt: no text: file is empty",
		"5-cut.txt.gz: gzip: truncated stream: unexpected EOF",
		"6-lines.jsonl:2: invalid JSON: invalid character 'o' looking for beginning of object key string",
		"7-big.txt: file too large: more than 10000 bytes",
		"9-secret.txt: open: permission denied",
	}[:wantFailed]
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// queryDB runs q on the database file and returns its rows as strings.
func queryDB(t *testing.T, path, q string, args ...any) [][]string {
	t.Helper()
	db := openRO(t, path)
	defer db.Close()
	return storetest.Rows(t, db, q, args...)
}

// fakeStore keeps hashes in memory and records each Put.
type fakeStore struct {
	mu      sync.Mutex
	hashes  map[string]string
	batches [][]string // the keys of each Put, in order
	putErr  error
	deleted []string
}

func newFakeStore() *fakeStore { return &fakeStore{hashes: map[string]string{}} }

func (s *fakeStore) DocumentHash(_ context.Context, key string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.hashes[key]
	return h, ok, nil
}

func (s *fakeStore) DocumentKeysOf(context.Context, string) ([]string, error) { return nil, nil }

func (s *fakeStore) Put(_ context.Context, facts ...graph.Facts) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.putErr != nil {
		return s.putErr
	}
	var keys []string
	for _, f := range facts {
		s.hashes[f.Doc.Key] = f.Doc.Hash
		keys = append(keys, f.Doc.Key)
	}
	s.batches = append(s.batches, keys)
	return nil
}

func (s *fakeStore) DeleteDocuments(_ context.Context, keys ...string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deleted = append(s.deleted, keys...)
	return nil
}

// fakeReader reads n documents, a file of per documents at a time.
type fakeReader struct {
	n, per int
	read   atomic.Int64 // documents handed to the pipeline so far
}

func (r *fakeReader) Walk(ctx context.Context, path string, fn func(string, error) error) error {
	for i := 0; i < r.n; i += r.per {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(fmt.Sprintf("%s/%04d", path, i), nil); err != nil {
			return err
		}
	}
	return nil
}

func (r *fakeReader) ReadFile(path string, _ io.Reader) ingest.Result {
	dir, first := filepath.Split(path)
	var i int
	fmt.Sscanf(first, "%d", &i)
	res := ingest.Result{Path: path, Size: 100}
	for j := i; j < min(i+r.per, r.n); j++ {
		key := fmt.Sprintf("%sdoc-%04d", dir, j)
		res.Docs = append(res.Docs, graph.Document{Key: key, Path: path, Hash: "h" + key, Text: "text of " + key})
	}
	r.read.Add(int64(len(res.Docs)))
	return res
}

// fakeExtractor returns a document's facts without entities; it can hold
// one document until released and fail others.
type fakeExtractor struct {
	hold    string        // the key to hold
	release chan struct{} // closed to let it go
	fail    map[string]bool
	started atomic.Int64
}

func (x *fakeExtractor) Extract(ctx context.Context, doc graph.Document) (graph.Facts, error) {
	x.started.Add(1)
	if doc.Key == x.hold {
		select {
		case <-x.release:
		case <-ctx.Done():
			return graph.Facts{}, ctx.Err()
		}
	}
	if x.fail[doc.Key] {
		return graph.Facts{}, errors.New("cannot")
	}
	return graph.Facts{Doc: doc}, nil
}

// TestBuildBounded holds the first document in extraction and checks that
// the build reads no further than its window meanwhile, then finishes in
// input order in batches of the given size.
func TestBuildBounded(t *testing.T) {
	const n, window, batch, workers, per = 1000, 12, 10, 3, 3
	r := &fakeReader{n: n, per: per}
	x := &fakeExtractor{hold: "in/doc-0000", release: make(chan struct{})}
	st := newFakeStore()
	var peak atomic.Int64
	opt := pipeline.Options{Workers: workers, BatchSize: batch, Window: window, Progress: func(s pipeline.Summary) {
		inFlight := r.read.Load() - int64(s.New+s.Changed+s.Unchanged+s.Failed)
		if inFlight > peak.Load() {
			peak.Store(inFlight)
		}
	}}
	type result struct {
		sum pipeline.Summary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := pipeline.Build(context.Background(), r, x, st, []string{"in"}, opt)
		done <- result{sum, err}
	}()
	deadline := time.Now().Add(10 * time.Second)
	for x.started.Load() < window && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // give a runaway reader time to show
	if got := x.started.Load(); got != window {
		t.Errorf("with the first document held, %d documents reached extraction, want the window of %d", got, window)
	}
	// Besides the window, two files per worker may be read ahead, and
	// the sequencer holds the one whose documents it is queueing.
	files := int64(2*workers + 1)
	if got, max := r.read.Load(), window+files*per; got > max {
		t.Errorf("with the first document held, %d documents were read, want at most %d", got, max)
	}
	close(x.release)
	res := <-done
	if res.err != nil {
		t.Fatal(res.err)
	}
	if res.sum.New != n {
		t.Errorf("stored %d documents, want %d", res.sum.New, n)
	}
	// And the writer holds a batch it is about to commit.
	if p, max := peak.Load(), window+files*per+batch; p > max {
		t.Errorf("peak of %d documents in flight, want at most %d", p, max)
	}
	var keys []string
	for i, b := range st.batches {
		if len(b) > batch || len(b) < batch && i != len(st.batches)-1 {
			t.Errorf("batch %d of %d documents, want %d (fewer only for the last)", i, len(b), batch)
		}
		keys = append(keys, b...)
	}
	if !slices.IsSorted(keys) || len(keys) != n {
		t.Errorf("stored %d documents, sorted = %v; want %d in input order", len(keys), slices.IsSorted(keys), n)
	}
}

// TestBuildExtractFailures counts documents the extractor fails on, and
// goes on with the others.
func TestBuildExtractFailures(t *testing.T) {
	r := &fakeReader{n: 50, per: 5}
	x := &fakeExtractor{fail: map[string]bool{"in/doc-0007": true, "in/doc-0031": true}}
	st := newFakeStore()
	sum, err := pipeline.Build(context.Background(), r, x, st, []string{"in"}, pipeline.Options{Workers: 4, BatchSize: 8})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 48 || sum.Failed != 2 {
		t.Errorf("got %d new, %d failed; want 48, 2", sum.New, sum.Failed)
	}
	want := []string{"in/doc-0007: extract: cannot", "in/doc-0031: extract: cannot"}
	if diff := cmp.Diff(want, summaryText(sum)[1:]); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if sum.InputBytes != 10*100 {
		t.Errorf("InputBytes = %d, want all of the 10 files of 100 bytes", sum.InputBytes)
	}
}

// TestBuildStoreRejects has the extractor produce facts the store's
// schema rejects for one document: that document fails, its batch
// mates are stored.
func TestBuildStoreRejects(t *testing.T) {
	dir := t.TempDir()
	for i := range 6 {
		writeFiles(t, dir, map[string][]byte{fmt.Sprintf("a%d.txt", i): []byte(pipelinetest.Article(5, i))})
	}
	bad := filepath.Join(dir, "a3.txt")
	x := badFacts{real: realExtractor(t), bad: bad}
	st, _ := mustOpenStore(t)
	sum, err := pipeline.Build(context.Background(), &ingest.Reader{}, x, st, []string{dir}, pipeline.Options{Workers: 2, BatchSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 5 || sum.Failed != 1 {
		t.Errorf("got %d new, %d failed; want 5, 1", sum.New, sum.Failed)
	}
	if err := sum.Err(); err == nil || !strings.HasPrefix(err.Error(), bad+": store: ") {
		t.Errorf("error %v does not name %s", err, bad)
	}
	if _, found, _ := st.DocumentHash(context.Background(), bad); found {
		t.Error("the rejected document was stored")
	}
}

// badFacts is the real extractor, but for one document it returns an
// entity of an unknown type.
type badFacts struct {
	real pipeline.Extractor
	bad  string
}

func (x badFacts) Extract(ctx context.Context, doc graph.Document) (graph.Facts, error) {
	f, err := x.real.Extract(ctx, doc)
	if doc.Key == x.bad {
		f.Entities = append(f.Entities, graph.Entity{Name: "Thing", Type: "gadget"})
	}
	return f, err
}

// TestBuildStoreFails stops the build on an error of the store itself.
func TestBuildStoreFails(t *testing.T) {
	st := newFakeStore()
	st.putErr = errors.New("disk full")
	_, err := pipeline.Build(context.Background(), &fakeReader{n: 500, per: 10}, &fakeExtractor{}, st, []string{"in"}, pipeline.Options{Workers: 2})
	if err == nil || err.Error() != "store: disk full" {
		t.Errorf("error %v, want store: disk full", err)
	}
}

// TestBuildCancel stops a build half-way: the batches committed so far
// stay, the error is the context's.
func TestBuildCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st := newFakeStore()
	opt := pipeline.Options{Workers: 2, BatchSize: 5, Progress: func(s pipeline.Summary) {
		if s.New >= 20 {
			cancel()
		}
	}}
	sum, err := pipeline.Build(ctx, &fakeReader{n: 1000, per: 1}, &fakeExtractor{}, st, []string{"in"}, opt)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if sum.New < 20 || sum.New >= 1000 {
		t.Errorf("stored %d documents, want 20 and more but not all", sum.New)
	}
}

// TestBuildOverlappingPaths reads a file named twice, or inside a folder
// also named, once.
func TestBuildOverlappingPaths(t *testing.T) {
	dir := t.TempDir()
	paths, err := pipelinetest.WriteCorpus(dir, 5, 6)
	if err != nil {
		t.Fatal(err)
	}
	st := newFakeStore()
	sum, err := pipeline.Build(context.Background(), &ingest.Reader{}, &fakeExtractor{}, st,
		[]string{paths[1], dir, paths[1], dir + string(filepath.Separator) + "." + string(filepath.Separator)}, pipeline.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 5 || sum.New != 5 {
		t.Errorf("got %d files, %d new; want each of the 5 files read once", sum.Files, sum.New)
	}
}
