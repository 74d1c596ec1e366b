package graph_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
)

// The tests of the viewer formats: Cytoscape.js, GraphML and Neo4j CSV.

// writeNeo4j writes both CSV files of g, the nodes file then the edges
// file, into one buffer each.
func writeNeo4j(g *graph.Graph) (nodes, edges []byte, err error) {
	var n, e bytes.Buffer
	err = graph.WriteNeo4jCSV(&n, &e, g)
	return n.Bytes(), e.Bytes(), err
}

func TestExportViewersGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    *graph.Graph
	}{
		{"tricky", trickyGraph()},
		{"empty", graph.NewGraph(nil, nil)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join("testdata", tc.name)
			var cy, gml bytes.Buffer
			if err := graph.WriteCytoscape(&cy, tc.g); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join(dir, "want.cyjs"), cy.Bytes())
			if err := graph.WriteGraphML(&gml, tc.g); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join(dir, "want.graphml"), gml.Bytes())
			nodes, edges, err := writeNeo4j(tc.g)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join(dir, "want.nodes.csv"), nodes)
			golden(t, filepath.Join(dir, "want.edges.csv"), edges)
		})
	}
}

// TestExportViewersDeterministic checks that a graph built by hand in
// another order is written byte for byte the same.
func TestExportViewersDeterministic(t *testing.T) {
	g := trickyGraph()
	h := &graph.Graph{Nodes: reversed(g.Nodes), Edges: reversed(g.Edges)}
	for name, write := range viewerWriters() {
		var a, b bytes.Buffer
		if err := write(&a, g); err != nil {
			t.Fatal(err)
		}
		if err := write(&b, h); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a.String(), b.String()); diff != "" {
			t.Errorf("%s: reversed input gives other output (-first +reversed):\n%s", name, diff)
		}
	}
}

// viewerWriters returns the new writers, the CSV one writing both files
// into one stream.
func viewerWriters() map[string]func(io.Writer, *graph.Graph) error {
	return map[string]func(io.Writer, *graph.Graph) error{
		"cytoscape": graph.WriteCytoscape,
		"graphml":   graph.WriteGraphML,
		"csv": func(w io.Writer, g *graph.Graph) error {
			return graph.WriteNeo4jCSV(w, w, g)
		},
	}
}

func TestExportViewersWriteErrors(t *testing.T) {
	for name, write := range viewerWriters() {
		if err := write(failWriter{}, trickyGraph()); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: err = %v, want the writer's error", name, err)
		}
	}
}

// cyParsed mirrors the document WriteCytoscape writes.
type cyParsed struct {
	Elements struct {
		Nodes []struct {
			Data struct {
				ID       string   `json:"id"`
				Name     string   `json:"name"`
				Type     string   `json:"type"`
				Aliases  []string `json:"aliases"`
				Mentions int      `json:"mentions"`
				Docs     int      `json:"docs"`
			} `json:"data"`
			Classes string `json:"classes"`
		} `json:"nodes"`
		Edges []struct {
			Data struct {
				ID        string `json:"id"`
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
			} `json:"data"`
			Classes string `json:"classes"`
		} `json:"edges"`
	} `json:"elements"`
}

func parseCytoscape(t *testing.T, data []byte) cyParsed {
	t.Helper()
	var doc cyParsed
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("cytoscape JSON does not parse: %v\n%s", err, data)
	}
	return doc
}

