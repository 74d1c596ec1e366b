package graph

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Neo4jNodesHeader and Neo4jEdgesHeader are the header rows of the files
// WriteNeo4jCSV writes, in neo4j-admin import's notation.
var (
	Neo4jNodesHeader = []string{"id:ID", "name", "type:LABEL", "aliases:string[]", "mentions:int", "docs:int"}
	Neo4jEdgesHeader = []string{":START_ID", ":END_ID", ":TYPE", "predicate", "count:int", "documents:string[]", "evidence"}
)

// WriteNeo4jCSV writes g as the two CSV files neo4j-admin imports, a
// nodes file and a relationships file:
//
//	neo4j-admin database import full --nodes=nodes.csv \
//	    --relationships=edges.csv --multiline-fields=true neo4j
//
// nodes holds one row per node, in ID order: its ID (also stored as the
// property "id"), name, labels, aliases, mentions and docs. The labels are
// "Entity" and the type in Neo4j's style, e.g. "Entity;Company". edges holds
// one row per edge, in graph order: source and target IDs, the predicate as
// a relationship type in Neo4j's style ("LOCATED_IN") and as the property
// "predicate", the count of evidence sentences (at least 1), the distinct
// documents of the evidence, and the evidence, one line per sentence:
// "[DOC START-END] SENTENCE".
//
// Lists use neo4j-admin's default array delimiter ";", so an alias or a
// document key that holds ";" comes back split. Fields are quoted as
// RFC 4180 says, so quotes, backslashes and commas survive; line breaks
// inside fields need --multiline-fields=true. Invalid UTF-8 is written as
// U+FFFD.
func WriteNeo4jCSV(nodes, edges io.Writer, g *Graph) error {
	nw := csv.NewWriter(nodes)
	nw.Write(Neo4jNodesHeader)
	for _, n := range sortedNodes(g.Nodes) {
		nw.Write(validUTF8(
			n.ID, n.Name, neo4jLabels(n.Type), strings.Join(n.Aliases, ";"),
			strconv.Itoa(n.Mentions), strconv.Itoa(n.Docs),
		))
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}

	ew := csv.NewWriter(edges)
	ew.Write(Neo4jEdgesHeader)
	for _, e := range sortedEdges(g.Edges) {
		var lines []string
		for _, ev := range e.Evidence {
			lines = append(lines, fmt.Sprintf("[%s %d-%d] %s", ev.Doc, ev.Start, ev.End, ev.Sentence))
		}
		ew.Write(validUTF8(
			e.Source, e.Target, neo4jType(e.Predicate), string(e.Predicate),
			strconv.Itoa(max(1, len(e.Evidence))), strings.Join(docsOf([]Edge{e}), ";"),
			strings.Join(lines, "\n"),
		))
	}
	ew.Flush()
	if err := ew.Error(); err != nil {
		return fmt.Errorf("write edges csv: %w", err)
	}
	return nil
}

func validUTF8(fields ...string) []string {
	for i, f := range fields {
		fields[i] = strings.ToValidUTF8(f, "\uFFFD")
	}
	return fields
}

// neo4jLabels returns the labels of a node of type t: "Entity" and t with
// its first letter and each letter after "_" or "-" upper-cased, those
// separators dropped ("company" gives "Entity;Company"); characters that
// would split a label list (";") are written as "_".
func neo4jLabels(t EntityType) string {
	var b strings.Builder
	up := true
	for _, r := range string(t) {
		switch {
		case r == '_' || r == '-' || unicode.IsSpace(r):
			up = true
			continue
		case r == ';':
			r = '_'
		case up:
			r = unicode.ToUpper(r)
		}
		up = false
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "Entity"
	}
	return "Entity;" + b.String()
}

// neo4jType returns p as a relationship type in Neo4j's style: upper case,
// with anything but letters and digits as "_" ("located_in" gives
// "LOCATED_IN"). An empty predicate gives "RELATED_TO".
func neo4jType(p Predicate) string {
	if p == "" {
		return "RELATED_TO"
	}
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return '_'
		}
		return unicode.ToUpper(r)
	}, string(p))
}
