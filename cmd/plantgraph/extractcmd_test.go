package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/pkg/eval"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

// readDocs reads a file as the command does, for the texts the offsets
// of its output point into.
func readDocs(t *testing.T, path string) []ingestDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := (&ingest.Reader{}).Read(filepath.Base(path), f)
	if err != nil {
		t.Fatal(err)
	}
	var out []ingestDoc
	for _, d := range docs {
		out = append(out, ingestDoc{title: d.Meta.Title, text: d.Text})
	}
	return out
}

type ingestDoc struct{ title, text string }

// extractLines runs "extract" and decodes its output strictly.
func extractLines(t *testing.T, args ...string) []eval.Record {
	t.Helper()
	out := mustRun(t, append([]string{"extract"}, args...)...).stdout
	var recs []eval.Record
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		var rec eval.Record
		if err := dec.Decode(&rec); err != nil {
			t.Fatalf("extract: line %d is not one gold-format object: %v\n%s", i+1, err, line)
		}
		if dec.More() {
			t.Fatalf("extract: line %d holds more than one object", i+1)
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"doc", "meta", "entities", "relations"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("extract: line %d has no %q", i+1, k)
			}
		}
		recs = append(recs, rec)
	}
	return recs
}

// checkRecord checks a record against the text it was extracted from.
func checkRecord(t *testing.T, rec eval.Record, text string) {
	t.Helper()
	names := map[string]bool{}
	for _, e := range rec.Entities {
		if e.Name == "" || e.Type == "" {
			t.Errorf("%s: entity without name or type: %+v", rec.Doc, e)
		}
		names[e.Name] = true
	}
	for _, r := range rec.Relations {
		if !names[r.Subject] || !names[r.Object] {
			t.Errorf("%s: relation %s %s %s names an entity the record lacks", rec.Doc, r.Subject, r.Predicate, r.Object)
		}
		if r.Evidence == nil {
			t.Errorf("%s: relation %s %s %s has no evidence", rec.Doc, r.Subject, r.Predicate, r.Object)
			continue
		}
		ev := r.Evidence
		if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || text[ev.Start:ev.End] != ev.Sentence {
			t.Errorf("%s: evidence [%d,%d) of %s %s %s does not slice the text to its sentence %q",
				rec.Doc, ev.Start, ev.End, r.Subject, r.Predicate, r.Object, ev.Sentence)
		}
	}
}

func TestExtractFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(corpusDir, "bmw-regensburg-ix1-start.txt")
	recs := extractLines(t, path)
	if len(recs) != 1 {
		t.Fatalf("extract of one article: %d lines, want 1", len(recs))
	}
	rec := recs[0]
	if rec.Doc != "bmw-regensburg-ix1-start.txt" {
		t.Errorf("doc %q, want the base name bmw-regensburg-ix1-start.txt", rec.Doc)
	}
	if rec.Meta.Date != "2022-11-12" {
		t.Errorf("meta.date %q, want 2022-11-12", rec.Meta.Date)
	}
	if len(rec.Entities) == 0 || len(rec.Relations) == 0 {
		t.Errorf("no entities or no relations: %+v", rec)
	}
	docs := readDocs(t, path)
	checkRecord(t, rec, docs[0].text)
	for _, want := range []string{"iX1", "BMW Plant Regensburg", "Regensburg"} {
		if !slices.ContainsFunc(rec.Entities, func(e eval.Entity) bool { return e.Name == want }) {
			t.Errorf("no entity %q", want)
		}
	}
}

func TestExtractListing(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"plant-ticker-cee-listing", "autoprod-bmw-news-listing"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(corpusDir, name+".txt")
			b, err := os.ReadFile(filepath.Join(corpusDir, name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var gold eval.Record
			if err := json.Unmarshal(b, &gold); err != nil {
				t.Fatal(err)
			}
			recs := extractLines(t, path)
			if len(recs) != len(gold.Meta.Articles) {
				t.Fatalf("%d lines, want one per teaser: %d", len(recs), len(gold.Meta.Articles))
			}
			docs := readDocs(t, path)
			for i, rec := range recs {
				if rec.Doc != name+".txt" {
					t.Errorf("line %d: doc %q, want the file's base name %q", i+1, rec.Doc, name+".txt")
				}
				want := gold.Meta.Articles[i]
				if got := (eval.Article{Title: rec.Meta.Title, Date: rec.Meta.Date, Author: rec.Meta.Author}); got != want {
					t.Errorf("line %d: meta %+v, want %+v", i+1, got, want)
				}
				checkRecord(t, rec, docs[i].text)
			}
		})
	}
}