// TestCytoscapeElements checks what Cytoscape.js needs: unique element
// IDs, edges whose ends are nodes, and names as they are.
func TestCytoscapeElements(t *testing.T) {
	g := trickyGraph()
	// A node whose ID is what an edge's ID would be.
	bmw, plant := g.Nodes[0], node(graph.Plant, "Plant Regensburg", 2)
	clash := graph.Node{ID: bmw.ID + " operates " + plant.ID, Name: "clash", Type: graph.Company}
	g = graph.NewGraph(append(g.Nodes, clash), g.Edges)

	var buf bytes.Buffer
	if err := graph.WriteCytoscape(&buf, g); err != nil {
		t.Fatal(err)
	}
	doc := parseCytoscape(t, buf.Bytes())
	seen := map[string]bool{}
	var names []string
	for _, n := range doc.Elements.Nodes {
		if seen[n.Data.ID] {
			t.Errorf("node ID %q used twice", n.Data.ID)
		}
		seen[n.Data.ID] = true
		names = append(names, n.Data.Name)
		if n.Data.Aliases == nil {
			t.Errorf("node %q: aliases null", n.Data.ID)
		}
		if n.Classes == "" || strings.ContainsAny(n.Classes, ":\"\\") {
			t.Errorf("node %q: classes %q", n.Data.ID, n.Classes)
		}
	}
	for _, e := range doc.Elements.Edges {
		if seen[e.Data.ID] {
			t.Errorf("edge ID %q used twice", e.Data.ID)
		}
		seen[e.Data.ID] = true
		if !seen[e.Data.Source] || !seen[e.Data.Target] {
			t.Errorf("edge %q: an end is not a node", e.Data.ID)
		}
		if e.Data.Count != max(1, len(e.Data.Evidence)) || e.Data.Evidence == nil {
			t.Errorf("edge %q: count %d with %d evidence", e.Data.ID, e.Data.Count, len(e.Data.Evidence))
		}
	}
	var want []string
	for _, n := range g.Nodes {
		want = append(want, n.Name)
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	if len(doc.Elements.Edges) != len(g.Edges) {
		t.Errorf("%d edges, want %d", len(doc.Elements.Edges), len(g.Edges))
	}
}

// gmlDoc is a GraphML document as encoding/xml reads it.
type gmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string `xml:"id,attr"`
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []gmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID       string    `xml:"id,attr"`
			Source   string    `xml:"source,attr"`
			Target   string    `xml:"target,attr"`
			Directed string    `xml:"directed,attr"`
			Data     []gmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func dataOf(ds []gmlData) map[string]string {
	m := map[string]string{}
	for _, d := range ds {
		m[d.Key] = d.Value
	}
	return m
}

func parseGraphML(t *testing.T, data []byte) gmlDoc {
	t.Helper()
	var doc gmlDoc
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	if err := d.Decode(&doc); err != nil {
		t.Fatalf("GraphML does not parse: %v\n%s", err, data)
	}
	return doc
}

// TestGraphMLParses reads the GraphML of the tricky graph back with
// encoding/xml and checks that it declares every key it uses and names
// every node and edge as the graph does.
func TestGraphMLParses(t *testing.T) {
	g := trickyGraph()
	var buf bytes.Buffer
	if err := graph.WriteGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	doc := parseGraphML(t, buf.Bytes())
	keys := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.ID] = k.For
	}
	for _, want := range []struct{ id, domain string }{
		{"name", "node"}, {"type", "node"}, {"aliases", "node"}, {"mentions", "node"},
		{"predicate", "edge"}, {"count", "edge"}, {"evidence", "edge"},
	} {
		if keys[want.id] != want.domain {
			t.Errorf("no key %q for %s", want.id, want.domain)
		}
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}

	byXMLID := map[string]string{} // GraphML node ID -> graph node ID
	if len(doc.Graph.Nodes) != len(g.Nodes) {
		t.Fatalf("%d nodes, want %d", len(doc.Graph.Nodes), len(g.Nodes))
	}
	for i, n := range doc.Graph.Nodes {
		want := g.Nodes[i]
		d := dataOf(n.Data)
		for key := range d {
			if keys[key] != "node" {
				t.Errorf("node %s: data key %q not declared for nodes", n.ID, key)
			}
		}
		if d["node_id"] != want.ID || d["name"] != want.Name || d["type"] != string(want.Type) ||
			d["aliases"] != strings.Join(want.Aliases, "; ") || d["mentions"] != strconv.Itoa(want.Mentions) {
			t.Errorf("node %s = %q, want %+v", n.ID, d, want)
		}
		byXMLID[n.ID] = want.ID
	}
	if len(doc.Graph.Edges) != len(g.Edges) {
		t.Fatalf("%d edges, want %d", len(doc.Graph.Edges), len(g.Edges))
	}
	for i, e := range doc.Graph.Edges {
		want := g.Edges[i]
		d := dataOf(e.Data)
		for key := range d {
			if keys[key] != "edge" {
				t.Errorf("edge %s: data key %q not declared for edges", e.ID, key)
			}
		}
		if byXMLID[e.Source] != want.Source || byXMLID[e.Target] != want.Target || d["predicate"] != string(want.Predicate) {
			t.Errorf("edge %s = %s %s %s, want %s %s %s", e.ID, byXMLID[e.Source], d["predicate"], byXMLID[e.Target],
				want.Source, want.Predicate, want.Target)
		}
		if d["count"] != strconv.Itoa(max(1, len(want.Evidence))) {
			t.Errorf("edge %s: count %q", e.ID, d["count"])
		}
		for _, ev := range want.Evidence {
			if !strings.Contains(d["evidence"], ev.Sentence) {
				t.Errorf("edge %s: evidence %q lacks %q", e.ID, d["evidence"], ev.Sentence)
			}
		}
		if e.Directed != "" {
			t.Errorf("edge %s: directed=%q; networkx and igraph reject mixed graphs", e.ID, e.Directed)
		}
	}
}

