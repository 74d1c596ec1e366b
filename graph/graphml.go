package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// graphmlKey is one attribute GraphML declares: its key ID, the element
// it is for, and the name and type readers see.
type graphmlKey struct{ id, domain, name, typ string }

// graphmlKeys are the attributes WriteGraphML writes. The node's name and
// the edge's predicate are named "label", and the edge's count "weight",
// as Gephi, yEd's property mapper and networkx expect.
var graphmlKeys = []graphmlKey{
	{"node_id", "node", "node_id", "string"},
	{"name", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"aliases", "node", "aliases", "string"},
	{"mentions", "node", "mentions", "int"},
	{"docs", "node", "docs", "int"},
	{"predicate", "edge", "label", "string"},
	{"count", "edge", "weight", "int"},
	{"documents", "edge", "documents", "string"},
	{"evidence", "edge", "evidence", "string"},
}

// WriteGraphML writes g as GraphML (graphml.graphdrawing.org), which
// Gephi, yEd, Cytoscape, networkx and igraph read. The graph is directed,
// every edge as the graph holds it: partners_with too, since networkx and
// igraph reject a graph that mixes directed and undirected edges.
//
// Nodes get the IDs "n0", "n1"... in ID order, since GraphML IDs may not
// hold spaces; the graph's own ID is the data "node_id". A node's data are
// its name (attribute "label"), type, aliases (joined by "; "), mentions and
// docs. Edges get the IDs "e0", "e1"... in graph order (source, predicate,
// target); an edge's data are its predicate (attribute "label"), count
// (attribute "weight": the number of evidence sentences, at least 1), the
// distinct documents of its evidence (joined by "; ") and its evidence, one
// line per sentence: "[DOC START-END] SENTENCE". Text is escaped for XML,
// with characters XML cannot hold (NUL, other C0 controls but tab and line
// breaks, invalid UTF-8) written as U+FFFD.
func WriteGraphML(w io.Writer, g *Graph) error {
	nodes, edges := sortedNodes(g.Nodes), sortedEdges(g.Edges)
	bw := bufio.NewWriter(w)
	p := func(s ...string) {
		for _, x := range s {
			bw.WriteString(x)
		}
	}
	data := func(key, value string) {
		if value == "" {
			return
		}
		p("      <data key=\"", key, "\">", xmlText(value), "</data>\n")
	}

	p(xml.Header)
	p(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"`,
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`, "\n")
	for _, k := range graphmlKeys {
		p(`  <key id="`, k.id, `" for="`, k.domain, `" attr.name="`, k.name, `" attr.type="`, k.typ, "\"/>\n")
	}
	p(`  <graph id="plantgraph" edgedefault="directed">`, "\n")

	ids := make(map[string]string, len(nodes))
	for i, n := range nodes {
		id := "n" + strconv.Itoa(i)
		if _, dup := ids[n.ID]; !dup {
			ids[n.ID] = id
		}
		p(`    <node id="`, id, "\">\n")
		data("node_id", n.ID)
		data("name", n.Name)
		data("type", string(n.Type))
		data("aliases", strings.Join(n.Aliases, "; "))
		data("mentions", strconv.Itoa(n.Mentions))
		data("docs", strconv.Itoa(n.Docs))
		p("    </node>\n")
	}

	for i, e := range edges {
		src, ok1 := ids[e.Source]
		dst, ok2 := ids[e.Target]
		if !ok1 || !ok2 {
			continue // an end that is not a node: NewGraph drops these
		}
		p(`    <edge id="e`, strconv.Itoa(i), `" source="`, src, `" target="`, dst, "\">\n")
		data("predicate", string(e.Predicate))
		data("count", strconv.Itoa(max(1, len(e.Evidence))))
		data("documents", strings.Join(docsOf([]Edge{e}), "; "))
		var lines []string
		for _, ev := range e.Evidence {
			lines = append(lines, fmt.Sprintf("[%s %d-%d] %s", ev.Doc, ev.Start, ev.End, ev.Sentence))
		}
		data("evidence", strings.Join(lines, "\n"))
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// xmlText escapes s for XML text or an attribute value.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}
