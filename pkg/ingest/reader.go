package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// DefaultMaxBytes is the default of Reader.MaxBytes: 50 MiB.
const DefaultMaxBytes = 50 << 20

// defaultExts are the extensions read inside folders when Reader.Exts is
// nil: every supported format.
var defaultExts = []string{
	".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml",
	".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom",
}

// Reader reads files, folders and standard input into documents. Its
// fields configure it; the zero Reader is ready to use with the defaults
// each field names. A Reader is safe for concurrent use as long as its
// fields are not changed.
type Reader struct {
	// MaxBytes is the size limit of one file, counted after gzip
	// decompression; a larger file fails with ErrTooLarge and is not
	// read further. Zero means DefaultMaxBytes (50 MiB); a negative value
	// means no limit.
	MaxBytes int64

	// Exts lists the extensions, lower case with their dot, of the files
	// read when walking a folder; a name that adds ".gz" to one of them is
	// read too. Nil means every supported format: .txt .text .md
	// .markdown .html .htm .xhtml .json .jsonl .ndjson .xml .rss .atom.
	// A file named explicitly is read whatever its extension: an unknown
	// one is read as a feed, HTML, JSON or text by its content.
	Exts []string

	// DropCaptions removes photo captions from the text. By default a
	// caption that describes its picture is kept, without its credit
	// ("Photo: Acme Corp"), since captions name people, plants and
	// products; captions that are image file names always go.
	DropCaptions bool

	// MinTeasers is how many teaser headers (a timestamp with its byline
	// glued to it, or a dated byline) make a text a listing page, split
	// into one document per teaser, provided the text between headers is
	// short (250 words on average, a teaser's length). Zero means 2.
	MinTeasers int
}

// Result is the outcome of reading one file.
type Result struct {
	// Path is the file, as named or as found by the walk; "-" is
	// standard input.
	Path string
	// Docs are the documents read, in file order. A file with bad lines
	// or records still has the documents of its good ones.
	Docs []graph.Document
	// Err is nil when the whole file was read. Otherwise it wraps one
	// *FileError, or joins one per bad line or record (errors.Join); use
	// errors.As to get at them.
	Err error
	// Size is the size of the file on disk (compressed, for gzip), 0 for
	// standard input and for a file that could not be stat'ed.
	Size int64
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes == 0 {
		return DefaultMaxBytes
	}
	return r.MaxBytes
}

func (r *Reader) listingMin() int {
	if r.MinTeasers <= 0 {
		return 2
	}
	return r.MinTeasers
}

// ReadPath reads path and calls fn with the outcome of each file, in a
// deterministic order. path "-" reads stdin. A folder is walked
// recursively in lexical order, skipping hidden files and folders (names
// starting with ".") and files whose extension is not in Exts; symbolic
// links to folders are not followed. A file named explicitly is read
// whatever its name.
//
// A file that cannot be read, including path itself when it does not
// exist, is reported to fn as a Result with Err set, and the walk goes on.
// ReadPath returns only ctx's error when ctx is done, or the first error
// fn returns, which stops the walk.
func (r *Reader) ReadPath(ctx context.Context, path string, stdin io.Reader, fn func(Result) error) error {
	return r.Walk(ctx, path, func(file string, err error) error {
		if err != nil {
			return fn(Result{Path: file, Err: err})
		}
		return fn(r.ReadFile(file, stdin))
	})
}

// Walk calls fn with every file ReadPath reads from path, in the same
// order, without reading any, so that a caller can read them in parallel
// with ReadFile. Paths are cleaned (filepath.Clean), as a folder walk
// cleans the paths of its files; "-" (standard input) is passed on as it
// is. err is a
// *FileError when the file cannot be reached (path does not exist, a
// folder cannot be listed), nil otherwise. Walk returns only ctx's error
// when ctx is done, or the first error fn returns, which stops the walk.
func (r *Reader) Walk(ctx context.Context, path string, fn func(file string, err error) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if path == "-" {
		return fn(path, nil)
	}
	// As a folder walk gives its files: "./a.txt" is "a.txt", so that
	// document keys do not depend on how a path was spelt.
	path = filepath.Clean(path)
	info, err := os.Stat(path)
	if err != nil {
		return fn(path, fileError(path, err))
	}
	if !info.IsDir() {
		return fn(path, nil)
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			return fn(p, fileError(p, err))
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !r.wanted(d.Name()) {
			return nil
		}
		if !d.Type().IsRegular() {
			// A symbolic link to a file is read; to anything else, skipped.
			info, err := os.Stat(p)
			if err != nil {
				return fn(p, fileError(p, err))
			}
			if !info.Mode().IsRegular() {
				return nil
			}
		}
		return fn(p, nil)
	})
}

