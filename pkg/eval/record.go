package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// Record is one document in the gold format of the corpus guidelines: the
// document's file name, what it says about itself, its entities and the
// relations between them. Predictions use the same format.
type Record struct {
	Doc       string     `json:"doc"`
	Meta      Meta       `json:"meta"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// MarshalJSON writes the record with its fields in a fixed order and empty
// lists as [] rather than null, which the reference scorers cannot read.
func (r Record) MarshalJSON() ([]byte, error) {
	type plain Record
	p := plain(r)
	if p.Entities == nil {
		p.Entities = []Entity{}
	}
	if p.Relations == nil {
		p.Relations = []Relation{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Meta is what an article says about itself. A listing page that carries
// several teasers lists them in Articles.
type Meta struct {
	Title    string    `json:"title,omitempty"`
	Date     string    `json:"date,omitempty"`
	Author   string    `json:"author,omitempty"`
	URL      string    `json:"url,omitempty"`
	Source   string    `json:"source,omitempty"`
	Articles []Article `json:"articles,omitempty"`
}

// Article is one teaser of a listing page.
type Article struct {
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Author string `json:"author,omitempty"`
}

// Entity is an entity of a Record: its canonical name, type and the other
// forms the document uses for it.
type Entity struct {
	Name    string           `json:"name"`
	Type    graph.EntityType `json:"type"`
	Aliases []string         `json:"aliases,omitempty"`
}

// Relation is a relation of a Record. Subject and Object are entity names
// of the same record. Evidence is nil when the source gave none.
type Relation struct {
	Subject   string          `json:"subject"`
	Predicate graph.Predicate `json:"predicate"`
	Object    string          `json:"object"`
	Evidence  *Evidence       `json:"evidence,omitempty"`
}

// Evidence is the sentence that states a relation and its byte span in the
// document text.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// RecordFromFacts returns the Record of what extraction found in one
// document, keeping the order of f's entities and relations (call f.Sort
// first for a deterministic order), except that an entity whose name is
// another entity's alias comes first (see namedFirst). A relation gets
// evidence when its Evidence has a sentence or a non-empty span.
func RecordFromFacts(f graph.Facts) Record {
	m := f.Doc.Meta
	r := Record{
		Doc:       f.Doc.Name,
		Meta:      Meta{Title: m.Title, Date: m.Date, Author: m.Author, URL: m.URL, Source: m.Source},
		Entities:  make([]Entity, 0, len(f.Entities)),
		Relations: make([]Relation, 0, len(f.Relations)),
	}
	for _, e := range f.Entities {
		var aliases []string
		if len(e.Aliases) > 0 {
			aliases = append(aliases, e.Aliases...)
		}
		r.Entities = append(r.Entities, Entity{Name: e.Name, Type: e.Type, Aliases: aliases})
	}
	namedFirst(r.Entities)
	for _, rel := range f.Relations {
		out := Relation{Subject: rel.Subject.Name, Predicate: rel.Predicate, Object: rel.Object.Name}
		if ev := rel.Evidence; ev.Sentence != "" || ev.End > ev.Start {
			out.Evidence = &Evidence{Sentence: ev.Sentence, Start: ev.Start, End: ev.End}
		}
		r.Relations = append(r.Relations, out)
	}
	return r
}

// namedFirst moves the entities whose name another entity of the record
// also uses as an alias ahead of the others, keeping the order otherwise.
// Relations name their ends by entity name, and readers such as the
// reference scorer resolve a name through the first entity that has it
// among its forms: the plant "BMW Plant Dingolfing", also called
// "Dingolfing", must not capture the relation "… located_in Dingolfing"
// that names the town.
func namedFirst(ents []Entity) {
	aliases := map[string]bool{}
	for _, e := range ents {
		for _, a := range e.Aliases {
			if f := graph.Fold(a); f != graph.Fold(e.Name) {
				aliases[f] = true
			}
		}
	}
	sort.SliceStable(ents, func(i, j int) bool {
		return aliases[graph.Fold(ents[i].Name)] && !aliases[graph.Fold(ents[j].Name)]
	})
}

// LoadGold reads every *.json file of dir, in file name order, as one gold
// Record. An error names the file; a file without a "doc" is an error.
func LoadGold(dir string) ([]Record, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("load gold: %w", err)
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	recs := make([]Record, 0, len(names))
	for _, name := range names {
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("load gold: %w", err)
		}
		var r Record
		if err := json.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("load gold %s: %w", path, err)
		}
		if r.Doc == "" {
			return nil, fmt.Errorf("load gold %s: %w", path, errNoDoc)
		}
		recs = append(recs, r)
	}
	return recs, nil
}

var errNoDoc = errors.New(`no "doc" field`)

// ReadJSONL reads one Record per non-blank line of r, as score.py reads a
// prediction file. An error names the line.
func ReadJSONL(r io.Reader) ([]Record, error) {
	br := bufio.NewReader(r)
	var recs []Record
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var rec Record
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				return recs, fmt.Errorf("line %d: %w", n, jerr)
			}
			recs = append(recs, rec)
		}
		if err == io.EOF {
			return recs, nil
		}
		if err != nil {
			return recs, fmt.Errorf("line %d: %w", n, err)
		}
	}
}

// WriteJSONL writes each record as one line of JSON.
func WriteJSONL(w io.Writer, recs []Record) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range recs {
		if err := enc.Encode(&recs[i]); err != nil {
			return fmt.Errorf("write record %q: %w", recs[i].Doc, err)
		}
	}
	return nil
}
