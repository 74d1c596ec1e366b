package ingest_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

// addSeeds adds the golden inputs and a few header shapes to the corpus.
func addSeeds(f *testing.F, ext string) {
	f.Helper()
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*", "input.*"))
	for _, p := range inputs {
		if b, err := os.ReadFile(p); err == nil && strings.HasSuffix(p, ext) {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"",
		"Title of a story here\n\nMunich, 5 May 2024 – By A Writer\n\nBody text of the story goes here.",
		" date 2023-04-09 Listen to this article\n\nBody.",
		"A\n\n2024-02-14T17:31:00+00:00By Ann Reed\n\nx\n\nB\n\n2024-02-14T17:31:00+00:00By Ann Reed\n\ny",
		"2024-02-14T17:31:00+00:00By Ann Reed\n2024-02-14T17:31:00+00:00By Ann Reed\n",
		"Photo: X\n(Image- Y)\nIMG_1\nUntitled design (5)\n\r\n\r\r\n\u2028\u00ad\ufeff",
		"# h\n\n**b** _i_ [l](u) ![a](b) `c`\n---\nx\n===\n",
		"\xff\xfe",
	} {
		f.Add([]byte(s))
	}
}

// checkDocs fails on a document that breaks the reader's promises.
func checkDocs(t *testing.T, docs []graph.Document) {
	t.Helper()
	for _, d := range docs {
		for _, s := range []string{d.Text, d.Meta.Title, d.Meta.Date, d.Meta.Author, d.Meta.URL, d.Meta.Source, d.Key, d.Name} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s: invalid UTF-8 in %q", d.Key, s)
			}
		}
		if strings.TrimSpace(d.Text) == "" {
			t.Fatalf("%s: empty text", d.Key)
		}
		if strings.Contains(d.Text, "\r") || strings.Contains(d.Text, "\n\n\n") || d.Text != strings.TrimSpace(d.Text) {
			t.Fatalf("%s: text not normalised: %q", d.Key, d.Text)
		}
		if d.Meta.Date != "" && (len(d.Meta.Date) != 10 || d.Meta.Date[4] != '-' || d.Meta.Date[7] != '-') {
			t.Fatalf("%s: date %q is not YYYY-MM-DD", d.Key, d.Meta.Date)
		}
		if len(d.Hash) != 64 {
			t.Fatalf("%s: bad hash %q", d.Key, d.Hash)
		}
	}
}

// FuzzReadText reads arbitrary bytes as plain text and Markdown: it must
// never panic and always yield valid, normalised UTF-8 text.
func FuzzReadText(f *testing.F) {
	addSeeds(f, ".txt")
	addSeeds(f, ".md")
	f.Fuzz(func(t *testing.T, data []byte) {
		r := ingest.Reader{MaxBytes: 1 << 20}
		for _, name := range []string{"f.txt", "f.md"} {
			docs, err := r.Read(name, bytes.NewReader(data))
			if err == nil && len(docs) == 0 {
				t.Fatalf("%s: no documents and no error", name)
			}
			checkDocs(t, docs)
		}
	})
}

// FuzzReadFormats reads arbitrary bytes as HTML, JSON, JSON Lines, a
// feed, and by content.
func FuzzReadFormats(f *testing.F) {
	for _, ext := range []string{".html", ".jsonl", ".rss", ".txt"} {
		addSeeds(f, ext)
	}
	f.Add([]byte(`[{"text":"a"},{"body":"<p>b</p>","title":"t","date":"2024-01-02"}]`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":"1","content_text":"hi"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := ingest.Reader{MaxBytes: 1 << 20}
		for _, name := range []string{"f.html", "f.json", "f.jsonl", "f.xml", "-"} {
			docs, _ := r.Read(name, bytes.NewReader(data))
			checkDocs(t, docs)
		}
	})
}