// TestGraphMLNasty checks that names XML cannot hold as they are still
// give a document that parses.
func TestGraphMLNasty(t *testing.T) {
	g := nastyGraph()
	var buf bytes.Buffer
	if err := graph.WriteGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	doc := parseGraphML(t, buf.Bytes())
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Errorf("%d nodes and %d edges, want %d and %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
	}
	for i, n := range doc.Graph.Nodes {
		name := g.Nodes[i].Name
		if xmlSafe(name) && dataOf(n.Data)["name"] != name {
			t.Errorf("name %q came back as %q", name, dataOf(n.Data)["name"])
		}
	}
}

// xmlSafe reports whether XML 1.0 can hold s as it is: valid UTF-8
// without control characters other than tab and line feed (a carriage
// return is read back as a line feed).
func xmlSafe(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' {
			return false
		}
	}
	return true
}

// TestCSVNeo4j reads both files back with encoding/csv and checks the
// headers neo4j-admin reads, the rows and that names survive.
func TestCSVNeo4j(t *testing.T) {
	g := trickyGraph()
	nodes, edges, err := writeNeo4j(g)
	if err != nil {
		t.Fatal(err)
	}
	nrecs, err := csv.NewReader(bytes.NewReader(nodes)).ReadAll()
	if err != nil {
		t.Fatalf("nodes.csv: %v", err)
	}
	erecs, err := csv.NewReader(bytes.NewReader(edges)).ReadAll()
	if err != nil {
		t.Fatalf("edges.csv: %v", err)
	}
	if diff := cmp.Diff([]string{"id:ID", "name", "type:LABEL", "aliases:string[]", "mentions:int", "docs:int"}, nrecs[0]); diff != "" {
		t.Errorf("nodes header (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{":START_ID", ":END_ID", ":TYPE", "predicate", "count:int", "documents:string[]", "evidence"}, erecs[0]); diff != "" {
		t.Errorf("edges header (-want +got):\n%s", diff)
	}
	if len(nrecs)-1 != len(g.Nodes) || len(erecs)-1 != len(g.Edges) {
		t.Fatalf("%d node rows and %d edge rows, want %d and %d", len(nrecs)-1, len(erecs)-1, len(g.Nodes), len(g.Edges))
	}
	ids := map[string]bool{}
	for i, r := range nrecs[1:] {
		n := g.Nodes[i]
		want := []string{n.ID, n.Name, "", strings.Join(n.Aliases, ";"), strconv.Itoa(n.Mentions), strconv.Itoa(n.Docs)}
		r[2] = ""
		if diff := cmp.Diff(want, r); diff != "" {
			t.Errorf("node row %d (-want +got):\n%s", i+1, diff)
		}
		if ids[r[0]] {
			t.Errorf("node ID %q twice", r[0])
		}
		ids[r[0]] = true
	}
	for i, r := range erecs[1:] {
		e := g.Edges[i]
		if r[0] != e.Source || r[1] != e.Target || r[3] != string(e.Predicate) || !ids[r[0]] || !ids[r[1]] {
			t.Errorf("edge row %d = %q, want %s %s %s", i+1, r, e.Source, e.Predicate, e.Target)
		}
		for _, ev := range e.Evidence {
			if !strings.Contains(r[6], ev.Sentence) {
				t.Errorf("edge row %d: evidence %q lacks %q", i+1, r[6], ev.Sentence)
			}
		}
	}
}

func TestCSVNeo4jLabels(t *testing.T) {
	g := graph.NewGraph([]graph.Node{
		{ID: "a", Name: "a", Type: graph.Company},
		{ID: "b", Name: "b", Type: graph.Location},
		{ID: "c", Name: "c", Type: "odd_type;x"},
		{ID: "d", Name: "d"},
	}, []graph.Edge{
		{Source: "a", Target: "b", Predicate: graph.LocatedIn},
		{Source: "a", Target: "c", Predicate: graph.PartnersWith},
		{Source: "b", Target: "c", Predicate: "odd predicate"},
		{Source: "c", Target: "d"},
	})
	nodes, edges, err := writeNeo4j(g)
	if err != nil {
		t.Fatal(err)
	}
	nrecs, _ := csv.NewReader(bytes.NewReader(nodes)).ReadAll()
	erecs, _ := csv.NewReader(bytes.NewReader(edges)).ReadAll()
	var labels, types []string
	for _, r := range nrecs[1:] {
		labels = append(labels, r[2])
	}
	for _, r := range erecs[1:] {
		types = append(types, r[2])
	}
	if diff := cmp.Diff([]string{"Entity;Company", "Entity;Location", "Entity;OddType_x", "Entity"}, labels); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"LOCATED_IN", "PARTNERS_WITH", "ODD_PREDICATE", "RELATED_TO"}, types); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
}

