package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// Counts holds true positives, predictions and gold items of one score.
type Counts struct {
	TP, Pred, Gold int
}

// Precision returns TP/Pred, or 0 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.Pred == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.Pred)
}

// Recall returns TP/Gold, or 0 when there is no gold item.
func (c Counts) Recall() float64 {
	if c.Gold == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.Gold)
}

// F1 returns the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	return f1(c.Precision(), c.Recall())
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.Pred += o.Pred
	c.Gold += o.Gold
}

// Report is the result of Score, micro-averaged over the gold documents.
type Report struct {
	// Docs is the number of gold documents; DocsMissing how many of them
	// had no prediction at all.
	Docs, DocsMissing int
	// Entity counts typed matches, EntityUntyped matches ignoring type
	// (both with the same Pred and Gold).
	Entity, EntityUntyped Counts
	// Relation counts distinct predicted relations against gold relations.
	Relation Counts
	// ByType and ByPredicate break the scores down; a type or predicate
	// outside the schema is counted under its own key.
	ByType      map[graph.EntityType]Counts
	ByPredicate map[graph.Predicate]Counts
	// PerDoc has one entry per gold document, in gold order.
	PerDoc []DocScore
	// Mistakes are the missed and spurious items, document by document:
	// spurious entities, missed entities, spurious relations, missed
	// relations, each in the order of the predictions or the gold file.
	Mistakes []Mistake
}

// DocScore is the score of one gold document.
type DocScore struct {
	Doc string
	// Missing is true when no prediction named the document.
	Missing                         bool
	Entity, EntityUntyped, Relation Counts
}

// MistakeKind tells what went wrong.
type MistakeKind int

// The kinds of mistake.
const (
	SpuriousEntity MistakeKind = iota
	MissedEntity
	SpuriousRelation
	MissedRelation
)

// Mistake is one missed or spurious entity or relation.
type Mistake struct {
	Kind MistakeKind
	Doc  string
	// Type and Name describe an entity mistake.
	Type graph.EntityType
	Name string
	// Subject, Predicate and Object describe a relation mistake. An end
	// that maps onto a gold entity carries its gold name; one that does not
	// carries the predicted name prefixed with "?".
	Subject   string
	Predicate graph.Predicate
	Object    string
}

// String returns the mistake as score.py --errors prints it, e.g.
// "doc.txt: missed company 'BMW Group'".
func (m Mistake) String() string {
	switch m.Kind {
	case SpuriousEntity:
		return fmt.Sprintf("%s: spurious %s %s", m.Doc, m.Type, pyRepr(m.Name))
	case MissedEntity:
		return fmt.Sprintf("%s: missed %s %s", m.Doc, m.Type, pyRepr(m.Name))
	case SpuriousRelation:
		return fmt.Sprintf("%s: spurious relation %s %s %s", m.Doc, m.Subject, m.Predicate, m.Object)
	case MissedRelation:
		return fmt.Sprintf("%s: missed relation %s %s %s", m.Doc, m.Subject, m.Predicate, m.Object)
	}
	return fmt.Sprintf("%s: mistake of kind %d", m.Doc, int(m.Kind))
}

// formSet is the set of folded forms of an entity.
type formSet map[string]bool

// forms returns the non-empty folded forms of e's name and aliases, as
// score.py's forms does.
func forms(e Entity) formSet {
	fs := formSet{}
	if f := graph.Fold(e.Name); f != "" {
		fs[f] = true
	}
	for _, a := range e.Aliases {
		if f := graph.Fold(a); f != "" {
			fs[f] = true
		}
	}
	return fs
}

func (a formSet) meets(b formSet) bool {
	if len(b) < len(a) {
		a, b = b, a
	}
	for f := range a {
		if b[f] {
			return true
		}
	}
	return false
}

// align matches predictions to gold entities greedily and one to one: each
// prediction in order takes the first unused gold entity (of its type when
// typed) that shares a form with it. It returns, per prediction, the gold
// index or -1.
func align(gold, pred []Entity, gforms, pforms []formSet, typed bool) []int {
	out := make([]int, len(pred))
	used := make([]bool, len(gold))
	for i, pe := range pred {
		out[i] = -1
		for j, ge := range gold {
			if used[j] || typed && pe.Type != ge.Type {
				continue
			}
			if pforms[i].meets(gforms[j]) {
				out[i] = j
				used[j] = true
				break
			}
		}
	}
	return out
}

// entityKey is how score.py unites entities of a split document.
type entityKey struct {
	typ  graph.EntityType
	name string
}

