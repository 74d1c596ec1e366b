// Package extract finds entities and relations in the text of one
// document. It reads no files and stores nothing: text in, graph.Facts out.
//
// Extraction is rule-based and runs in one pass over the text. The
// files, by stage:
//
//   - Text: token.go and sentence.go (a tokenizer and sentence splitter
//     that keep byte offsets), shape.go (word shapes), vocab.go (word
//     lists), places.go (the gazetteer adapter).
//   - Candidate names: names.go, modelnames.go, phrases.go (capitalised
//     names, model codes, acronyms, lower-case product and technology
//     phrases); plants.go, plantgroups.go, neighbours.go, namedsites.go,
//     townwords.go, laterplants.go, sametown.go, calledoff.go (plants
//     named by site nouns, lists of plants, second plants in a town, and
//     sites a cancellation takes away); slashplaces.go ("A/B", two
//     towns), legalforms.go (legal forms of several words).
//   - Types: typing.go, cues.go, apposition.go, townnames.go,
//     rolecompanies.go, lexicon.go and lexicon_data.go (name shape, the words around a name, the
//     gazetteer, an English word list and the optional lexicon);
//     analyze.go and retype.go vote each name onto one type.
//   - Entities: entities.go, links.go, townplants.go, naming.go (mentions
//     clustered into entities, with canonical names as the guidelines
//     write them).
//   - Reference: anchors.go, nationals.go, openings.go, goodsanaphora.go,
//     context.go (what "the plant", "the Taiwanese company", "it" and a
//     bare "cells" refer to, and what the article is about).
//   - Relations: relations.go and rules.go drive the rules in the files
//     named for what they read: placerules.go, datelines.go,
//     peoplerules.go, peopleclauses.go, companyrules.go, ownership.go,
//     ownerlists.go, passiveowners.go, countedbrands.go, partnerships.go,
//     consortia.go, investments.go, shareholders.go, equipment.go,
//     supplypair.go, supplymakers.go, supplysource.go, goodssuppliers.go,
//     makergoods.go, comefrom.go, gointo.go, turninto.go, makerof.go,
//     versions.go, cellplants.go, techrules.go, licensing.go, userules.go,
//     with slots.go as their helpers; cancelclause.go drops what a clause
//     calls off.
//   - Baseline: prose.go, stock prose NER mapped onto these types.
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