// FuzzExportViewers checks that any names give Cytoscape JSON, GraphML
// and CSV that parse and keep the names their format can hold.
func FuzzExportViewers(f *testing.F) {
	f.Add("BMW Group", "Škoda \"Auto\"", "宁德时代", "line\nbreak")
	f.Add(`back\`, `\"`, "\x00\xff", "\r\n\t")
	f.Add("", "", "", "")
	f.Add("n0", "e0", "]]>", "<![CDATA[")
	f.Fuzz(func(t *testing.T, a, b, alias, sentence string) {
		g := graph.NewGraph([]graph.Node{
			{ID: a, Name: a, Type: graph.Company, Aliases: []string{alias}},
			{ID: "x" + b, Name: b, Type: graph.EntityType(alias)},
		}, []graph.Edge{
			{Source: a, Target: "x" + b, Predicate: graph.Predicate(sentence),
				Evidence: []graph.Evidence{{Doc: alias, Sentence: sentence}}},
			{Source: "x" + b, Target: a, Predicate: graph.PartnersWith},
		})

		var cy bytes.Buffer
		if err := graph.WriteCytoscape(&cy, g); err != nil {
			t.Fatal(err)
		}
		doc := parseCytoscape(t, cy.Bytes())
		if len(doc.Elements.Nodes) != 2 || len(doc.Elements.Edges) != 2 {
			t.Fatalf("cytoscape: %d nodes, %d edges", len(doc.Elements.Nodes), len(doc.Elements.Edges))
		}
		if doc.Elements.Edges[0].Data.ID == doc.Elements.Edges[1].Data.ID && utf8.ValidString(a+b+sentence) {
			t.Errorf("cytoscape: two edges with ID %q", doc.Elements.Edges[0].Data.ID)
		}

		var gml bytes.Buffer
		if err := graph.WriteGraphML(&gml, g); err != nil {
			t.Fatal(err)
		}
		gd := parseGraphML(t, gml.Bytes())
		if len(gd.Graph.Nodes) != 2 || len(gd.Graph.Edges) != 2 {
			t.Fatalf("graphml: %d nodes, %d edges", len(gd.Graph.Nodes), len(gd.Graph.Edges))
		}
		for i, n := range gd.Graph.Nodes {
			if want := g.Nodes[i].Name; xmlSafe(want) && dataOf(n.Data)["name"] != want {
				t.Errorf("graphml: name %q came back as %q", want, dataOf(n.Data)["name"])
			}
		}

		nodes, edges, err := writeNeo4j(g)
		if err != nil {
			t.Fatal(err)
		}
		nrecs, err := csv.NewReader(bytes.NewReader(nodes)).ReadAll()
		if err != nil || len(nrecs) != 3 {
			t.Fatalf("nodes.csv: %d records, %v", len(nrecs), err)
		}
		if erecs, err := csv.NewReader(bytes.NewReader(edges)).ReadAll(); err != nil || len(erecs) != 3 {
			t.Fatalf("edges.csv: %d records, %v", len(erecs), err)
		}
		for i, r := range nrecs[1:] {
			// encoding/csv reads "\r\n" inside a quoted field back as "\n".
			want := strings.ReplaceAll(g.Nodes[i].Name, "\r\n", "\n")
			if utf8.ValidString(want) && r[1] != want {
				t.Errorf("csv: name %q came back as %q", want, r[1])
			}
		}
	})
}
