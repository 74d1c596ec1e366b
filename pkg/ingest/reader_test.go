package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/ingest"
)

// doc is what a test checks of a document: its key relative to the test
// folder, its meta and its text.
type doc struct {
	Key  string
	Meta graph.Meta
	Text string
}

func gz(t testing.TB, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const article = `Acme opens battery plant in Testville

Testville, 3 March 2024 – By Jane Doe

Acme Corp has opened a battery plant in Testville, Germany, where it will make cells for the Roadrunner from 2025.
`

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Plant News</title><link>https://example.com/</link>
<item><title>Acme opens plant</title><link>https://example.com/a</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate><author>jane@example.com (Jane Doe)</author>
<description>&lt;p&gt;Acme Corp has opened a plant in &lt;b&gt;Testville&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Bolt builds motors</title><link>https://example.com/b</link>
<pubDate>Wed, 06 Mar 2024 10:00:00 +0100</pubDate>
<description>Bolt Motors builds electric motors in Sparkton.</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Factory Feed</title><id>urn:x</id><updated>2024-03-07T00:00:00Z</updated>
<entry><title>Cogs expands Millbrook site</title><id>urn:1</id><link href="https://example.com/c"/>
<published>2024-03-07T09:30:00+01:00</published><author><name>John Roe</name></author>
<content type="html">&lt;p&gt;Cogs Ltd is expanding its Millbrook site.&lt;/p&gt;&lt;p&gt;The site makes gears.&lt;/p&gt;</content></entry>
</feed>`

// TestRead reads one file of each format, and each kind of bad input.
func TestRead(t *testing.T) {
	type errWant struct {
		is   error  // errors.Is target, if any
		text string // the error message, with DIR for the test folder
	}
	tests := []struct {
		name    string
		file    string
		data    []byte
		max     int64
		want    []doc
		wantErr *errWant
	}{{
		name: "text article with dateline",
		file: "a.txt",
		data: []byte(article),
		want: []doc{{Key: "a.txt", Meta: graph.Meta{Title: "Acme opens battery plant in Testville", Date: "2024-03-03", Author: "Jane Doe"},
			Text: "Acme opens battery plant in Testville\n\nAcme Corp has opened a battery plant in Testville, Germany, where it will make cells for the Roadrunner from 2025."}},
	}, {
		name: "text web page with clutter",
		file: "page.txt",
		data: []byte("Skip to main content\r\nHome | News | Plants | Jobs\r\nSearch\r\nWe use cookies to improve your experience. Accept | Manage settings\r\n\r\nPlants\r\n\r\nAcme doubles output at Testville plant\r\n\r\n2024-03-04T09:15:00+00:00By Jane Doe\r\n\r\nListen to this article\r\nShare this article\r\n\r\nIMG_2024_acme_line\r\n\r\nWorkers on the new line at Acme's Testville plant. Photo: Acme\r\n\r\nAcme Corp has doubled the output of its Testville plant to 2,000 cells a day.   \r\n\r\n\r\n\r\nGallery: Acme Testville\r\n\r\nSign up for our newsletter\r\nFacebook | X | LinkedIn | Email\r\n© 2024 All rights reserved | Privacy\r\n"),
		want: []doc{{Key: "page.txt", Meta: graph.Meta{Title: "Acme doubles output at Testville plant", Date: "2024-03-04", Author: "Jane Doe"},
			Text: "Acme doubles output at Testville plant\n\nWorkers on the new line at Acme's Testville plant.\n\nAcme Corp has doubled the output of its Testville plant to 2,000 cells a day."}},
	}, {
		name: "text date header",
		file: "d.txt",
		data: []byte(" date 2023-04-09 Listen to this article\n\nAcme Corp has started production of the Roadrunner at its Testville plant in Germany, setting a milestone for the company.\n"),
		want: []doc{{Key: "d.txt", Meta: graph.Meta{Date: "2023-04-09"},
			Text: "Acme Corp has started production of the Roadrunner at its Testville plant in Germany, setting a milestone for the company."}},
	}, {
		name: "text listing page",
		file: "list.txt",
		data: []byte("Plant News\n\nLatest stories\n\nUntitled design (3)\n\nAcme opens Testville plant\n\n2024-02-14T17:31:00+00:00By Jane Doe\n\nAcme has opened its plant in Testville.\n\nA robot at Bolt's Sparkton line (Image- Bolt)\n\nBolt builds motors in Sparkton\n\n2024-02-07T22:19:00+00:00By John Roe\n\nBolt Motors builds electric motors in Sparkton.\n\nLoad more\n"),
		want: []doc{
			{Key: "list.txt#1", Meta: graph.Meta{Title: "Acme opens Testville plant", Date: "2024-02-14", Author: "Jane Doe"},
				Text: "Acme opens Testville plant\n\nAcme has opened its plant in Testville."},
			{Key: "list.txt#2", Meta: graph.Meta{Title: "Bolt builds motors in Sparkton", Date: "2024-02-07", Author: "John Roe"},
				Text: "Bolt builds motors in Sparkton\n\nBolt Motors builds electric motors in Sparkton.\n\nA robot at Bolt's Sparkton line"}},
	}, {
		name: "article with a teaser below is no listing",
		file: "one.txt",
		data: []byte("Acme doubles output at Testville plant\n\n2024-03-04T09:15:00+00:00By Jane Doe\n\n" +
			strings.Repeat("Acme Corp has doubled the output of its Testville plant to two thousand cells a day.\n\n", 20) +
			"Related\n\nBolt builds motors in Sparkton\n\n2024-03-01T10:00:00+00:00By John Roe\n\nBolt Motors builds electric motors in Sparkton.\n"),
		want: []doc{{Key: "one.txt", Meta: graph.Meta{Title: "Acme doubles output at Testville plant", Date: "2024-03-04", Author: "Jane Doe"},
			Text: "Acme doubles output at Testville plant\n\n" +
				strings.Repeat("Acme Corp has doubled the output of its Testville plant to two thousand cells a day.\n\n", 20) +
				"Bolt builds motors in Sparkton\n\nBolt Motors builds electric motors in Sparkton."}},
	}, {
		name: "markdown",
		file: "m.md",
		data: []byte("---\ndate: 2024-03-05\nauthor: Jane Doe\n---\n# Acme opens *battery* plant\n\nAcme Corp has **opened** a plant in [Testville](https://example.com/t), Germany.\n\n* It makes `cells`.\n"),
		want: []doc{{Key: "m.md", Meta: graph.Meta{Title: "Acme opens battery plant", Date: "2024-03-05", Author: "Jane Doe"},
			Text: "Acme opens battery plant\n\nAcme Corp has opened a plant in Testville, Germany.\n\n- It makes cells."}},
	}, {
		name: "html article",
		file: "p.html",
		data: []byte(`<!doctype html><html><head><title>Acme opens plant | Plant News</title>
<meta property="og:title" content="Acme opens battery plant in Testville">
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
<link rel="canonical" href="https://example.com/acme"><script>var x = "<p>no</p>";</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><header>Plant News</header>
<article><h1>Acme opens battery plant in Testville</h1><p>Acme Corp has opened a
battery plant in <b>Testville</b>.</p><div class="share-buttons">Share on Facebook</div><p>It makes cells.<br>Many cells.</p>
<aside>Read more elsewhere</aside><form>Sign up</form><ul><li>One line</li><li>Two lines</li></ul></article>
<footer>© Plant News</footer></body></html>`),
		want: []doc{{Key: "p.html", Meta: graph.Meta{Title: "Acme opens battery plant in Testville", Date: "2024-03-05", Author: "Jane Doe", URL: "https://example.com/acme"},
			Text: "Acme opens battery plant in Testville\n\nAcme Corp has opened a battery plant in Testville.\n\nIt makes cells.\nMany cells.\n\nOne line\nTwo lines"}},
	}, {
		name: "htm without article",
		file: "p.htm",
		data: []byte(`<html><head><title>Bolt builds motors - Plant News</title></head><body><div>Bolt Motors builds motors in Sparkton.</div><p>It began in <time datetime="2023-01-02">January</time>.</p><noscript>Enable JS</noscript></body></html>`),
		want: []doc{{Key: "p.htm", Meta: graph.Meta{Title: "Bolt builds motors", Date: "2023-01-02"},
			Text: "Bolt builds motors\n\nBolt Motors builds motors in Sparkton.\n\nIt began in January."}},
	}, {
		name: "json object",
		file: "o.json",
		data: []byte(`{"title": "Acme opens plant", "body": "Acme Corp has opened a plant in Testville.", "date": "5 March 2024", "url": "https://example.com/a", "author": {"name": "Jane Doe"}, "source": "Plant News"}`),
		want: []doc{{Key: "o.json", Meta: graph.Meta{Title: "Acme opens plant", Date: "2024-03-05", Author: "Jane Doe", URL: "https://example.com/a", Source: "Plant News"},
			Text: "Acme opens plant\n\nAcme Corp has opened a plant in Testville."}},
	}, {
		name: "json gold annotation beside its article is no document and no error",
		file: "a.json",
		data: []byte(`{"entities": [{"name": "Acme Corp", "type": "company"}], "relations": []}`),
	}, {
		name:    "json object with entities but no relations still needs text",
		file:    "e.json",
		data:    []byte(`{"entities": []}`),
		wantErr: &errWant{text: "DIR/e.json:1: no text: no text, body or content field"},
	}, {
		name: "json array",
		file: "arr.json",
		data: []byte("[\n {\"text\": \"Acme Corp has opened a plant in Testville.\"},\n {\"content\": \"<p>Bolt Motors builds motors.</p><p>In Sparkton.</p>\", \"title\": \"Bolt\", \"author\": [\"A One\", \"B Two\"]}\n]"),
		want: []doc{
			{Key: "arr.json#1", Text: "Acme Corp has opened a plant in Testville."},
			{Key: "arr.json#2", Meta: graph.Meta{Title: "Bolt", Author: "A One, B Two"}, Text: "Bolt\n\nBolt Motors builds motors.\n\nIn Sparkton."}},
	}, {
		name: "jsonl",
		file: "l.jsonl",
		data: []byte("{\"text\": \"Acme Corp has opened a plant in Testville.\", \"date\": \"2024-03-05T10:00:00Z\"}\n\n{\"body\": \"Bolt Motors builds motors.\", \"title\": \"Bolt\"}\n"),
		want: []doc{
			{Key: "l.jsonl#1", Meta: graph.Meta{Date: "2024-03-05"}, Text: "Acme Corp has opened a plant in Testville."},
			{Key: "l.jsonl#2", Meta: graph.Meta{Title: "Bolt"}, Text: "Bolt\n\nBolt Motors builds motors."}},
	}, {
		name: "jsonl with a malformed line",
		file: "bad.jsonl",
		data: []byte("{\"text\": \"Acme Corp has opened a plant in Testville.\"}\n{\"text\": \"oops\n{\"title\": \"no text\"}\n{\"text\": \"Bolt Motors builds motors.\"}\n"),
		want: []doc{
			{Key: "bad.jsonl#1", Text: "Acme Corp has opened a plant in Testville."},
			{Key: "bad.jsonl#4", Text: "Bolt Motors builds motors."}},
		wantErr: &errWant{text: "DIR/bad.jsonl:2: invalid JSON: unexpected end of JSON input\nDIR/bad.jsonl:3: no text: no text, body or content field"},
	}, {
		name: "rss",
		file: "feed.rss",
		data: []byte(rss),
		want: []doc{
			{Key: "feed.rss#1", Meta: graph.Meta{Title: "Acme opens plant", Date: "2024-03-05", Author: "Jane Doe", URL: "https://example.com/a", Source: "Plant News"},
				Text: "Acme opens plant\n\nAcme Corp has opened a plant in Testville."},
			{Key: "feed.rss#2", Meta: graph.Meta{Title: "Bolt builds motors", Date: "2024-03-06", URL: "https://example.com/b", Source: "Plant News"},
				Text: "Bolt builds motors\n\nBolt Motors builds electric motors in Sparkton."}},
	}, {
		name: "atom",
		file: "feed.atom",
		data: []byte(atomFeed),
		want: []doc{{Key: "feed.atom", Meta: graph.Meta{Title: "Cogs expands Millbrook site", Date: "2024-03-07", Author: "John Roe", URL: "https://example.com/c", Source: "Factory Feed"},
			Text: "Cogs expands Millbrook site\n\nCogs Ltd is expanding its Millbrook site.\n\nThe site makes gears."}},
	}, {
		name: "feed detected by content",
		file: "feed",
		data: []byte(atomFeed),
		want: []doc{{Key: "feed", Meta: graph.Meta{Title: "Cogs expands Millbrook site", Date: "2024-03-07", Author: "John Roe", URL: "https://example.com/c", Source: "Factory Feed"},
			Text: "Cogs expands Millbrook site\n\nCogs Ltd is expanding its Millbrook site.\n\nThe site makes gears."}},
	}, {
		name: "gzip text",
		file: "a.txt.gz",
		data: gz(t, article),
		want: []doc{{Key: "a.txt.gz", Meta: graph.Meta{Title: "Acme opens battery plant in Testville", Date: "2024-03-03", Author: "Jane Doe"},
			Text: "Acme opens battery plant in Testville\n\nAcme Corp has opened a battery plant in Testville, Germany, where it will make cells for the Roadrunner from 2025."}},
	}, {
		name: "gzip jsonl",
		file: "l.jsonl.gz",
		data: gz(t, "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n"),
		want: []doc{{Key: "l.jsonl.gz#1", Text: "One."}, {Key: "l.jsonl.gz#2", Text: "Two."}},
	}, {
		name:    "binary",
		file:    "b.txt",
		data:    []byte("PK\x03\x04\x00\x00binary"),
		wantErr: &errWant{is: ingest.ErrBinary, text: "DIR/b.txt: binary file (NUL byte at offset 4)"},
	}, {
		name:    "mostly control bytes",
		file:    "c.txt",
		data:    []byte("\x01\x02\x03\x04\x05\x06\x07\x08abc"),
		wantErr: &errWant{is: ingest.ErrBinary, text: "DIR/c.txt: binary file (8 of the first 11 bytes are not text)"},
	}, {
		name:    "invalid UTF-8",
		file:    "latin1.txt",
		data:    []byte("Plant news\nM\xfcnchen plant opens\n"),
		wantErr: &errWant{is: ingest.ErrInvalidUTF8, text: "DIR/latin1.txt:2: invalid UTF-8 (byte 0xfc at column 2)"},
	}, {
		name:    "empty",
		file:    "e.txt",
		data:    nil,
		wantErr: &errWant{is: ingest.ErrEmpty, text: "DIR/e.txt: no text: file is empty"},
	}, {
		name:    "white space only",
		file:    "w.txt",
		data:    []byte(" \n\t\n"),
		wantErr: &errWant{is: ingest.ErrEmpty, text: "DIR/w.txt: no text: file holds only white space"},
	}, {
		name:    "nothing left after cleanup",
		file:    "clutter.txt",
		data:    []byte("Skip to main content\nSearch\nShare this article\nSubscribe to our newsletter\n"),
		wantErr: &errWant{is: ingest.ErrEmpty, text: "DIR/clutter.txt: no text: nothing left after removing page clutter"},
	}, {
		name:    "too big",
		file:    "big.txt",
		data:    []byte(strings.Repeat("Acme builds cells. ", 10)),
		max:     100,
		wantErr: &errWant{is: ingest.ErrTooLarge, text: "DIR/big.txt: file too large: more than 100 bytes"},
	}, {
		name:    "too big after decompression",
		file:    "big.txt.gz",
		data:    gz(t, strings.Repeat("Acme builds cells. ", 100)),
		max:     1000,
		wantErr: &errWant{is: ingest.ErrTooLarge, text: "DIR/big.txt.gz: file too large: more than 1000 bytes"},
	}, {
		name:    "truncated gzip",
		file:    "cut.txt.gz",
		data:    gz(t, strings.Repeat("Acme builds cells in Testville. ", 50))[:40],
		wantErr: &errWant{text: "DIR/cut.txt.gz: gzip: truncated stream: unexpected EOF"},
	}, {
		name:    "gz name without gzip data",
		file:    "plain.txt.gz",
		data:    []byte("Acme builds cells."),
		wantErr: &errWant{text: "DIR/plain.txt.gz: gzip: not in gzip format"},
	}, {
		name:    "xml that is no feed",
		file:    "x.xml",
		data:    []byte(`<?xml version="1.0"?><catalog><book>Acme</book></catalog>`),
		wantErr: &errWant{text: "DIR/x.xml: not an RSS or Atom feed: failed to detect feed type"},
	}, {
		name:    "json syntax error",
		file:    "s.json",
		data:    []byte("[\n {\"text\": \"ok\"},\n {\"text\": nope}\n]"),
		wantErr: &errWant{text: "DIR/s.json:3: invalid JSON: invalid character 'o' in literal null (expecting 'u')"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			r := ingest.Reader{MaxBytes: tt.max}
			results := readAll(t, &r, path)
			if len(results) != 1 {
				t.Fatalf("got %d results, want 1", len(results))
			}
			res := results[0]
			if res.Path != path {
				t.Errorf("Path = %q, want %q", res.Path, path)
			}
			if diff := cmp.Diff(tt.want, docsOf(t, dir, res.Docs)); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			switch {
			case tt.wantErr == nil && res.Err != nil:
				t.Fatalf("unexpected error: %v", res.Err)
			case tt.wantErr != nil && res.Err == nil:
				t.Fatalf("no error, want %q", tt.wantErr.text)
			case tt.wantErr != nil:
				if got, want := res.Err.Error(), strings.ReplaceAll(tt.wantErr.text, "DIR", dir); got != want {
					t.Errorf("error:\n got %q\nwant %q", got, want)
				}
				if tt.wantErr.is != nil && !errors.Is(res.Err, tt.wantErr.is) {
					t.Errorf("error %v is not %v", res.Err, tt.wantErr.is)
				}
				var fe *ingest.FileError
				if !errors.As(res.Err, &fe) || fe.Path != path {
					t.Errorf("error %v is not a *FileError for %s", res.Err, path)
				}
			}
		})
	}
}

// readAll reads path with r and returns every result.
func readAll(t *testing.T, r *ingest.Reader, path string) []ingest.Result {
	t.Helper()
	var out []ingest.Result
	err := r.ReadPath(context.Background(), path, nil, func(res ingest.Result) error {
		out = append(out, res)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadPath: %v", err)
	}
	return out
}

// docsOf checks the fields that follow from the others and returns what
// the test compares, keys relative to dir.
func docsOf(t *testing.T, dir string, docs []graph.Document) []doc {
	t.Helper()
	var out []doc
	for _, d := range docs {
		if d.Name != filepath.Base(d.Path) {
			t.Errorf("%s: Name %q, want %q", d.Key, d.Name, filepath.Base(d.Path))
		}
		if !strings.HasPrefix(d.Key, d.Path) {
			t.Errorf("key %q does not start with path %q", d.Key, d.Path)
		}
		if len(d.Hash) != 64 {
			t.Errorf("%s: hash %q is not hex SHA-256", d.Key, d.Hash)
		}
		key := d.Key
		if rel, err := filepath.Rel(dir, d.Key); err == nil && dir != "" {
			key = rel
		}
		out = append(out, doc{Key: key, Meta: d.Meta, Text: d.Text})
	}
	return out
}

// TestReadUnreadable reads a file without read permission.
func TestReadUnreadable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(path, []byte(article), 0o000); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(path); err == nil {
		f.Close()
		t.Skip("file mode does not stop this user from reading (root?)")
	}
	var r ingest.Reader
	res := readAll(t, &r, path)
	if len(res) != 1 || res[0].Err == nil {
		t.Fatalf("got %+v, want one error", res)
	}
	if !errors.Is(res[0].Err, fs.ErrPermission) {
		t.Errorf("error %v is not fs.ErrPermission", res[0].Err)
	}
	if got, want := res[0].Err.Error(), path+": open: permission denied"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

// TestReadPathWalk walks a folder: sorted, recursive, hidden files and
// other extensions skipped, bad files reported without stopping the walk.
func TestReadPathWalk(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":             article,
		"a.md":              "# Acme news\n\nAcme Corp makes cells in Testville.\n",
		"sub/c.json":        `{"text": "Bolt Motors builds motors."}`,
		"sub/deeper/d.html": "<p>Cogs Ltd makes gears.</p>",
		"sub/e.txt":         "",
		"sub/f.jsonl.gz":    string(gz(t, `{"text": "Gzipped."}`)),
		".hidden.txt":       article,
		".git/config.txt":   article,
		"image.png":         "\x89PNG",
		"notes.go":          "package main",
		"README":            "no extension",
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var r ingest.Reader
	var got []string
	for _, res := range readAll(t, &r, dir) {
		rel, _ := filepath.Rel(dir, res.Path)
		line := rel
		if res.Err != nil {
			line += " error"
		}
		for _, d := range res.Docs {
			line += " " + d.Name
		}
		got = append(got, line)
	}
	want := []string{"a.md a.md", "b.txt b.txt", "sub/c.json c.json", "sub/deeper/d.html d.html", "sub/e.txt error", "sub/f.jsonl.gz f.jsonl.gz"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("walk (-want +got):\n%s", diff)
	}

	// Named explicitly, a hidden file or one of another extension is read.
	for _, name := range []string{".hidden.txt", "README"} {
		res := readAll(t, &r, filepath.Join(dir, name))
		if len(res) != 1 || res[0].Err != nil || len(res[0].Docs) != 1 {
			t.Errorf("%s: got %+v, want one document", name, res)
		}
	}

	// Exts narrows the walk.
	r.Exts = []string{".txt"}
	got = nil
	for _, res := range readAll(t, &r, dir) {
		rel, _ := filepath.Rel(dir, res.Path)
		got = append(got, rel)
	}
	if diff := cmp.Diff([]string{"b.txt", "sub/e.txt"}, got); diff != "" {
		t.Errorf("walk with Exts (-want +got):\n%s", diff)
	}
}

// TestReadPathMissing reports a path that does not exist as a result.
func TestReadPathMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.txt")
	var r ingest.Reader
	res := readAll(t, &r, path)
	if len(res) != 1 || !errors.Is(res[0].Err, fs.ErrNotExist) {
		t.Fatalf("got %+v, want one not-exist error", res)
	}
	if got, want := res[0].Err.Error(), path+": stat: no such file or directory"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

// TestReadPathStdin reads "-" from the given reader, format by content.
func TestReadPathStdin(t *testing.T) {
	var r ingest.Reader
	var got []ingest.Result
	err := r.ReadPath(context.Background(), "-", bytes.NewReader(gz(t, rss)), func(res ingest.Result) error {
		got = append(got, res)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Err != nil || len(got[0].Docs) != 2 {
		t.Fatalf("got %+v, want two documents", got)
	}
	d := got[0].Docs[0]
	if d.Path != "-" || d.Name != "stdin" || d.Key != "-#1" {
		t.Errorf("got Path %q Name %q Key %q, want -, stdin, -#1", d.Path, d.Name, d.Key)
	}
}

// TestReadPathStops stops at the first error of fn and at a done context.
func TestReadPathStops(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var r ingest.Reader
	stop := errors.New("stop")
	n := 0
	err := r.ReadPath(context.Background(), dir, nil, func(ingest.Result) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("got err %v after %d files, want stop after 2", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = r.ReadPath(ctx, dir, nil, func(ingest.Result) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("got err %v after %d files, want context.Canceled after 1", err, n)
	}
}

// TestHashStable checks that the hash depends on meta and text only.
func TestHashStable(t *testing.T) {
	var r ingest.Reader
	a, err := r.Read("x/a.txt", strings.NewReader(article))
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.Read("y/b.txt", strings.NewReader(strings.ReplaceAll(article, "\n", "\r\n")+"\n\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a[0].Hash != b[0].Hash {
		t.Errorf("same article, different hashes: %s, %s", a[0].Hash, b[0].Hash)
	}
	c, err := r.Read("a.txt", strings.NewReader(strings.Replace(article, "Jane Doe", "John Roe", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if a[0].Hash == c[0].Hash {
		t.Error("another author, same hash")
	}
}

// TestDropCaptions removes descriptive captions on request.
func TestDropCaptions(t *testing.T) {
	src := "Acme doubles output at Testville plant\n\n2024-03-04T09:15:00+00:00By Jane Doe\n\nWorkers on the new line. Photo: Acme\n\nAcme Corp has doubled the output of its Testville plant.\n"
	for _, drop := range []bool{false, true} {
		r := ingest.Reader{DropCaptions: drop}
		docs, err := r.Read("a.txt", strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(docs[0].Text, "Workers on the new line."); got == drop {
			t.Errorf("DropCaptions %v: caption kept = %v\n%s", drop, got, docs[0].Text)
		}
		if strings.Contains(docs[0].Text, "Photo:") {
			t.Errorf("credit kept:\n%s", docs[0].Text)
		}
	}
}

// TestHeaderForms reads the date and author of the dateline and byline
// forms the reader knows, and removes the line from the text.
func TestHeaderForms(t *testing.T) {
	tests := []struct {
		line         string
		date, author string
	}{
		{"5 March 2024 | By Ann Reed", "2024-03-05", "Ann Reed"},
		{"12 December 2025 | Ann Reed", "2025-12-12", "Ann Reed"},
		{"By Ann Reed | 4 December 2023", "2023-12-04", "Ann Reed"},
		{"Interview: Ann Reed | 10 March 2025", "2025-03-10", "Ann Reed"},
		{"Interview | 15 September 2025 | Ann Reed", "2025-09-15", "Ann Reed"},
		{"26 January 2024 | Staff report", "2024-01-26", "Staff report"},
		{"Testville, 21 July 2023 – By Ann Reed", "2023-07-21", "Ann Reed"},
		{"TESTVILLE, May 25, 2018 - By Ann van der Berg", "2018-05-25", "Ann van der Berg"},
		{"TESTVILLE / OTHERTON, 4 June 2025", "2025-06-04", ""},
		{"Testville, West Shire, 9 January 2025", "2025-01-09", ""},
		{"Testville, Germany, June 2023", "", ""},
		{"2024-02-14T17:31:00+00:00By Ann Reed", "2024-02-14", "Ann Reed"},
		{"2024-02-14T17:31:00Z", "2024-02-14", ""},
		{"date 2023-04-09 Listen to this article", "2023-04-09", ""},
		{"Published: 3 May 2024", "2024-05-03", ""},
		{"By Ann Reed, Senior Editor", "", "Ann Reed"},
		{"21. Juli 2023 | Von Hans Müller", "2023-07-21", "Hans Müller"},
		{"Nov. 12, 2025 · Ann Reed and Bo Li", "2025-11-12", "Ann Reed and Bo Li"},
	}
	const body = "Acme Corp has opened a battery plant in Testville, where it will make cells from 2025 onwards."
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			var r ingest.Reader
			docs, err := r.Read("a.txt", strings.NewReader("Acme opens a plant in Testville\n\n"+tt.line+"\n\n"+body+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			want := doc{Key: "a.txt", Meta: graph.Meta{Title: "Acme opens a plant in Testville", Date: tt.date, Author: tt.author},
				Text: "Acme opens a plant in Testville\n\n" + body}
			if diff := cmp.Diff([]doc{want}, docsOf(t, "", docs)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestInlineDateline reads the date of a dateline that opens the first
// paragraph, and keeps the paragraph whole.
func TestInlineDateline(t *testing.T) {
	for _, first := range []string{
		"Testville, 18 May 2023. Acme Corp will build cells in Testville from 2026, the company said on Thursday.",
		"TESTVILLE, Kan., May 18, 2023 - Acme Corp will build cells in Testville from 2026, the company said on Thursday.",
		"TESTVILLE, N.C. (May 18, 2023) - Acme Corp will build cells in Testville from 2026, the company said on Thursday.",
	} {
		var r ingest.Reader
		docs, err := r.Read("a.txt", strings.NewReader("Press release\n\nAcme to build cells in Testville\n\n"+first+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		want := doc{Key: "a.txt", Meta: graph.Meta{Title: "Acme to build cells in Testville", Date: "2023-05-18"},
			Text: "Acme to build cells in Testville\n\n" + first}
		if diff := cmp.Diff([]doc{want}, docsOf(t, "", docs)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", first, diff)
		}
	}
}

// TestNoTitle leaves a text without a headline untitled, and takes no
// title from a hard-wrapped paragraph.
func TestNoTitle(t *testing.T) {
	for _, src := range []string{
		"Acme Corp has opened a plant in Testville.\n\nIt makes cells.\n",
		"Acme Corp has opened a battery plant in Testville, Germany, where\nit will make cells for the Roadrunner from 2025 on two lines.\n\nMore text follows here.\n",
	} {
		var r ingest.Reader
		docs, err := r.Read("a.txt", strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		want := doc{Key: "a.txt", Text: strings.TrimSpace(src)}
		if diff := cmp.Diff([]doc{want}, docsOf(t, "", docs)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}
