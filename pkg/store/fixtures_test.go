package store_test

import (
	"fmt"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// article is a document's text as a list of sentences joined by spaces.
type article []string

func (a article) text() string { return strings.Join(a, " ") }

// sentence returns the evidence for sentence i of a in document doc.
func (a article) sentence(doc string, i int, confidence float64) graph.Evidence {
	start := 0
	for _, s := range a[:i] {
		start += len(s) + 1
	}
	return graph.Evidence{
		Doc:        doc,
		Sentence:   a[i],
		Span:       graph.Span{Start: start, End: start + len(a[i])},
		Confidence: confidence,
	}
}

// mention returns the n-th (from 0) occurrence of s in text.
func mention(text, s string, n int) graph.Mention {
	from := 0
	for {
		i := strings.Index(text[from:], s)
		if i < 0 {
			panic(fmt.Sprintf("no occurrence %d of %q in %q", n, s, text))
		}
		if n == 0 {
			return graph.Mention{Span: graph.Span{Start: from + i, End: from + i + len(s)}, Text: s}
		}
		n--
		from += i + len(s)
	}
}

// relation returns a relation between two local entities, with the
// evidence's Doc cleared as extraction leaves it.
func relation(subj graph.Key, p graph.Predicate, obj graph.Key, ev graph.Evidence) graph.Relation {
	ev.Doc = ""
	return graph.Relation{Subject: subj, Predicate: p, Object: obj, Evidence: ev}
}

var (
	bmw      = graph.Key{Name: "BMW Group", Type: graph.Company}
	leipzig  = graph.Key{Name: "Plant Leipzig", Type: graph.Plant}
	i3       = graph.Key{Name: "i3", Type: graph.Product}
	carbon   = graph.Key{Name: "carbon fibre", Type: graph.Technology}
	munich   = graph.Key{Name: "Munich", Type: graph.Location}
	schmidt  = graph.Key{Name: "Anna Schmidt", Type: graph.Person}
	daimler  = graph.Key{Name: "Daimler", Type: graph.Company}
	articleA = article{
		"BMW Group operates Plant Leipzig.",
		"Plant Leipzig produces the i3.",
		"Bayerische Motoren Werke uses carbon fibre.",
	}
	articleB = article{
		"BMW Group invests in Plant Leipzig.",
		"Anna Schmidt works for BMW Group.",
	}
)

// docA returns the facts of document "a.txt". BMW Group has an alias that
// is not among its mentions, and Munich has neither mentions nor aliases.
func docA() graph.Facts {
	text := articleA.text()
	return graph.Facts{
		Doc: graph.Document{
			Key: "a.txt", Path: "corpus/a.txt", Name: "a.txt", Hash: "hash-a",
			Meta: graph.Meta{Title: "Leipzig", Date: "2024-01-02", Author: "Jo", URL: "https://example.com/a", Source: "Wire"},
			Text: text,
		},
		Entities: []graph.Entity{
			{Name: bmw.Name, Type: bmw.Type, Aliases: []string{"Bayerische Motoren Werke", "BMW AG"}, Mentions: []graph.Mention{
				mention(text, "BMW Group", 0), mention(text, "Bayerische Motoren Werke", 0)}},
			{Name: leipzig.Name, Type: leipzig.Type, Mentions: []graph.Mention{
				mention(text, "Plant Leipzig", 0), mention(text, "Plant Leipzig", 1)}},
			{Name: i3.Name, Type: i3.Type, Mentions: []graph.Mention{mention(text, "i3", 0)}},
			{Name: carbon.Name, Type: carbon.Type, Mentions: []graph.Mention{mention(text, "carbon fibre", 0)}},
			{Name: munich.Name, Type: munich.Type},
		},
		Relations: []graph.Relation{
			relation(bmw, graph.Operates, leipzig, articleA.sentence("a.txt", 0, 0.9)),
			relation(leipzig, graph.Produces, i3, articleA.sentence("a.txt", 1, 0.8)),
			relation(bmw, graph.Uses, carbon, articleA.sentence("a.txt", 2, 0.7)),
		},
	}
}

// docB returns the facts of document "b.txt".
func docB() graph.Facts {
	text := articleB.text()
	return graph.Facts{
		Doc: graph.Document{Key: "b.txt", Path: "corpus/b.txt", Name: "b.txt", Hash: "hash-b", Text: text},
		Entities: []graph.Entity{
			{Name: bmw.Name, Type: bmw.Type, Mentions: []graph.Mention{
				mention(text, "BMW Group", 0), mention(text, "BMW Group", 1)}},
			{Name: leipzig.Name, Type: leipzig.Type, Mentions: []graph.Mention{mention(text, "Plant Leipzig", 0)}},
			{Name: schmidt.Name, Type: schmidt.Type, Mentions: []graph.Mention{mention(text, "Anna Schmidt", 0)}},
		},
		Relations: []graph.Relation{
			relation(bmw, graph.InvestsIn, leipzig, articleB.sentence("b.txt", 0, 0.6)),
			relation(schmidt, graph.WorksFor, bmw, articleB.sentence("b.txt", 1, 0.5)),
		},
	}
}

// wantNodes and wantEdges are the graph graph.Resolve makes of docA and docB.
func wantNodes() []graph.Node {
	return []graph.Node{
		{ID: "company:bmw group", Name: "BMW Group", Type: graph.Company,
			Aliases: []string{"BMW AG", "Bayerische Motoren Werke"}, Mentions: 4, Docs: 2},
		{ID: "location:munich", Name: "Munich", Type: graph.Location, Mentions: 0, Docs: 1},
		{ID: "person:anna schmidt", Name: "Anna Schmidt", Type: graph.Person, Mentions: 1, Docs: 1},
		{ID: "plant:plant leipzig", Name: "Plant Leipzig", Type: graph.Plant, Mentions: 3, Docs: 2},
		{ID: "product:i3", Name: "i3", Type: graph.Product, Mentions: 1, Docs: 1},
		{ID: "technology:carbon fibre", Name: "carbon fibre", Type: graph.Technology, Mentions: 1, Docs: 1},
	}
}

func wantEdges() []graph.Edge {
	return []graph.Edge{
		{Source: "company:bmw group", Predicate: graph.InvestsIn, Target: "plant:plant leipzig",
			Evidence: []graph.Evidence{articleB.sentence("b.txt", 0, 0.6)}},
		{Source: "company:bmw group", Predicate: graph.Operates, Target: "plant:plant leipzig",
			Evidence: []graph.Evidence{articleA.sentence("a.txt", 0, 0.9)}},
		{Source: "company:bmw group", Predicate: graph.Uses, Target: "technology:carbon fibre",
			Evidence: []graph.Evidence{articleA.sentence("a.txt", 2, 0.7)}},
		{Source: "person:anna schmidt", Predicate: graph.WorksFor, Target: "company:bmw group",
			Evidence: []graph.Evidence{articleB.sentence("b.txt", 1, 0.5)}},
		{Source: "plant:plant leipzig", Predicate: graph.Produces, Target: "product:i3",
			Evidence: []graph.Evidence{articleA.sentence("a.txt", 1, 0.8)}},
	}
}
