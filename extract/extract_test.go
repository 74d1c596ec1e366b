package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/extract"
	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

var update = flag.Bool("update", false, "rewrite the want.json files of the golden tests")

// extractor is built once: the gazetteer takes a while to load.
var extractor = sync.OnceValues(func() (*extract.Extractor, error) {
	gz, err := extract.LoadGazetteer()
	if err != nil {
		return nil, err
	}
	lx, err := extract.BundledLexicon()
	if err != nil {
		return nil, err
	}
	return extract.New(extract.Config{Gazetteer: gz, Lexicon: lx}), nil
})

// newExtractor returns the extractor with the bundled gazetteer and lexicon.
func newExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	x, err := extractor()
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// golden is the recorded outcome of extracting one input: the facts
// without the extractor's confidence, which is tuned too often to pin.
type golden struct {
	Entities  []graph.Entity   `json:"entities"`
	Relations []goldenRelation `json:"relations"`
}

type goldenRelation struct {
	Subject   graph.Key       `json:"subject"`
	Predicate graph.Predicate `json:"predicate"`
	Object    graph.Key       `json:"object"`
	Evidence  goldenEvidence  `json:"evidence"`
}

type goldenEvidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

func toGolden(f graph.Facts) golden {
	g := golden{Entities: f.Entities, Relations: []goldenRelation{}}
	if g.Entities == nil {
		g.Entities = []graph.Entity{}
	}
	for _, r := range f.Relations {
		g.Relations = append(g.Relations, goldenRelation{
			Subject: r.Subject, Predicate: r.Predicate, Object: r.Object,
			Evidence: goldenEvidence{Sentence: r.Evidence.Sentence, Start: r.Evidence.Start, End: r.Evidence.End},
		})
	}
	return g
}

// TestGolden extracts testdata/golden/<case>/input.txt and compares the
// entities, mentions and relations with testdata/golden/<case>/want.json;
// -update rewrites it.
func TestGolden(t *testing.T) {
	x := newExtractor(t)
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*", "input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatal("no golden cases")
	}
	for _, input := range inputs {
		dir := filepath.Dir(input)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			text, err := os.ReadFile(input)
			if err != nil {
				t.Fatal(err)
			}
			doc := graph.Document{Key: "input.txt", Path: "input.txt", Name: "input.txt", Text: string(text)}
			f, err := x.Extract(t.Context(), doc)
			if err != nil {
				t.Fatal(err)
			}
			checkFacts(t, doc.Text, f)
			got := toGolden(f)
			wantPath := filepath.Join(dir, "want.json")
			if *update {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if err := enc.Encode(got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(wantPath, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(wantPath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var want golden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s: %v", wantPath, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", wantPath, diff)
			}
		})
	}
}

// checkFacts fails on facts that break the extractor's promises about the
// text they came from: every mention slices the text to its own text,
// every evidence span slices it to its sentence, every relation obeys the
// schema and links entities of the same document.
func checkFacts(t *testing.T, text string, f graph.Facts) {
	t.Helper()
	keys := map[graph.Key]bool{}
	for _, e := range f.Entities {
		if strings.TrimSpace(e.Name) == "" {
			t.Errorf("entity with an empty name: %+v", e)
		}
		if _, err := graph.ParseEntityType(string(e.Type)); err != nil {
			t.Errorf("entity %q: %v", e.Name, err)
		}
		keys[e.Key()] = true
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Errorf("entity %q: mention span [%d,%d) outside the text (%d bytes)", e.Name, m.Start, m.End, len(text))
				continue
			}
			if got := m.Span.Of(text); got != m.Text {
				t.Errorf("entity %q: mention [%d,%d) slices to %q, not %q", e.Name, m.Start, m.End, got, m.Text)
			}
		}
	}
	for _, r := range f.Relations {
		if err := r.Check(); err != nil {
			t.Errorf("relation breaks the schema: %v", err)
		}
		if !keys[r.Subject] || !keys[r.Object] {
			t.Errorf("relation %s %s %s: an end is no entity of the document", r.Subject, r.Predicate, r.Object)
		}
		ev := r.Evidence
		if ev.Sentence == "" {
			t.Errorf("relation %s %s %s: no evidence sentence", r.Subject, r.Predicate, r.Object)
			continue
		}
		if got := ev.Span.Of(text); got != ev.Sentence {
			t.Errorf("relation %s %s %s: evidence [%d,%d) slices to %q, not the sentence %q",
				r.Subject, r.Predicate, r.Object, ev.Start, ev.End, got, ev.Sentence)
		}
	}
}

