package graph

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// cyDoc is the document WriteCytoscape writes.
type cyDoc struct {
	Elements cyElements `json:"elements"`
}

type cyElements struct {
	Nodes []cyNode `json:"nodes"`
	Edges []cyEdge `json:"edges"`
}

type cyNode struct {
	Data    cyNodeData `json:"data"`
	Classes string     `json:"classes"`
}

type cyNodeData struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`
	Mentions int        `json:"mentions"`
	Docs     int        `json:"docs"`
}

type cyEdge struct {
	Data    cyEdgeData `json:"data"`
	Classes string     `json:"classes"`
}

type cyEdgeData struct {
	ID        string         `json:"id"`
	Source    string         `json:"source"`
	Target    string         `json:"target"`
	Predicate Predicate      `json:"predicate"`
	Count     int            `json:"count"`
	Evidence  []jsonEvidence `json:"evidence"`
}

// WriteCytoscape writes g as Cytoscape.js elements, the JSON that
// cytoscape({elements: doc.elements}) and Cytoscape's "Cytoscape.js JSON"
// import read:
//
//	{"elements": {
//	  "nodes": [{"data": {"id", "name", "type", "aliases", "mentions", "docs"},
//	             "classes": "company"}],
//	  "edges": [{"data": {"id", "source", "target", "predicate", "count",
//	                      "evidence": [{"doc", "sentence", "start", "end"}]},
//	             "classes": "produces"}]}}
//
// Node IDs are the graph's. An edge's ID is "SOURCE PREDICATE TARGET",
// with " #2", " #3"... added when that is already the ID of a node or of
// an earlier edge. A node's classes are its type, an edge's its predicate
// and "symmetric" for partners_with; anything but letters, digits, "-" and
// "_" in a class is written as "_", as selectors need. Order, lists and
// escaping are as in WriteJSON.
func WriteCytoscape(w io.Writer, g *Graph) error {
	doc := cyDoc{Elements: cyElements{Nodes: []cyNode{}, Edges: []cyEdge{}}}
	used := map[string]bool{}
	for _, n := range sortedNodes(g.Nodes) {
		used[n.ID] = true
		doc.Elements.Nodes = append(doc.Elements.Nodes, cyNode{
			Data: cyNodeData{
				ID: n.ID, Name: n.Name, Type: n.Type, Aliases: append([]string{}, n.Aliases...),
				Mentions: n.Mentions, Docs: n.Docs,
			},
			Classes: cyClass(string(n.Type)),
		})
	}
	for _, e := range sortedEdges(g.Edges) {
		base := e.Source + " " + string(e.Predicate) + " " + e.Target
		id := base
		for i := 2; used[id]; i++ {
			id = base + " #" + strconv.Itoa(i)
		}
		used[id] = true
		classes := cyClass(string(e.Predicate))
		if e.Predicate.Symmetric() {
			classes += " symmetric"
		}
		ce := cyEdge{
			Data: cyEdgeData{
				ID: id, Source: e.Source, Target: e.Target, Predicate: e.Predicate,
				Count: max(1, len(e.Evidence)), Evidence: []jsonEvidence{},
			},
			Classes: classes,
		}
		for _, ev := range e.Evidence {
			ce.Data.Evidence = append(ce.Data.Evidence, jsonEvidence{
				Doc: ev.Doc, Sentence: ev.Sentence, Start: ev.Start, End: ev.End,
			})
		}
		doc.Elements.Edges = append(doc.Elements.Edges, ce)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write cytoscape: %w", err)
	}
	return nil
}

// cyClass turns s into one class name: letters, digits, "-" and "_" kept,
// anything else "_"; an empty s gives "_".
func cyClass(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
}
