package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/plantgraph/plantgraph/graph"
)

// format is the kind of a file's content.
type format int

const (
	fText format = iota
	fMarkdown
	fHTML
	fJSON
	fJSONL
	fFeed
)

// formatOf decides the format of a file by its name's extension, or by
// its content when the extension is unknown.
func formatOf(name string, data []byte) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return fText
	case ".md", ".markdown", ".mdown", ".mkd":
		return fMarkdown
	case ".html", ".htm", ".xhtml":
		return fHTML
	case ".json":
		return fJSON
	case ".jsonl", ".ndjson":
		return fJSONL
	case ".xml", ".rss", ".atom":
		return fFeed
	}
	return sniff(data)
}

// sniff decides the format of data by its content.
func sniff(data []byte) format {
	head := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(head) == 0 {
		return fText
	}
	switch head[0] {
	case '<':
		prefix := head
		if len(prefix) > 4096 {
			prefix = prefix[:4096]
		}
		switch gofeed.DetectFeedType(bytes.NewReader(prefix)) {
		case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
			return fFeed
		}
		l := bytes.ToLower(prefix)
		for _, tag := range []string{"<html", "<!doctype html", "<body", "<head", "<p>", "<p ", "<div", "<article"} {
			if bytes.Contains(l, []byte(tag)) {
				return fHTML
			}
		}
	case '{', '[':
		if json.Valid(data) {
			return fJSON
		}
		first, _, _ := bytes.Cut(head, []byte("\n"))
		if json.Valid(bytes.TrimSpace(first)) {
			return fJSONL
		}
	}
	return fText
}

// item is one article of a file before cleanup: what the format says of
// it, its text, its number among the file's records (from 1) and the
// line its record starts on (0 for formats without records).
type item struct {
	meta graph.Meta
	text string
	ord  int
	line int
}

// parse reads the items of data in format f. records counts the
// records seen, good or bad; errs holds a *FileError for each bad one, or
// for the whole file.
func parse(f format, data []byte, path string) (items []item, records int, errs []error) {
	text := string(data)
	switch f {
	case fMarkdown:
		meta, body := markdownText(text)
		return []item{{meta: meta, text: body, ord: 1}}, 1, nil
	case fHTML:
		meta, body := htmlDocument(text)
		return []item{{meta: meta, text: body, ord: 1}}, 1, nil
	case fJSON:
		return jsonItems(data, path)
	case fJSONL:
		return jsonlItems(data, path)
	case fFeed:
		return feedItems(data, path)
	}
	return []item{{text: text, ord: 1}}, 1, nil
}

// hashOf is the hex SHA-256 of a document's meta (as JSON) and text.
func hashOf(m graph.Meta, text string) string {
	h := sha256.New()
	b, _ := json.Marshal(m) // a struct of strings always encodes
	h.Write(b)
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))
}

// sortErrors orders file errors by line, keeping the order of equal
// lines.
func sortErrors(errs []error) []error {
	line := func(err error) int {
		var fe *FileError
		if errors.As(err, &fe) {
			return fe.Line
		}
		return 0
	}
	sort.SliceStable(errs, func(i, j int) bool { return line(errs[i]) < line(errs[j]) })
	return errs
}
