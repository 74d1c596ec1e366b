package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// The golden tests of query and export run on a small database built from
// hand-written facts (fixtureDocs), not from extraction, so that their
// output changes only when the commands change. Its names need escaping:
// quotes, backslashes, an ampersand and angle brackets, diacritics and
// Chinese.

func init() {
	// -update rewrites the golden files under testdata. Another test file
	// of this package may declare the flag too.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenFile compares got with the file at path, or rewrites the file
// with -update.
func goldenFile(t *testing.T, path string, got []byte) {
	t.Helper()
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/plantgraph/ -run %s -update writes it)", err, t.Name())
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// fxRel is a relation a fixture sentence states.
type fxRel struct {
	s graph.Key
	p graph.Predicate
	o graph.Key
}

type fxSentence struct {
	text string
	rels []fxRel
}

type fxDoc struct {
	key, date string
	sentences []fxSentence
	// entities without relations, and aliases of any entity
	others  []graph.Key
	aliases map[graph.Key][]string
}

func fxCompany(name string) graph.Key  { return graph.Key{Name: name, Type: graph.Company} }
func fxPlant(name string) graph.Key    { return graph.Key{Name: name, Type: graph.Plant} }
func fxProduct(name string) graph.Key  { return graph.Key{Name: name, Type: graph.Product} }
func fxLocation(name string) graph.Key { return graph.Key{Name: name, Type: graph.Location} }
func fxPerson(name string) graph.Key   { return graph.Key{Name: name, Type: graph.Person} }

func fxRelation(s graph.Key, p graph.Predicate, o graph.Key) fxRel { return fxRel{s, p, o} }

// fixtureDocs are the documents of the fixture database.
func fixtureDocs() []fxDoc {
	var (
		bmw        = fxCompany("BMW Group")
		regensburg = fxPlant("BMW Plant Regensburg")
		ix1        = fxProduct("iX1")
		umicore    = fxCompany("Umicore")
		aesc       = fxCompany("AESC")
		florence   = fxPlant("AESC Plant Florence")
		cells      = fxProduct("battery cells")
		skoda      = fxCompany("Škoda Auto")
		boleslav   = fxPlant("Škoda Plant Mladá Boleslav")
		enyaq      = fxProduct("Enyaq iV")
		catl       = fxCompany("宁德时代")
		acme       = fxCompany(`Acme "Quotes" Inc.`)
		slash      = fxCompany(`Back\slash & Sons\`)
		widget     = fxProduct(`Wid\get "Pro" <X>`)
	)
	return []fxDoc{
		{key: "news/bmw-regensburg.txt", date: "2024-03-01", sentences: []fxSentence{
			{"BMW Group builds the iX1 at BMW Plant Regensburg.",
				[]fxRel{fxRelation(bmw, graph.Operates, regensburg), fxRelation(regensburg, graph.Produces, ix1)}},
			{"BMW Plant Regensburg lies in Regensburg, Germany.",
				[]fxRel{fxRelation(regensburg, graph.LocatedIn, fxLocation("Regensburg")), fxRelation(fxLocation("Regensburg"), graph.LocatedIn, fxLocation("Germany"))}},
			{"Oliver Zipse works for BMW Group.", []fxRel{fxRelation(fxPerson("Oliver Zipse"), graph.WorksFor, bmw)}},
		}, aliases: map[graph.Key][]string{bmw: {"BMW"}}},
		{key: "news/supply-chain.txt", date: "2023-05-06", sentences: []fxSentence{
			{"Umicore supplies cathode material to AESC.", []fxRel{fxRelation(umicore, graph.Supplies, aesc)}},
			{"AESC supplies battery cells to BMW Group.", []fxRel{fxRelation(aesc, graph.Supplies, bmw)}},
			{"AESC operates AESC Plant Florence in Florence, South Carolina.",
				[]fxRel{fxRelation(aesc, graph.Operates, florence), fxRelation(florence, graph.LocatedIn, fxLocation("Florence")),
					fxRelation(fxLocation("Florence"), graph.LocatedIn, fxLocation("South Carolina"))}},
			{"AESC Plant Florence produces battery cells.", []fxRel{fxRelation(florence, graph.Produces, cells)}},
			{"Tesla was not part of the deal.", nil},
		}, others: []graph.Key{fxCompany("Tesla")}},
		{key: "news/škoda.txt", date: "2025-01-10", sentences: []fxSentence{
			{"Škoda Auto builds the Enyaq iV at Škoda Plant Mladá Boleslav.",
				[]fxRel{fxRelation(skoda, graph.Operates, boleslav), fxRelation(boleslav, graph.Produces, enyaq)}},
			{"Škoda Plant Mladá Boleslav is in Mladá Boleslav, Czechia.",
				[]fxRel{fxRelation(boleslav, graph.LocatedIn, fxLocation("Mladá Boleslav")), fxRelation(fxLocation("Mladá Boleslav"), graph.LocatedIn, fxLocation("Czechia"))}},
		}, aliases: map[graph.Key][]string{skoda: {"Skoda"}}},
		{key: "news/宁德时代.txt", sentences: []fxSentence{
			{"宁德时代 supplies battery cells to BMW Group.", []fxRel{fxRelation(catl, graph.Supplies, bmw)}},
			{"宁德时代 and BMW Group work together on round cells.", []fxRel{fxRelation(catl, graph.PartnersWith, bmw)}},
		}, aliases: map[graph.Key][]string{catl: {"CATL"}}},
		{key: `news/odd "names"\acme.txt`, date: "2024-12-31", sentences: []fxSentence{
			{`Acme "Quotes" Inc. supplies Back\slash & Sons\ with tools.`, []fxRel{fxRelation(acme, graph.Supplies, slash)}},
			{`Zoë O'Brien works for Acme "Quotes" Inc.`, []fxRel{fxRelation(fxPerson("Zoë O'Brien"), graph.WorksFor, acme)}},
			{`Acme "Quotes" Inc. makes the Wid\get "Pro" <X>.`, []fxRel{fxRelation(acme, graph.Produces, widget)}},
			{`Back\slash & Sons\ supplies BMW Group.`, []fxRel{fxRelation(slash, graph.Supplies, bmw)}},
		}},
	}
}

