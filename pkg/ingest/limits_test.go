package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/pkg/ingest"
)

// TestReadHugeFile reads a 100 MB text file with the default limit. The
// file is sparse, so the test writes next to nothing; the reader must turn
// it down from its size, naming it, without reading it into memory.
func TestReadHugeFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(article); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var r ingest.Reader
	res := readAll(t, &r, path)
	runtime.ReadMemStats(&after)

	if len(res) != 1 {
		t.Fatalf("got %d results, want 1", len(res))
	}
	if !errors.Is(res[0].Err, ingest.ErrTooLarge) {
		t.Fatalf("error %v, want ErrTooLarge", res[0].Err)
	}
	want := fmt.Sprintf("%s: file too large: more than %d bytes", path, ingest.DefaultMaxBytes)
	if got := res[0].Err.Error(); got != want {
		t.Errorf("error %q, want %q", got, want)
	}
	if len(res[0].Docs) != 0 {
		t.Errorf("got %d documents, want none", len(res[0].Docs))
	}
	if res[0].Size != 100<<20 {
		t.Errorf("Size = %d, want %d", res[0].Size, 100<<20)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("reading the huge file allocated %d bytes, want under 1 MiB", alloc)
	}
}

// TestReadLimitStreams checks the limit where the size is not known
// beforehand: standard input and a gzip file that inflates past it.
func TestReadLimitStreams(t *testing.T) {
	text := strings.Repeat("Acme Corp builds battery cells in Testville. ", 100)
	r := ingest.Reader{MaxBytes: 1000}
	var got []ingest.Result
	err := r.ReadPath(context.Background(), "-", strings.NewReader(text), func(res ingest.Result) error {
		got = append(got, res)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !errors.Is(got[0].Err, ingest.ErrTooLarge) || got[0].Err.Error() != "-: file too large: more than 1000 bytes" {
		t.Errorf("stdin over the limit: got %+v", got)
	}

	// A small gzip file whose content is over the limit: the size on disk
	// passes the first check, the decompressed stream does not.
	path := filepath.Join(t.TempDir(), "bomb.txt.gz")
	if err := os.WriteFile(path, gz(t, strings.Repeat("a", 1<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
	res := readAll(t, &r, path)
	if len(res) != 1 || !errors.Is(res[0].Err, ingest.ErrTooLarge) {
		t.Errorf("gzip over the limit: got %+v", res)
	}
}

// TestReadGzipEveryFormat reads each format plain and gzip-compressed, and
// expects the same documents, under the gzip file's name.
func TestReadGzipEveryFormat(t *testing.T) {
	inputs := []struct{ file, data string }{
		{"a.txt", article},
		{"a.md", "# Acme opens plant\n\nAcme Corp has opened a plant in Testville.\n"},
		{"a.html", "<html><head><title>Acme opens plant</title></head><body><nav>Home</nav><article><p>Acme Corp has opened a plant in Testville.</p></article></body></html>"},
		{"a.htm", "<p>Acme Corp has opened a plant in Testville.</p>"},
		{"a.json", `{"title": "Acme opens plant", "text": "Acme Corp has opened a plant in Testville."}`},
		{"a.jsonl", "{\"text\": \"One plant.\"}\n{\"text\": \"Two plants.\"}\n"},
		{"a.rss", rss},
		{"a.atom", atomFeed},
		{"a.xml", rss},
	}
	for _, in := range inputs {
		t.Run(in.file, func(t *testing.T) {
			dir := t.TempDir()
			plain := filepath.Join(dir, in.file)
			zipped := plain + ".gz"
			if err := os.WriteFile(plain, []byte(in.data), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(zipped, gz(t, in.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var r ingest.Reader
			want := readAll(t, &r, plain)
			got := readAll(t, &r, zipped)
			if len(want) != 1 || len(got) != 1 || want[0].Err != nil || got[0].Err != nil || len(want[0].Docs) == 0 {
				t.Fatalf("plain %+v, gzip %+v: want one file of documents each", want, got)
			}
			wantDocs := docsOf(t, dir, want[0].Docs)
			for i := range wantDocs {
				wantDocs[i].Key = strings.Replace(wantDocs[i].Key, in.file, in.file+".gz", 1)
			}
			if diff := cmp.Diff(wantDocs, docsOf(t, dir, got[0].Docs)); diff != "" {
				t.Errorf("gzip documents (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadBadFilesInFolder walks a folder of good and bad files: every bad
// one is reported with its name and reason, and the good ones still load.
func TestReadBadFilesInFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"1-good.txt":      []byte(article),
		"2-binary.txt":    []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"3-latin1.txt":    []byte("M\xfcnchen plant opens\n"),
		"4-empty.md":      nil,
		"5-cut.txt.gz":    gz(t, strings.Repeat("Acme builds cells in Testville. ", 50))[:40],
		"6-lines.jsonl":   []byte("{\"text\": \"Acme Corp makes cells.\"}\n{oops\n{\"text\": \"Bolt Motors makes motors.\"}\n"),
		"7-big.txt":       bytes.Repeat([]byte("Acme builds cells. "), 200),
		"8-good.html":     []byte("<p>Cogs Ltd makes gears in Millbrook.</p>"),
		"9-not-feed.xml":  []byte(`<?xml version="1.0"?><catalog/>`),
		"sub/10-good.md":  []byte("# Bolt\n\nBolt Motors builds motors in Sparkton.\n"),
		"sub/11-bad.json": []byte(`{"title": "no text here"}`),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := ingest.Reader{MaxBytes: 2000}
	var got []string
	for _, res := range readAll(t, &r, dir) {
		rel, _ := filepath.Rel(dir, res.Path)
		line := fmt.Sprintf("%s: %d docs", rel, len(res.Docs))
		if res.Err != nil {
			line += "; " + strings.ReplaceAll(res.Err.Error(), dir+string(filepath.Separator), "")
		}
		got = append(got, line)
	}
	want := []string{
		"1-good.txt: 1 docs",
		"2-binary.txt: 0 docs; 2-binary.txt: binary file (NUL byte at offset 8)",
		"3-latin1.txt: 0 docs; 3-latin1.txt:1: invalid UTF-8 (byte 0xfc at column 2)",
		"4-empty.md: 0 docs; 4-empty.md: no text: file is empty",
		"5-cut.txt.gz: 0 docs; 5-cut.txt.gz: gzip: truncated stream: unexpected EOF",
		"6-lines.jsonl: 2 docs; 6-lines.jsonl:2: invalid JSON: invalid character 'o' looking for beginning of object key string",
		"7-big.txt: 0 docs; 7-big.txt: file too large: more than 2000 bytes",
		"8-good.html: 1 docs",
		"9-not-feed.xml: 0 docs; 9-not-feed.xml: not an RSS or Atom feed: failed to detect feed type",
		"sub/10-good.md: 1 docs",
		"sub/11-bad.json: 0 docs; sub/11-bad.json:1: no text: no text, body or content field",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
}

// TestSurvey checks that a survey counts exactly the files ReadPath reads,
// with their sizes, without reading them.
func TestSurvey(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":          article,
		"a.md":           "# Acme news\n\nAcme Corp makes cells in Testville.\n",
		"sub/c.json":     `{"text": "Bolt Motors builds motors."}`,
		"sub/e.txt":      "",
		"sub/f.jsonl.gz": string(gz(t, `{"text": "Gzipped."}`)),
		".hidden.txt":    article,
		"image.png":      "\x89PNG",
	}
	var size int64
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if name != ".hidden.txt" && name != "image.png" {
			size += int64(len(data))
		}
	}
	var r ingest.Reader
	ctx := context.Background()
	for _, path := range []string{dir, filepath.Join(dir, "b.txt"), filepath.Join(dir, "missing.txt")} {
		var want ingest.Totals
		for _, res := range readAll(t, &r, path) {
			want.Files++
			want.Bytes += res.Size
		}
		got, err := r.Survey(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("Survey(%s) = %+v, ReadPath read %+v", filepath.Base(path), got, want)
		}
	}
	if got, _ := r.Survey(ctx, dir); got.Files != 5 || got.Bytes != size {
		t.Errorf("Survey = %+v, want 5 files of %d bytes", got, size)
	}
	if got, _ := r.Survey(ctx, "-"); got != (ingest.Totals{Files: 1}) {
		t.Errorf("Survey(-) = %+v, want one file of unknown size", got)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := r.Survey(cctx, dir); !errors.Is(err, context.Canceled) {
		t.Errorf("Survey with a cancelled context: %v, want context.Canceled", err)
	}
}
