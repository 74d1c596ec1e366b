// Package extract finds entities and relations in the text of one
// document. It reads no files and stores nothing: text in, graph.Facts out.
//
// Extraction is rule-based and runs in one pass over the text:
//
//   - token.go, sentence.go: a tokenizer and sentence splitter that keep
//     byte offsets;
//   - names.go, phrases.go, plants.go, neighbours.go: candidate names
//     from capitalisation, model-code shapes and acronym definitions,
//     lower-case product and technology noun phrases, and plants named by
//     site nouns;
//   - typing.go, cues.go: each candidate typed by name shape, the words
//     around it, a place gazetteer, an English word list and an optional
//     lexicon;
//   - analyze.go, retype.go: the mentions of one sentence, then of the
//     whole document voted onto one type per name;
//   - entities.go, links.go, naming.go: mentions clustered into entities
//     (acronyms, short names, surnames, plants by town and operator) with
//     canonical names as the guidelines write them;
//   - relations.go, rules.go and the files named for what they read
//     (placerules.go, peoplerules.go, companyrules.go, ownership.go,
//     partnerships.go, equipment.go, techrules.go, with slots.go and
//     context.go as helpers): relations from the way trade-press
//     sentences state them, with negation, coreference ("the plant",
//     "it") and the subject a sentence is about.
//
// Every mention and every relation keeps its byte span. Rules are
// deterministic: the same text always gives the same facts.
package extract

import (
	"context"
	"fmt"

	"github.com/plantgraph/plantgraph/graph"
)

// Gazetteer looks up place names and given names.
type Gazetteer interface {
	// PlaceKind returns "country", "subdivision", "city" or "continent"
	// for a known place name, "" otherwise; common reports that the name
	// is also an ordinary English word ("Normal", "Mobile").
	PlaceKind(name string) (kind string, common bool)
	// IsGivenName reports whether name is a known first name.
	IsGivenName(name string) bool
	// Within reports whether the place inner lies in the place outer.
	Within(inner, outer string) bool
}

// Config sets up an Extractor. The zero value works: no gazetteer and no
// lexicon, so only the shape and context of names decide.
type Config struct {
	// Gazetteer recognises places and first names; nil means none.
	Gazetteer Gazetteer
	// Lexicon lists known names with their types. It is one signal among
	// several; nil means none.
	Lexicon *Lexicon
}

// Extractor extracts facts from documents. It is safe for concurrent use.
type Extractor struct {
	cfg   Config
	vocab *vocab
	// english holds ordinary lower-case English words: a capital on one
	// of them at the start of a sentence says nothing.
	english map[string]bool
}

// New returns an Extractor.
func New(cfg Config) *Extractor {
	english, err := readEnglish()
	if err != nil {
		// The word list is embedded at build time; it cannot be
		// missing, and without it extraction still works, less well.
		english = map[string]bool{}
	}
	return &Extractor{cfg: cfg, vocab: newVocab(), english: english}
}

// Extract returns the entities and relations of doc. Entities keep every
// mention's byte span in doc.Text; relations keep the sentence that
// states them. The result is deterministic.
func (x *Extractor) Extract(ctx context.Context, doc graph.Document) (facts graph.Facts, err error) {
	if err := ctx.Err(); err != nil {
		return graph.Facts{}, fmt.Errorf("extract %s: %w", doc.Key, err)
	}
	// A bug in a rule must cost one document, not the whole batch.
	defer func() {
		if r := recover(); r != nil {
			facts, err = graph.Facts{}, fmt.Errorf("extract %s: internal error: %v", doc.Key, r)
		}
	}()
	a := x.analyze(doc.Text)
	rels := a.relations(doc.Key)
	facts = graph.Facts{Doc: doc, Entities: a.entities(rels), Relations: rels}
	facts.Sort()
	return facts, nil
}

// known reports whether a capitalised word is a name the lexicon or the
// gazetteer knows, so it counts as a name even at the start of a sentence.
func (x *Extractor) known(w string) bool {
	if x.cfg.Lexicon != nil {
		if _, ok := x.cfg.Lexicon.lookup(w); ok {
			return true
		}
	}
	if x.cfg.Gazetteer == nil {
		return false
	}
	kind, common := x.cfg.Gazetteer.PlaceKind(w)
	return kind != "" && !common
}

func (x *Extractor) placeKind(name string) string {
	if x.cfg.Gazetteer == nil {
		return ""
	}
	kind, _ := x.cfg.Gazetteer.PlaceKind(name)
	return kind
}

func (x *Extractor) within(inner, outer string) bool {
	return x.cfg.Gazetteer != nil && x.cfg.Gazetteer.Within(inner, outer)
}

func (x *Extractor) isGivenName(name string) bool {
	return x.cfg.Gazetteer != nil && x.cfg.Gazetteer.IsGivenName(name)
}
