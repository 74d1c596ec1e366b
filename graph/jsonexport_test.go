package graph_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
)

// exported mirrors the document WriteJSON writes.
type exported struct {
	Nodes []struct {
		ID       string   `json:"id"`
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Aliases  []string `json:"aliases"`
		Mentions int      `json:"mentions"`
	} `json:"nodes"`
	Edges []struct {
		Source    string `json:"source"`
		Target    string `json:"target"`
		Predicate string `json:"predicate"`
		Count     int    `json:"count"`
		Evidence  []struct {
			Doc      string `json:"doc"`
			Sentence string `json:"sentence"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
		} `json:"evidence"`
	} `json:"edges"`
}

func TestWriteJSON(t *testing.T) {
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
			if err := graph.WriteJSON(&buf, tt.g); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", tt.name, "want.json"), buf.Bytes())
		})
	}
}

func TestWriteJSONRoundTrip(t *testing.T) {
	g := trickyGraph()
	var buf bytes.Buffer
	if err := graph.WriteJSON(&buf, g); err != nil {
		t.Fatal(err)
	}
	var got exported
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, buf.Bytes())
	}
	var wantNames, gotNames []string
	for _, n := range g.Nodes {
		wantNames = append(wantNames, n.Name)
	}
	for _, n := range got.Nodes {
		gotNames = append(gotNames, n.Name)
		if n.Aliases == nil {
			t.Errorf("node %q: aliases null, want an array", n.ID)
		}
	}
	if diff := cmp.Diff(wantNames, gotNames); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	if len(got.Edges) != len(g.Edges) {
		t.Fatalf("%d edges, want %d", len(got.Edges), len(g.Edges))
	}
	for i, e := range got.Edges {
		want := g.Edges[i]
		if e.Source != want.Source || e.Target != want.Target || e.Predicate != string(want.Predicate) {
			t.Errorf("edge %d = %s %s %s, want %s %s %s", i, e.Source, e.Predicate, e.Target,
				want.Source, want.Predicate, want.Target)
		}
		if e.Count != max(1, len(want.Evidence)) || e.Evidence == nil {
			t.Errorf("edge %d: count %d, evidence %v; want count %d and an array", i, e.Count, e.Evidence, max(1, len(want.Evidence)))
		}
		for j, x := range e.Evidence {
			if x.Sentence != want.Evidence[j].Sentence || x.Doc != want.Evidence[j].Doc {
				t.Errorf("edge %d evidence %d = %q in %q, want %q in %q", i, j, x.Sentence, x.Doc,
					want.Evidence[j].Sentence, want.Evidence[j].Doc)
			}
		}
	}
}

// FuzzExport checks that any names give valid DOT (every quoted string
// closed on its line, one arrow per edge) and valid JSON that keeps them.
func FuzzExport(f *testing.F) {
	f.Add("BMW Group", "Škoda \"Auto\"", "宁德时代", "line\nbreak")
	f.Add(`back\`, `\"`, "\x00\xff", "\r\n\t")
	f.Add("", "", "", "")
	f.Add("legend:company", "node", "->", "&amp;")
	f.Fuzz(func(t *testing.T, a, b, alias, sentence string) {
		nodes := []graph.Node{
			{ID: a, Name: a, Type: graph.Company, Aliases: []string{alias}},
			{ID: "x" + b, Name: b, Type: graph.EntityType(alias)},
		}
		edges := []graph.Edge{
			{Source: a, Target: "x" + b, Predicate: graph.Predicate(sentence),
				Evidence: []graph.Evidence{{Doc: alias, Sentence: sentence}}},
			{Source: "x" + b, Target: a, Predicate: graph.Supplies},
		}
		g := graph.NewGraph(nodes, edges)

		var dot bytes.Buffer
		if err := graph.WriteDOT(&dot, g); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(dot.Bytes()) {
			t.Errorf("DOT is not valid UTF-8:\n%q", dot.Bytes())
		}
		arrows := 0
		for i, line := range strings.Split(dot.String(), "\n") {
			n, ok := scanDOTLine(line)
			if !ok {
				t.Fatalf("line %d leaves a string open: %q\n%s", i+1, line, dot.Bytes())
			}
			arrows += n
		}
		if arrows != len(g.Edges) {
			t.Errorf("%d arrows outside strings, want %d:\n%s", arrows, len(g.Edges), dot.Bytes())
		}

		var js bytes.Buffer
		if err := graph.WriteJSON(&js, g); err != nil {
			t.Fatal(err)
		}
		var got exported
		if err := json.Unmarshal(js.Bytes(), &got); err != nil {
			t.Fatalf("invalid JSON: %v\n%s", err, js.Bytes())
		}
		if len(got.Nodes) != 2 || len(got.Edges) != len(g.Edges) {
			t.Fatalf("%d nodes and %d edges, want 2 and %d", len(got.Nodes), len(got.Edges), len(g.Edges))
		}
		for i, n := range got.Nodes {
			if want := g.Nodes[i].Name; utf8.ValidString(want) && n.Name != want {
				t.Errorf("name %q came back as %q", want, n.Name)
			}
		}
	})
}

// scanDOTLine reports how many "->" a DOT line holds outside quoted
// strings and whether every string it opens is closed.
func scanDOTLine(line string) (arrows int, ok bool) {
	in := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case in && c == '\\':
			i++
		case c == '"':
			in = !in
		case !in && c == '-' && i+1 < len(line) && line[i+1] == '>':
			arrows++
		}
	}
	return arrows, !in
}
