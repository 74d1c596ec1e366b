package graph_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares got with the file at path, or rewrites the file with
// -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./graph/ -update writes it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func node(t graph.EntityType, name string, mentions int, aliases ...string) graph.Node {
	return graph.Node{ID: graph.NodeID(t, name), Name: name, Type: t, Aliases: aliases, Mentions: mentions, Docs: 1}
}

func ev(doc string, start int, sentence string) graph.Evidence {
	return graph.Evidence{Doc: doc, Sentence: sentence, Span: graph.Span{Start: start, End: start + len(sentence)}}
}

func edge(src graph.Node, p graph.Predicate, dst graph.Node, evs ...graph.Evidence) graph.Edge {
	return graph.Edge{Source: src.ID, Target: dst.ID, Predicate: p, Evidence: evs}
}

// trickyGraph is a small graph whose names need escaping: quotes,
// backslashes, an ampersand and angle brackets, diacritics, Chinese, a
// line break, an empty name and an ID with quotes and backslashes.
func trickyGraph() *graph.Graph {
	bmw := node(graph.Company, "BMW Group", 5, "BMW", "BMW AG")
	acme := node(graph.Company, `Acme "Quotes" Inc.`, 1)
	slash := node(graph.Company, `Back\slash & Sons\`, 1)
	skoda := node(graph.Company, "Škoda Auto", 2, "Skoda")
	catl := node(graph.Company, "宁德时代", 3, "CATL")
	plant := node(graph.Plant, "Plant Regensburg", 2)
	lines := node(graph.Plant, "Line one\nLine two", 1)
	batteries := node(graph.Product, "high-voltage batteries", 2)
	enyaq := node(graph.Product, "Enyaq iV", 1)
	regensburg := node(graph.Location, "Regensburg", 1)
	germany := node(graph.Location, "Germany", 3)
	boleslav := node(graph.Location, "Mladá Boleslav", 1)
	milan := node(graph.Person, "Milan Nedeljković", 1)
	tech := node(graph.Technology, "solid-state <cells> &amp; more", 1)
	odd := graph.Node{ID: `other:"quoted" \id\`, Type: "other"}

	nodes := []graph.Node{bmw, acme, slash, skoda, catl, plant, lines, batteries, enyaq,
		regensburg, germany, boleslav, milan, tech, odd}
	edges := []graph.Edge{
		edge(bmw, graph.Operates, plant, ev("news/a.txt", 0, "BMW Group runs Plant Regensburg.")),
		edge(plant, graph.Produces, batteries,
			ev("news/b.txt", 10, "Plant Regensburg builds high-voltage batteries."),
			ev("news/a.txt", 40, "The plant makes \"high-voltage batteries\".")),
		edge(plant, graph.LocatedIn, regensburg, ev("news/a.txt", 0, "BMW Group runs Plant Regensburg.")),
		edge(regensburg, graph.LocatedIn, germany, ev("news/c.txt", 0, "Regensburg, Germany\n(dateline)")),
		edge(skoda, graph.Produces, enyaq, ev("news/škoda.txt", 3, "Škoda Auto baut den Enyaq iV.")),
		edge(skoda, graph.LocatedIn, boleslav, ev("news/škoda.txt", 40, "Škoda Auto sitzt in Mladá Boleslav.")),
		edge(catl, graph.Supplies, bmw, ev("news/cn.txt", 0, "宁德时代（CATL）将向宝马供应电池。")),
		edge(bmw, graph.PartnersWith, catl, ev("news/cn.txt", 60, "宝马与宁德时代合作。")),
		edge(milan, graph.WorksFor, bmw, ev("news/a.txt", 90, "Milan Nedeljković, board member at BMW Group, said…")),
		edge(bmw, graph.Develops, tech, ev("news/d.txt", 0, `BMW develops "solid-state" cells (see C:\docs\cells).`)),
		edge(acme, graph.Supplies, slash, ev(`news\e.txt`, 0, "Acme \"Quotes\" Inc. supplies Back\\slash & Sons\\.\tTab.")),
		edge(lines, graph.Produces, batteries),
		edge(odd, graph.Uses, tech, ev("", 0, "")),
	}
	return graph.NewGraph(nodes, edges)
}

func TestWriteDOT(t *testing.T) {
	tests := []struct {
		name string
		g    *graph.Graph
	}{
		{"tricky", trickyGraph()},
		{"empty", graph.NewGraph(nil, nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := graph.WriteDOT(&buf, tt.g); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", tt.name, "want.dot"), buf.Bytes())
		})
	}
}

func TestWriteDOTDeterministic(t *testing.T) {
	var first bytes.Buffer
	if err := graph.WriteDOT(&first, trickyGraph()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		// A graph built by hand, in another order, is written the same.
		g := trickyGraph()
		h := &graph.Graph{Nodes: reversed(g.Nodes), Edges: reversed(g.Edges)}
		var buf bytes.Buffer
		if err := graph.WriteDOT(&buf, h); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(first.String(), buf.String()); diff != "" {
			t.Fatalf("run %d differs (-first +got):\n%s", i, diff)
		}
	}
}

func reversed[T any](s []T) []T {
	out := make([]T, len(s))
	for i, x := range s {
		out[len(s)-1-i] = x
	}
	return out
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	for name, write := range map[string]func(io.Writer, *graph.Graph) error{
		"dot": graph.WriteDOT, "json": graph.WriteJSON,
	} {
		if err := write(failWriter{}, trickyGraph()); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: err = %v, want the writer's error", name, err)
		}
	}
}

// nastyGraph has names no extractor should produce but a writer must
// survive: control characters, invalid UTF-8, lone backslashes, DOT
// keywords and an ID that clashes with the legend's prefix.
func nastyGraph() *graph.Graph {
	names := []string{"a\x00b", "\xff\xfe", "tab\there", "cr\r\nlf", "\\", "\"", "line\u2028sep",
		"node", "edge", "subgraph", "-> x", "{ }", "<b>html</b>", "\\N \\G \\L", "&lt;"}
	var nodes []graph.Node
	var edges []graph.Edge
	for i, n := range names {
		nodes = append(nodes, graph.Node{ID: n, Name: n, Type: graph.EntityTypes()[i%6], Aliases: []string{n}})
		if i > 0 {
			edges = append(edges, graph.Edge{Source: names[i-1], Target: n, Predicate: graph.Predicate(n),
				Evidence: []graph.Evidence{{Doc: n, Sentence: n}}})
		}
	}
	nodes = append(nodes, graph.Node{ID: "legend:company", Name: "clash", Type: graph.Company})
	return graph.NewGraph(nodes, edges)
}

// TestWriteDOTGraphviz checks that Graphviz reads what WriteDOT writes and
// shows every name as it is.
func TestWriteDOTGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("PLANTGRAPH_SKIP_GRAPHVIZ") == "1" {
			t.Skip("dot not found and PLANTGRAPH_SKIP_GRAPHVIZ=1")
		}
		t.Fatalf("Graphviz dot not found in PATH (%v): install graphviz (apt-get install graphviz) or set PLANTGRAPH_SKIP_GRAPHVIZ=1", err)
	}
	tests := []struct {
		name  string
		g     *graph.Graph
		texts []string // lines of text the picture must show
	}{
		{"tricky", trickyGraph(), []string{
			"BMW Group", `Acme "Quotes" Inc.`, `Back\slash & Sons\`, "Škoda Auto", "宁德时代",
			"Mladá Boleslav", "Line one", "Line two", "solid-state <cells> &amp; more",
			`other:"quoted" \id\`, "produces (2)", "partners_with", "Legend", "company", "plant", "other",
		}},
		{"nasty", nastyGraph(), []string{`\`, `"`, "tab here", "cr", "lf", "<b>html</b>", `\N \G \L`, "&lt;", "clash"}},
		{"empty", graph.NewGraph(nil, nil), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in bytes.Buffer
			if err := graph.WriteDOT(&in, tt.g); err != nil {
				t.Fatal(err)
			}
			var out, stderr bytes.Buffer
			cmd := exec.Command(dot, "-Tsvg")
			cmd.Stdin, cmd.Stdout, cmd.Stderr = &in, &out, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("dot -Tsvg: %v\n%s\ninput:\n%s", err, stderr.Bytes(), in.Bytes())
			}
			if stderr.Len() > 0 {
				t.Errorf("dot -Tsvg complained:\n%s", stderr.Bytes())
			}
			texts, err := svgTexts(out.Bytes())
			if err != nil {
				t.Fatalf("dot wrote invalid SVG: %v", err)
			}
			have := map[string]bool{}
			for _, s := range texts {
				have[s] = true
			}
			for _, s := range tt.texts {
				if !have[s] {
					t.Errorf("SVG shows no text %q; it shows %q", s, texts)
				}
			}
		})
	}
}

// svgTexts returns the content of every <text> element of an SVG file.
func svgTexts(svg []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = false // Graphviz declares an external DTD
	var texts []string
	in := false
	var cur strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return texts, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				in = true
				cur.Reset()
			}
		case xml.CharData:
			if in {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				in = false
				texts = append(texts, cur.String())
			}
		}
	}
}
