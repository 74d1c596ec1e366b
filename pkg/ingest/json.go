package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// errNoText reports a record without its text.
var errNoText = fmt.Errorf("%w: no text, body or content field", ErrEmpty)

// jsonItems reads a JSON object or an array of objects. A syntax error
// fails the whole file; a record without text fails alone.
func jsonItems(data []byte, path string) (items []item, records int, errs []error) {
	fail := func(off int64, err error) ([]item, int, []error) {
		return nil, 0, []error{&FileError{Path: path, Line: lineAt(data, off), Err: err}}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	start := skipSpace(data, 0)
	if start < len(data) && data[start] == '{' {
		var v map[string]any
		if err := dec.Decode(&v); err != nil {
			return fail(jsonOffset(err, dec), jsonError(err))
		}
		if err := trailing(dec); err != nil {
			return fail(dec.InputOffset(), err)
		}
		if s, _ := v["version"].(string); strings.Contains(s, "jsonfeed.org") {
			return feedItems(data, path)
		}
		if annotation(v) {
			return nil, 0, nil
		}
		it, err := recordItem(v)
		if err != nil {
			return nil, 1, []error{&FileError{Path: path, Line: lineAt(data, int64(start)), Err: err}}
		}
		it.ord, it.line = 1, lineAt(data, int64(start))
		return []item{it}, 1, nil
	}
	if start >= len(data) || data[start] != '[' {
		return fail(int64(start), errors.New("want a JSON object or an array of objects"))
	}
	if _, err := dec.Token(); err != nil {
		return fail(jsonOffset(err, dec), jsonError(err))
	}
	for dec.More() {
		off := int64(skipSpace(data, int(dec.InputOffset())))
		records++
		var v any
		if err := dec.Decode(&v); err != nil {
			return fail(jsonOffset(err, dec), jsonError(err))
		}
		line := lineAt(data, off)
		obj, ok := v.(map[string]any)
		if !ok {
			errs = append(errs, &FileError{Path: path, Line: line, Err: fmt.Errorf("record %d: not a JSON object", records)})
			continue
		}
		it, err := recordItem(obj)
		if err != nil {
			errs = append(errs, &FileError{Path: path, Line: line, Err: fmt.Errorf("record %d: %w", records, err)})
			continue
		}
		it.ord, it.line = records, line
		items = append(items, it)
	}
	if _, err := dec.Token(); err != nil {
		return fail(jsonOffset(err, dec), jsonError(err))
	}
	if err := trailing(dec); err != nil {
		return fail(dec.InputOffset(), err)
	}
	return items, records, errs
}

// annotation reports whether a JSON object is a gold annotation, as
// plantgraph's eval reads them beside their articles: entities and
// relations, and no text. A folder of annotated articles builds without
// an error for each annotation.
func annotation(v map[string]any) bool {
	_, ents := v["entities"].([]any)
	_, rels := v["relations"].([]any)
	return ents && rels && jsonString(v["text"]) == "" && jsonString(v["body"]) == "" && jsonString(v["content"]) == ""
}

// jsonlItems reads JSON Lines: one object per line. A bad line fails
// alone; blank lines are skipped.
func jsonlItems(data []byte, path string) (items []item, records int, errs []error) {
	for i, raw := range bytes.Split(data, []byte("\n")) {
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		records++
		line := i + 1
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			errs = append(errs, &FileError{Path: path, Line: line, Err: jsonError(err)})
			continue
		}
		obj, ok := v.(map[string]any)
		if !ok {
			errs = append(errs, &FileError{Path: path, Line: line, Err: errors.New("not a JSON object")})
			continue
		}
		it, err := recordItem(obj)
		if err != nil {
			errs = append(errs, &FileError{Path: path, Line: line, Err: err})
			continue
		}
		it.ord, it.line = records, line
		items = append(items, it)
	}
	return items, records, errs
}

// recordItem reads one record: its text from "text", "body" or "content"
// (HTML is stripped), and optional "title", "date", "url", "author" and
// "source". A date that cannot be read is left out.
func recordItem(v map[string]any) (item, error) {
	var it item
	for _, k := range []string{"text", "body", "content"} {
		if s := jsonString(v[k]); strings.TrimSpace(s) != "" {
			it.text = s
			break
		}
	}
	if strings.TrimSpace(it.text) == "" {
		return it, errNoText
	}
	if looksHTML(it.text) {
		it.text = htmlText(it.text)
	}
	it.meta = graph.Meta{
		Title:  oneLine(jsonString(v["title"])),
		URL:    strings.TrimSpace(first(jsonString(v["url"]), jsonString(v["link"]))),
		Author: oneLine(jsonNames(v["author"], v["authors"])),
		Source: oneLine(jsonString(v["source"])),
	}
	for _, k := range []string{"date", "published", "published_at", "pubDate", "datePublished"} {
		if d := parseDate(jsonString(v[k])); d != "" {
			it.meta.Date = d
			break
		}
	}
	return it, nil
}

// jsonString reads a string, or the name, title or text of an object.
func jsonString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		for _, k := range []string{"name", "title", "rendered", "text"} {
			if s, ok := v[k].(string); ok {
				return s
			}
		}
	}
	return ""
}

// jsonNames reads one or more author names, joined by ", ".
func jsonNames(vs ...any) string {
	var names []string
	for _, v := range vs {
		if list, ok := v.([]any); ok {
			for _, e := range list {
				if s := strings.TrimSpace(jsonString(e)); s != "" {
					names = append(names, s)
				}
			}
			continue
		}
		if s := strings.TrimSpace(jsonString(v)); s != "" {
			names = append(names, s)
		}
	}
	return strings.Join(names, ", ")
}

func first(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// oneLine collapses white space, newlines included.
func oneLine(s string) string {
	return strings.Join(strings.Fields(normalize(s)), " ")
}

// trailing reports data after the top-level JSON value.
func trailing(dec *json.Decoder) error {
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("invalid JSON: data after the top-level value")
	}
	return nil
}

// jsonError words a decoding error.
func jsonError(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("invalid JSON: unexpected end of input")
	}
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "json: ")
	return fmt.Errorf("invalid JSON: %s", msg)
}

// jsonOffset is where a decoding error happened.
func jsonOffset(err error, dec *json.Decoder) int64 {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return se.Offset
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return te.Offset
	}
	return dec.InputOffset()
}

// lineAt is the 1-based line of byte offset off.
func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// skipSpace returns the offset of the first byte at or after i that is
// neither white space nor a comma.
func skipSpace(data []byte, i int) int {
	for i < len(data) && strings.IndexByte(" \t\r\n,", data[i]) >= 0 {
		i++
	}
	return i
}
