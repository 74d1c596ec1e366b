package graph

import (
	"encoding/json"
	"fmt"
	"io"
)

// jsonGraph is the document WriteJSON writes. Every field is always
// present: lists are empty, never null.
type jsonGraph struct {
	Nodes []jsonNode `json:"nodes"`
	Edges []jsonEdge `json:"edges"`
}

type jsonNode struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`
	Mentions int        `json:"mentions"`
}

type jsonEdge struct {
	Source    string         `json:"source"`
	Target    string         `json:"target"`
	Predicate Predicate      `json:"predicate"`
	Count     int            `json:"count"`
	Evidence  []jsonEvidence `json:"evidence"`
}

type jsonEvidence struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// WriteJSON writes g as one JSON object, indented by one space:
//
//	{"nodes": [{"id", "name", "type", "aliases", "mentions"}],
//	 "edges": [{"source", "target", "predicate", "count",
//	            "evidence": [{"doc", "sentence", "start", "end"}]}]}
//
// Nodes come in ID order and edges in graph order (source, predicate,
// target), evidence by document and offset. Lists are never null. Count is
// the number of evidence sentences, and 1 for an edge without any. Invalid
// UTF-8 in names is written as U+FFFD; "<", ">" and "&" are not escaped.
func WriteJSON(w io.Writer, g *Graph) error {
	doc := jsonGraph{Nodes: []jsonNode{}, Edges: []jsonEdge{}}
	for _, n := range sortedNodes(g.Nodes) {
		aliases := append([]string{}, n.Aliases...)
		doc.Nodes = append(doc.Nodes, jsonNode{
			ID: n.ID, Name: n.Name, Type: n.Type, Aliases: aliases, Mentions: n.Mentions,
		})
	}
	for _, e := range sortedEdges(g.Edges) {
		je := jsonEdge{
			Source: e.Source, Target: e.Target, Predicate: e.Predicate,
			Count: max(1, len(e.Evidence)), Evidence: []jsonEvidence{},
		}
		for _, ev := range e.Evidence {
			je.Evidence = append(je.Evidence, jsonEvidence{
				Doc: ev.Doc, Sentence: ev.Sentence, Start: ev.Start, End: ev.End,
			})
		}
		doc.Edges = append(doc.Edges, je)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