// unitePredictions indexes predictions by the base name of their doc; the
// records of a document split into several (teasers of a listing page) are
// united as score.py does: entities of one type and folded name count once,
// with their aliases joined, and relations are concatenated.
func unitePredictions(pred []Record) map[string]Record {
	docs := make(map[string]Record, len(pred))
	for _, o := range pred {
		name := baseName(o.Doc)
		d, ok := docs[name]
		if !ok {
			docs[name] = o
			continue
		}
		index := map[entityKey]int{}
		var ents []Entity
		put := func(e Entity, merge bool) {
			k := entityKey{e.Type, graph.Fold(e.Name)}
			i, ok := index[k]
			switch {
			case !ok:
				index[k] = len(ents)
				ents = append(ents, e)
			case merge:
				h := ents[i]
				h.Aliases = append(append([]string(nil), h.Aliases...), e.Aliases...)
				ents[i] = h
			default:
				ents[i] = e // a later duplicate replaces the value, keeps the place
			}
		}
		for _, e := range d.Entities {
			put(e, false)
		}
		for _, e := range o.Entities {
			put(e, true)
		}
		d.Entities = ents
		d.Relations = append(append([]Relation(nil), d.Relations...), o.Relations...)
		docs[name] = d
	}
	return docs
}

// baseName returns the last element of a slash-separated path as Python's
// pathlib names it: "" for "" or "/", and "." and empty elements skipped.
func baseName(p string) string {
	parts := strings.Split(p, "/")
	for i := len(parts) - 1; i >= 0; i-- {
		if parts[i] != "" && parts[i] != "." {
			return parts[i]
		}
	}
	return ""
}

// end is one end of a predicted relation: a gold entity index, or the
// predicted name when it maps onto none.
type end struct {
	idx int // -1 when unmapped
	raw string
}

func (e end) label(gold []Entity) string {
	if e.idx >= 0 {
		return gold[e.idx].Name
	}
	return "?" + e.raw
}

type relKey struct {
	s    end
	pred graph.Predicate
	o    end
}

type goldRel struct {
	s    int
	pred graph.Predicate
	o    int
}

// Score scores predictions against gold documents as score.py does.
// Predictions are matched to gold records by the base name of Doc; several
// predictions of one document are united first; predictions of documents
// not in gold are ignored and gold documents without predictions score as
// empty output. Within a document, entities align greedily and one to one
// (see GUIDELINES.md "Scoring"); a predicted relation end maps onto the gold
// entity its aligned prediction matched, else onto the first gold entity
// having the end's folded form. Duplicate relations count once;
// partners_with matches either way round, so predicting both orders of a
// gold pair counts two true positives, as in score.py.
func Score(gold, pred []Record) Report {
	docs := unitePredictions(pred)
	rep := Report{
		ByType:      map[graph.EntityType]Counts{},
		ByPredicate: map[graph.Predicate]Counts{},
	}
	for _, g := range gold {
		p, ok := docs[g.Doc]
		ds := scoreDoc(g, p, &rep)
		ds.Missing = !ok
		rep.Docs++
		if !ok {
			rep.DocsMissing++
		}
		rep.Entity.add(ds.Entity)
		rep.EntityUntyped.add(ds.EntityUntyped)
		rep.Relation.add(ds.Relation)
		rep.PerDoc = append(rep.PerDoc, ds)
	}
	return rep
}

func bump[K comparable](m map[K]Counts, k K, tp, pred, gold int) {
	c := m[k]
	c.add(Counts{tp, pred, gold})
	m[k] = c
}

