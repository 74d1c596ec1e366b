package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/extract"
	"github.com/plantgraph/plantgraph/graph"
)

// benchCorpus returns the bundled corpus articles joined into one text.
func benchCorpus(b *testing.B) string {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Fatal("no articles in the bundled corpus")
	}
	var sb strings.Builder
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(text)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkExtract extracts the whole bundled corpus, as one text, with
// the bundled gazetteer and lexicon.
func BenchmarkExtract(b *testing.B) {
	text := benchCorpus(b)
	x := newExtractor(b)
	doc := graph.Document{Key: "corpus", Name: "corpus.txt", Text: text}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(b.Context(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProse runs stock prose NER over the same text: the baseline.
func BenchmarkProse(b *testing.B) {
	text := benchCorpus(b)
	p, err := extract.NewProse()
	if err != nil {
		b.Fatal(err)
	}
	doc := graph.Document{Key: "corpus", Name: "corpus.txt", Text: text}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Extract(b.Context(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractLarge extracts the bundled corpus repeated into one
// ever longer text: MB/s should not fall with the size if extraction is
// linear in its input.
func BenchmarkExtractLarge(b *testing.B) {
	text := benchCorpus(b)
	x := newExtractor(b)
	for _, n := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			doc := graph.Document{Key: "corpus", Name: "corpus.txt", Text: strings.Repeat(text, n)}
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := x.Extract(b.Context(), doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