// moduleRoot returns the folder of go.mod, found by walking up from the
// package folder.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package folder")
		}
		dir = parent
	}
}

// corpusFiles returns the articles of the bundled corpus and, when it is
// present beside the module, of the shared dev corpus.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	root := moduleRoot(t)
	files, err := filepath.Glob(filepath.Join(root, "testdata", "corpus", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no articles in the bundled corpus")
	}
	dev, err := filepath.Glob(filepath.Join(root, "..", "shared", "corpus", "dev", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dev) == 0 {
		t.Log("no ../shared/corpus/dev beside the module: checking the bundled corpus only")
	}
	return append(files, dev...)
}

// TestSpans extracts every article of the corpora, both as the raw file
// and as the documents the reader makes of it, and checks every mention
// and evidence span against the text.
func TestSpans(t *testing.T) {
	x := newExtractor(t)
	for _, path := range corpusFiles(t) {
		name := filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := (&ingest.Reader{}).Read(filepath.Base(path), bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, graph.Document{Key: "raw", Name: filepath.Base(path), Text: string(raw)})
			mentions, relations := 0, 0
			for _, d := range docs {
				f, err := x.Extract(t.Context(), d)
				if err != nil {
					t.Fatalf("%s: %v", d.Key, err)
				}
				checkFacts(t, d.Text, f)
				for _, e := range f.Entities {
					mentions += len(e.Mentions)
				}
				relations += len(f.Relations)
			}
			if mentions == 0 {
				t.Errorf("no mentions at all")
			}
		})
	}
}

// TestDeterministic extracts the same article twice and from two
// goroutines at once: the facts must be the same each time.
func TestDeterministic(t *testing.T) {
	x := newExtractor(t)
	raw, err := os.ReadFile(filepath.Join(moduleRoot(t), "testdata", "corpus", "umicore-aesc-bmw-supply-chain.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := graph.Document{Key: "a", Name: "a.txt", Text: string(raw)}
	want, err := x.Extract(t.Context(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([]graph.Facts, 4)
	for i := range got {
		wg.Go(func() {
			got[i], _ = x.Extract(t.Context(), doc)
		})
	}
	wg.Wait()
	for i := range got {
		if diff := cmp.Diff(want, got[i]); diff != "" {
			t.Errorf("run %d differs (-first +run):\n%s", i, diff)
		}
	}
}

// TestCancelled checks that a cancelled context stops extraction with an
// error that names the document.
func TestCancelled(t *testing.T) {
	x := newExtractor(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := x.Extract(ctx, graph.Document{Key: "doc-key", Text: "BMW builds the iX1 in Regensburg."})
	if err == nil || !strings.Contains(err.Error(), "doc-key") {
		t.Errorf("got %v, want an error naming doc-key", err)
	}
}

// TestZeroConfig checks that an extractor without gazetteer or lexicon
// still works and keeps its promises.
func TestZeroConfig(t *testing.T) {
	x := extract.New(extract.Config{})
	text := "Kestrel Motors GmbH will build the KV3 van at its plant in Gdańsk, chief executive Anna Brandt said."
	f, err := x.Extract(t.Context(), graph.Document{Key: "k", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkFacts(t, text, f)
	if len(f.Entities) == 0 {
		t.Errorf("no entities without gazetteer and lexicon in %q", text)
	}
}
