package graph

import (
	"fmt"
	"sort"
)

// Meta is what an article says about itself. Empty fields are unknown.
type Meta struct {
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD
	Author string `json:"author,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"` // publication or feed name
}

// Document is one article. A file may hold several (the teasers of a
// listing page, the lines of a JSONL dump); each is its own Document.
type Document struct {
	// Key identifies the document across builds: the file path, with
	// "#N" appended for the N-th article (from 1) of a multi-article file.
	Key string
	// Path is the file the document came from, "-" for stdin.
	Path string
	// Name is the base name of Path; the "doc" field of the gold format.
	Name string
	// Hash is the hex SHA-256 of Text and Meta; unchanged input keeps it.
	Hash string
	Meta Meta
	// Text is the article body. Every offset in the graph points into it.
	Text string
}

// Span is a half-open byte range [Start, End) of a document's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Of returns the text the span covers, or "" when it does not fit s.
func (sp Span) Of(s string) string {
	if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
		return ""
	}
	return s[sp.Start:sp.End]
}

// Key names an entity within one scope (a document or the whole graph):
// its canonical name and its type.
type Key struct {
	Name string     `json:"name"`
	Type EntityType `json:"type"`
}

func (k Key) String() string { return fmt.Sprintf("%s (%s)", k.Name, k.Type) }

// Less orders keys by type, then name.
func (k Key) Less(o Key) bool {
	if k.Type != o.Type {
		return k.Type < o.Type
	}
	return k.Name < o.Name
}

// Mention is one occurrence of an entity in a document.
type Mention struct {
	Span
	// Text is the surface form, exactly Span.Of(document text).
	Text string `json:"text"`
}

// Entity is a thing named in a document: its canonical name, type, the
// other forms the document uses for it, and where it occurs.
type Entity struct {
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases,omitempty"`
	Mentions []Mention  `json:"mentions,omitempty"`
}

// Key returns the entity's key.
func (e Entity) Key() Key { return Key{Name: e.Name, Type: e.Type} }

// Evidence is the sentence that states a relation.
type Evidence struct {
	// Doc is the Key of the document.
	Doc string `json:"doc,omitempty"`
	// Sentence is the text of the sentence, exactly Span.Of(document text).
	Sentence string `json:"sentence"`
	Span
	// Confidence in (0, 1]: how sure the extractor is of the relation.
	Confidence float64 `json:"confidence,omitempty"`
}

// Relation links two entities of one document through a predicate.
type Relation struct {
	Subject   Key
	Predicate Predicate
	Object    Key
	Evidence  Evidence
}

// Triple is a relation without its evidence.
type Triple struct {
	Subject   Key
	Predicate Predicate
	Object    Key
}

// Triple returns r without its evidence.
func (r Relation) Triple() Triple { return Triple{r.Subject, r.Predicate, r.Object} }

// Check reports whether the relation obeys the schema.
func (r Relation) Check() error {
	if !r.Predicate.Allows(r.Subject.Type, r.Object.Type) {
		return fmt.Errorf("%s %s %s: schema does not allow %s -> %s",
			r.Subject.Name, r.Predicate, r.Object.Name, r.Subject.Type, r.Object.Type)
	}
	if r.Subject == r.Object {
		return fmt.Errorf("%s %s itself", r.Subject.Name, r.Predicate)
	}
	return nil
}

// Facts is what extraction found in one document.
type Facts struct {
	Doc       Document
	Entities  []Entity
	Relations []Relation
}

// Sort puts entities and relations in a deterministic order: entities by
// first mention, then key; relations by evidence offset, then triple.
func (f *Facts) Sort() {
	first := func(e Entity) int {
		if len(e.Mentions) == 0 {
			return int(^uint(0) >> 1)
		}
		return e.Mentions[0].Start
	}
	sort.SliceStable(f.Entities, func(i, j int) bool {
		a, b := f.Entities[i], f.Entities[j]
		if first(a) != first(b) {
			return first(a) < first(b)
		}
		return a.Key().Less(b.Key())
	})
	sort.SliceStable(f.Relations, func(i, j int) bool {
		a, b := f.Relations[i], f.Relations[j]
		if a.Evidence.Start != b.Evidence.Start {
			return a.Evidence.Start < b.Evidence.Start
		}
		if a.Subject != b.Subject {
			return a.Subject.Less(b.Subject)
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Object.Less(b.Object)
	})
}