// facts turns a fixture document into what extraction would find in it:
// every occurrence of an entity's name is a mention, every relation's
// evidence its sentence.
func (d fxDoc) facts() graph.Facts {
	var texts []string
	for _, s := range d.sentences {
		texts = append(texts, s.text)
	}
	text := strings.Join(texts, " ")
	f := graph.Facts{Doc: graph.Document{
		Key: d.key, Path: d.key, Name: filepath.Base(d.key), Hash: "hash of " + d.key,
		Meta: graph.Meta{Date: d.date}, Text: text,
	}}
	seen := map[graph.Key]bool{}
	addEntity := func(k graph.Key) {
		if seen[k] {
			return
		}
		seen[k] = true
		e := graph.Entity{Name: k.Name, Type: k.Type, Aliases: d.aliases[k]}
		for from := 0; ; {
			i := strings.Index(text[from:], k.Name)
			if i < 0 {
				break
			}
			start := from + i
			e.Mentions = append(e.Mentions, graph.Mention{Span: graph.Span{Start: start, End: start + len(k.Name)}, Text: k.Name})
			from = start + len(k.Name)
		}
		f.Entities = append(f.Entities, e)
	}
	start := 0
	for _, s := range d.sentences {
		for _, r := range s.rels {
			addEntity(r.s)
			addEntity(r.o)
			f.Relations = append(f.Relations, graph.Relation{Subject: r.s, Predicate: r.p, Object: r.o,
				Evidence: graph.Evidence{Sentence: s.text, Span: graph.Span{Start: start, End: start + len(s.text)}, Confidence: 0.9}})
		}
		start += len(s.text) + 1
	}
	for _, k := range d.others {
		addEntity(k)
	}
	f.Sort()
	return f
}

// fixtureResolve is a resolver that does not change when graph.Resolve
// does: one node per type and folded name, with the other names and
// surfaces as aliases.
func fixtureResolve(locals []graph.LocalEntity) graph.Resolution {
	res := graph.Resolution{Of: map[graph.LocalRef]string{}}
	byID := map[string]*graph.Node{}
	docs := map[string]map[string]bool{}
	aliases := map[string]map[string]bool{}
	var order []string
	for _, le := range locals {
		id := graph.NodeID(le.Type, le.Name)
		n := byID[id]
		if n == nil {
			n = &graph.Node{ID: id, Name: le.Name, Type: le.Type}
			byID[id] = n
			docs[id], aliases[id] = map[string]bool{}, map[string]bool{}
			order = append(order, id)
		}
		res.Of[graph.LocalRef{Doc: le.Doc, Key: le.Key()}] = id
		n.Mentions += len(le.Mentions)
		docs[id][le.Doc] = true
		for _, a := range append(append([]string{le.Name}, le.Aliases...), surfaces(le.Mentions)...) {
			aliases[id][a] = true
		}
	}
	sort.Strings(order)
	for _, id := range order {
		n := byID[id]
		n.Docs = len(docs[id])
		for a := range aliases[id] {
			if a != n.Name {
				n.Aliases = append(n.Aliases, a)
			}
		}
		sort.Strings(n.Aliases)
		res.Nodes = append(res.Nodes, *n)
	}
	return res
}

func surfaces(ms []graph.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

// writeFixtureDB builds the fixture database at path.
func writeFixtureDB(ctx context.Context, path string) error {
	st, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	var facts []graph.Facts
	for _, d := range fixtureDocs() {
		facts = append(facts, d.facts())
	}
	if err := st.Put(ctx, facts...); err != nil {
		st.Close()
		return err
	}
	if err := st.Resolve(ctx, store.ResolverFunc(fixtureResolve)); err != nil {
		st.Close()
		return err
	}
	return st.Close()
}

// fixtureDB builds the fixture database in a temporary folder of t and
// returns its path.
func fixtureDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "fixture.db")
	if err := writeFixtureDB(t.Context(), db); err != nil {
		t.Fatalf("build fixture database: %v", err)
	}
	return db
}
