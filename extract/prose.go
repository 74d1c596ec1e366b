package extract

import (
	"context"
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/plantgraph/plantgraph/graph"
)

// Prose extracts entities with prose's stock named-entity recogniser, its
// labels mapped onto plantgraph's types. It is the baseline that "eval
// --extractor prose" scores, so every report shows what plantgraph's own
// extractor gains over the library it starts from. It finds no relations.
type Prose struct {
	model *prose.Model
}

// NewProse loads prose's model once for every later document.
func NewProse() (p *Prose, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("load prose model: %v", r)
		}
	}()
	doc, err := prose.NewDocument("", prose.WithSegmentation(false))
	if err != nil {
		return nil, fmt.Errorf("load prose model: %w", err)
	}
	return &Prose{model: doc.Model}, nil
}

// proseType maps a prose NER label to an entity type.
func proseType(label string) graph.EntityType {
	switch label {
	case "PERSON":
		return graph.Person
	case "GPE", "LOC", "LOCATION":
		return graph.Location
	}
	return graph.Company
}

// Extract runs prose's tokenizer, tagger and entity chunker over the text
// and locates each entity in it, since prose gives no offsets.
func (p *Prose) Extract(ctx context.Context, doc graph.Document) (f graph.Facts, err error) {
	if err := ctx.Err(); err != nil {
		return graph.Facts{}, fmt.Errorf("extract %s: %w", doc.Key, err)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract %s: prose: %v", doc.Key, r)
		}
	}()
	pd, err := prose.NewDocument(doc.Text, prose.UsingModel(p.model), prose.WithSegmentation(false))
	if err != nil {
		return graph.Facts{}, fmt.Errorf("extract %s: prose: %w", doc.Key, err)
	}
	byKey := map[graph.Key]int{}
	var ents []graph.Entity
	pos := 0
	for _, pe := range pd.Entities() {
		i := strings.Index(doc.Text[pos:], pe.Text)
		if i < 0 {
			continue // prose rebuilt the text by joining tokens
		}
		start := pos + i
		pos = start + len(pe.Text)
		k := graph.Key{Name: pe.Text, Type: proseType(pe.Label)}
		j, ok := byKey[k]
		if !ok {
			j = len(ents)
			byKey[k] = j
			ents = append(ents, graph.Entity{Name: k.Name, Type: k.Type})
		}
		ents[j].Mentions = append(ents[j].Mentions, graph.Mention{Span: graph.Span{Start: start, End: pos}, Text: pe.Text})
	}
	f = graph.Facts{Doc: doc, Entities: ents}
	f.Sort()
	return f, nil
}