// ReadFile reads one file, as found by Walk; path "-" reads stdin (nil
// reads as empty). A file over MaxBytes on disk fails before any of it is
// read. ReadFile is safe to call from several goroutines at once.
func (r *Reader) ReadFile(path string, stdin io.Reader) Result {
	if path == "-" {
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		docs, err := r.Read("-", stdin)
		return Result{Path: path, Docs: docs, Err: err}
	}
	f, err := os.Open(path)
	if err != nil {
		return Result{Path: path, Err: fileError(path, err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Result{Path: path, Err: fileError(path, err)}
	}
	size := info.Size()
	if info.IsDir() {
		return Result{Path: path, Err: &FileError{Path: path, Err: errors.New("is a folder")}}
	}
	if max := r.maxBytes(); max > 0 && size > max && !isGzipName(path) {
		return Result{Path: path, Size: size, Err: &FileError{Path: path, Err: tooLarge(max)}}
	}
	docs, err := r.Read(path, f)
	return Result{Path: path, Size: size, Docs: docs, Err: err}
}

// Totals is the outcome of a Survey: how many files a ReadPath would read
// and their size on disk.
type Totals struct {
	Files int
	Bytes int64 // the sum of Result.Size over the files
}

// Survey counts the files ReadPath would read from path, and their sizes,
// by their names and metadata alone: it opens no file. Standard input ("-")
// counts as one file of size 0, as does a file that cannot be stat'ed.
// Survey returns only ctx's error; it is cheap next to reading, so that a
// caller can tell how far a long build has come.
func (r *Reader) Survey(ctx context.Context, path string) (Totals, error) {
	var t Totals
	err := r.Walk(ctx, path, func(file string, err error) error {
		t.Files++
		if err != nil || file == "-" {
			return nil
		}
		if info, err := os.Stat(file); err == nil {
			t.Bytes += info.Size()
		}
		return nil
	})
	return t, err
}

// wanted reports whether a file found in a folder walk is read.
func (r *Reader) wanted(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".gz" {
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(name, filepath.Ext(name))))
	}
	exts := r.Exts
	if exts == nil {
		exts = defaultExts
	}
	for _, e := range exts {
		if ext != "" && strings.EqualFold(e, ext) {
			return true
		}
	}
	return false
}

// Read reads one input, named name, from src: a file's path, or "-" for
// standard input. The name's extension decides the format (after ".gz",
// which is decompressed; gzip data is recognised by its content too); an
// unknown extension, or "-", is read by its content. The documents come
// with the error of any bad line or record; a file that fails as a whole
// has none. Errors are *FileError values, joined when there are several.
func (r *Reader) Read(name string, src io.Reader) ([]graph.Document, error) {
	data, inner, err := r.load(name, src)
	if err != nil {
		return nil, &FileError{Path: name, Err: err}
	}
	if line, err := checkText(data); err != nil {
		return nil, &FileError{Path: name, Line: line, Err: err}
	}
	items, records, errs := parse(formatOf(inner, data), data, name)
	type numbered struct {
		article
		n int
	}
	var arts []numbered
	n := 0 // the last document number taken
	for _, it := range items {
		got := r.analyze(it.text, it.meta)
		if len(got) == 0 {
			errs = append(errs, &FileError{Path: name, Line: it.line, Err: fmt.Errorf("%w: nothing left after removing page clutter", ErrEmpty)})
		}
		for j, a := range got {
			if j == 0 {
				n = max(n+1, it.ord)
			} else {
				n++ // the teasers of a listing take a number each
			}
			arts = append(arts, numbered{a, n})
		}
	}
	base := filepath.Base(name)
	if name == "-" {
		base = "stdin"
	}
	docs := make([]graph.Document, len(arts))
	for i, a := range arts {
		key := name
		if n > 1 || records > 1 {
			key = fmt.Sprintf("%s#%d", name, a.n)
		}
		docs[i] = graph.Document{Key: key, Path: name, Name: base, Hash: hashOf(a.meta, a.text), Meta: a.meta, Text: a.text}
	}
	errs = sortErrors(errs)
	return docs, joinErrors(errs)
}

// load reads src whole, decompressing gzip, within MaxBytes. It returns
// the name whose extension decides the format: name without ".gz".
func (r *Reader) load(name string, src io.Reader) (data []byte, inner string, err error) {
	inner = name
	br := bufio.NewReader(src)
	var rd io.Reader = br
	gz := false
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, "", gzipError(err)
		}
		defer zr.Close()
		zr.Multistream(true)
		rd, gz = zr, true
	}
	if isGzipName(name) {
		inner = strings.TrimSuffix(name, filepath.Ext(name))
	}
	max := r.maxBytes()
	if max > 0 {
		rd = io.LimitReader(rd, max+1)
	}
	data, err = io.ReadAll(rd)
	if err != nil {
		if gz {
			return nil, "", gzipError(err)
		}
		return nil, "", readError(err)
	}
	if max > 0 && int64(len(data)) > max {
		return nil, "", tooLarge(max)
	}
	if isGzipName(name) && !gz && len(data) > 0 {
		return nil, "", errors.New("gzip: not in gzip format")
	}
	return data, inner, nil
}

func isGzipName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".gz" || ext == ".gzip"
}

func tooLarge(max int64) error {
	return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
}

func gzipError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("gzip: truncated stream: %w", io.ErrUnexpectedEOF)
	case errors.Is(err, gzip.ErrChecksum):
		return fmt.Errorf("gzip: corrupt stream: %w", err)
	}
	return fmt.Errorf("gzip: %w", err)
}

// fileError wraps an error of the file system as a FileError about path,
// without repeating the path the os error carries.
func fileError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return &FileError{Path: path, Err: err}
}

func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return fmt.Errorf("read: %w", err)
}

// joinErrors returns nil, the one error, or all of them joined.
func joinErrors(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return errors.Join(errs...)
}
