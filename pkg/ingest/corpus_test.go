package ingest_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

// goldMeta is the "meta" of a gold file.
type goldMeta struct {
	Title    string `json:"title"`
	Date     string `json:"date"`
	Author   string `json:"author"`
	Articles []struct {
		Title  string `json:"title"`
		Date   string `json:"date"`
		Author string `json:"author"`
	} `json:"articles"`
}

// devDir returns the shared dev corpus beside the module root, skipping
// the test when it is not there.
func devDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	dev := filepath.Join(dir, "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("no dev corpus: %v", err)
	}
	return dev
}

// readGold reads the meta of the gold file beside a .txt file.
func readGold(t *testing.T, txt string) goldMeta {
	t.Helper()
	b, err := os.ReadFile(strings.TrimSuffix(txt, ".txt") + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Meta goldMeta `json:"meta"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g.Meta
}

// readDocs reads one file with a default Reader.
func readDocs(t *testing.T, path string) []graph.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r ingest.Reader
	docs, err := r.Read(path, f)
	if err != nil {
		t.Fatalf("read %s: %v", filepath.Base(path), err)
	}
	return docs
}

// TestListingPages checks that each listing page of the dev corpus splits
// into the teasers its gold file lists, with their titles, dates and
// authors.
func TestListingPages(t *testing.T) {
	dev := devDir(t)
	for _, name := range []string{
		"seed-ams-bmw-news-listing.txt",
		"battery-belt-news-listing.txt",
		"plantwatch-suppliers-listing.txt",
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dev, name)
			gold := readGold(t, path)
			if len(gold.Articles) == 0 {
				t.Fatal("gold lists no articles")
			}
			docs := readDocs(t, path)
			if len(docs) != len(gold.Articles) {
				for _, d := range docs {
					t.Logf("got %q %s %q", d.Meta.Title, d.Meta.Date, d.Meta.Author)
				}
				t.Fatalf("got %d teasers, gold has %d", len(docs), len(gold.Articles))
			}
			for i, want := range gold.Articles {
				d := docs[i]
				got := graph.Meta{Title: d.Meta.Title, Date: d.Meta.Date, Author: d.Meta.Author}
				if w := (graph.Meta{Title: want.Title, Date: want.Date, Author: want.Author}); got != w {
					t.Errorf("teaser %d:\n got %+v\nwant %+v", i+1, got, w)
				}
				if wantKey := path + "#" + strconv.Itoa(i+1); d.Key != wantKey {
					t.Errorf("teaser %d: key %q, want %q", i+1, d.Key, wantKey)
				}
				if !strings.HasPrefix(d.Text, want.Title+"\n\n") {
					t.Errorf("teaser %d: text does not start with its title: %q", i+1, d.Text)
				}
				if strings.Contains(d.Text, "+00:00By") || strings.Contains(d.Text, "+01:00By") {
					t.Errorf("teaser %d: timestamp left in text: %q", i+1, d.Text)
				}
			}
		})
	}
}

// TestDevMeta checks the title, date and author read from every
// single-article file of the dev corpus against its gold meta.
func TestDevMeta(t *testing.T) {
	dev := devDir(t)
	files, err := filepath.Glob(filepath.Join(dev, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	total, match := 0, 0
	for _, path := range files {
		gold := readGold(t, path)
		if len(gold.Articles) > 0 {
			continue
		}
		total++
		docs := readDocs(t, path)
		if len(docs) != 1 {
			t.Errorf("%s: %d documents, want 1", filepath.Base(path), len(docs))
			continue
		}
		d := docs[0]
		got := graph.Meta{Title: d.Meta.Title, Date: d.Meta.Date, Author: d.Meta.Author}
		want := graph.Meta{Title: gold.Title, Date: gold.Date, Author: gold.Author}
		if got == want {
			match++
			continue
		}
		t.Logf("%s:\n got %+v\nwant %+v", filepath.Base(path), got, want)
	}
	t.Logf("meta equal to gold for %d of %d single-article files", match, total)
	// All 43 files matched when this was written. The bar is 95%, so that
	// new files added to the corpus can show a miss before a fix.
	if total == 0 {
		t.Fatal("no single-article files")
	}
	if match*100 < total*95 {
		t.Errorf("meta equal to gold for %d of %d files, want at least 95%%", match, total)
	}
}