func scoreDoc(g, p Record, rep *Report) DocScore {
	doc := g.Doc
	ge, pe := g.Entities, p.Entities
	gforms := make([]formSet, len(ge))
	for j, e := range ge {
		gforms[j] = forms(e)
	}
	pforms := make([]formSet, len(pe))
	for i, e := range pe {
		pforms[i] = forms(e)
	}
	m := align(ge, pe, gforms, pforms, true)
	mu := align(ge, pe, gforms, pforms, false)
	ds := DocScore{Doc: doc}
	ds.Entity = Counts{TP: countMatched(m), Pred: len(pe), Gold: len(ge)}
	ds.EntityUntyped = Counts{TP: countMatched(mu), Pred: len(pe), Gold: len(ge)}

	for _, e := range ge {
		bump(rep.ByType, e.Type, 0, 0, 1)
	}
	matchedGold := make([]bool, len(ge))
	for i, e := range pe {
		if m[i] >= 0 {
			matchedGold[m[i]] = true
			bump(rep.ByType, e.Type, 1, 1, 0)
			continue
		}
		bump(rep.ByType, e.Type, 0, 1, 0)
		rep.Mistakes = append(rep.Mistakes, Mistake{Kind: SpuriousEntity, Doc: doc, Type: e.Type, Name: e.Name})
	}
	for j, e := range ge {
		if !matchedGold[j] {
			rep.Mistakes = append(rep.Mistakes, Mistake{Kind: MissedEntity, Doc: doc, Type: e.Type, Name: e.Name})
		}
	}

	// Gold relations between entities of the file, by canonical name (the
	// last entity of a name wins, as in a Python dict).
	gname := map[string]int{}
	for j, e := range ge {
		gname[e.Name] = j
	}
	goldSet := map[goldRel]bool{}
	var goldOrder []goldRel
	for _, r := range g.Relations {
		s, ok1 := gname[r.Subject]
		o, ok2 := gname[r.Object]
		if !ok1 || !ok2 {
			continue
		}
		k := goldRel{s, r.Predicate, o}
		if !goldSet[k] {
			goldSet[k] = true
			goldOrder = append(goldOrder, k)
		}
	}

	// Predicted names map to gold indices through the alignment, then by
	// form. The first aligned prediction holding a form wins; its raw name
	// is a key too, as in score.py.
	pidx := map[string]int{}
	for i, e := range pe {
		if m[i] < 0 {
			continue
		}
		for f := range pforms[i] {
			if _, ok := pidx[f]; !ok {
				pidx[f] = m[i]
			}
		}
		if _, ok := pidx[e.Name]; !ok {
			pidx[e.Name] = m[i]
		}
	}
	toGold := func(name string) end {
		f := graph.Fold(name)
		if j, ok := pidx[f]; ok {
			return end{idx: j}
		}
		for j := range ge {
			if gforms[j][f] {
				return end{idx: j}
			}
		}
		return end{idx: -1, raw: name}
	}
	predSet := map[relKey]bool{}
	var predOrder []relKey
	for _, r := range p.Relations {
		k := relKey{toGold(r.Subject), r.Predicate, toGold(r.Object)}
		if !predSet[k] {
			predSet[k] = true
			predOrder = append(predOrder, k)
		}
	}
	inGold := func(s end, pr graph.Predicate, o end) bool {
		return s.idx >= 0 && o.idx >= 0 && goldSet[goldRel{s.idx, pr, o.idx}]
	}
	tp := 0
	for _, k := range predOrder {
		hit := inGold(k.s, k.pred, k.o) || k.pred == graph.PartnersWith && inGold(k.o, k.pred, k.s)
		if hit {
			tp++
			bump(rep.ByPredicate, k.pred, 1, 1, 0)
			continue
		}
		bump(rep.ByPredicate, k.pred, 0, 1, 0)
		rep.Mistakes = append(rep.Mistakes, Mistake{Kind: SpuriousRelation, Doc: doc,
			Subject: k.s.label(ge), Predicate: k.pred, Object: k.o.label(ge)})
	}
	found := func(s int, pr graph.Predicate, o int) bool {
		return predSet[relKey{end{idx: s}, pr, end{idx: o}}]
	}
	for _, k := range goldOrder {
		bump(rep.ByPredicate, k.pred, 0, 0, 1)
		if !found(k.s, k.pred, k.o) && !(k.pred == graph.PartnersWith && found(k.o, k.pred, k.s)) {
			rep.Mistakes = append(rep.Mistakes, Mistake{Kind: MissedRelation, Doc: doc,
				Subject: ge[k.s].Name, Predicate: k.pred, Object: ge[k.o].Name})
		}
	}
	ds.Relation = Counts{TP: tp, Pred: len(predOrder), Gold: len(goldOrder)}
	return ds
}

func countMatched(m []int) int {
	n := 0
	for _, j := range m {
		if j >= 0 {
			n++
		}
	}
	return n
}

// Errors returns the mistakes as score.py --errors prints them.
func (r Report) Errors() []string {
	out := make([]string, len(r.Mistakes))
	for i, m := range r.Mistakes {
		out[i] = m.String()
	}
	return out
}

// Write prints the report in the layout of score.py's text report, the
// schema's types and predicates in their fixed order, ending with the line
// "entity_f1=0.xxx relation_f1=0.xxx". With withErrors the mistakes come
// first, one a line, as with score.py --errors.
func (r Report) Write(w io.Writer, withErrors bool) error {
	ew := &errWriter{w: w}
	if withErrors {
		for _, m := range r.Mistakes {
			ew.printf("%s\n", m)
		}
	}
	f3 := func(c Counts) string {
		return fmt.Sprintf("P %.3f R %.3f F1 %.3f", c.Precision(), c.Recall(), c.F1())
	}
	ew.printf("documents %d (no output for %d)\n", r.Docs, r.DocsMissing)
	for _, t := range graph.EntityTypes() {
		c := r.ByType[t]
		ew.printf("  entity %-11s %s   gold %d\n", t, f3(c), c.Gold)
	}
	for _, p := range graph.Predicates() {
		c := r.ByPredicate[p]
		ew.printf("  relation %-14s %s   gold %d\n", p, f3(c), c.Gold)
	}
	ew.printf("entities untyped %s\n", f3(r.EntityUntyped))
	ew.printf("entities %s\n", f3(r.Entity))
	ew.printf("relations %s\n", f3(r.Relation))
	ew.printf("entity_f1=%.3f relation_f1=%.3f\n", r.Entity.F1(), r.Relation.F1())
	return ew.err
}

// errWriter keeps the first write error and skips writes after it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
