package store_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// genEntities are the entities the generated documents name: each with
// its other forms, which a document uses as mentions or gives as aliases.
// Several of them are one entity to the resolver (by suffix, alias,
// surname, site), and some names have two types.
var genEntities = []struct {
	key   graph.Key
	forms []string
}{
	{graph.Key{Name: "BMW Group", Type: graph.Company}, []string{"BMW", "BMW AG"}},
	{graph.Key{Name: "BMW AG", Type: graph.Company}, []string{"Bayerische Motoren Werke"}},
	{graph.Key{Name: "General Motors", Type: graph.Company}, []string{"GM", "General Motors Co."}},
	{graph.Key{Name: "GM", Type: graph.Company}, nil},
	{graph.Key{Name: "Stellantis", Type: graph.Company}, []string{"Stellantis N.V."}},
	{graph.Key{Name: "Mini", Type: graph.Company}, nil},
	{graph.Key{Name: "Mini", Type: graph.Product}, []string{"MINI"}},
	{graph.Key{Name: "i3", Type: graph.Product}, nil},
	{graph.Key{Name: "Plant Leipzig", Type: graph.Plant}, []string{"Leipzig plant"}},
	{graph.Key{Name: "BMW Plant Leipzig", Type: graph.Plant}, []string{"the Leipzig site", "Plant Leipzig"}},
	{graph.Key{Name: "Gigafactory Texas", Type: graph.Plant}, []string{"Austin factory"}},
	{graph.Key{Name: "Leipzig", Type: graph.Location}, nil},
	{graph.Key{Name: "Munich", Type: graph.Location}, []string{"München"}},
	{graph.Key{Name: "Anna Schmidt", Type: graph.Person}, []string{"Schmidt", "Ms Schmidt"}},
	{graph.Key{Name: "Schmidt", Type: graph.Person}, nil},
	{graph.Key{Name: "carbon fibre", Type: graph.Technology}, []string{"CFRP"}},
}

// genFacts returns the facts of a document with the given key, made from
// rng: some entities with mentions (of their name and other forms), some
// with aliases no mention uses, some with neither, and relations between
// them stated by sentences of their own, some stated twice.
func genFacts(rng *rand.Rand, key string) graph.Facts {
	var (
		text     strings.Builder
		entities []graph.Entity
	)
	say := func(e *graph.Entity, surface string) {
		start := text.Len()
		text.WriteString(surface)
		e.Mentions = append(e.Mentions, graph.Mention{Span: graph.Span{Start: start, End: text.Len()}, Text: surface})
	}
	for _, i := range rng.Perm(len(genEntities))[:2+rng.IntN(6)] {
		g := genEntities[i]
		entities = append(entities, graph.Entity{Name: g.key.Name, Type: g.key.Type})
		e := &entities[len(entities)-1]
		forms := append([]string{g.key.Name}, g.forms...)
		switch rng.IntN(6) {
		case 0: // neither mentions nor aliases
		case 1: // aliases only
			e.Aliases = append(e.Aliases, forms[rng.IntN(len(forms))])
		default:
			for range 1 + rng.IntN(4) {
				say(e, forms[rng.IntN(len(forms))])
				text.WriteString(" is named. ")
			}
			if len(g.forms) > 0 && rng.IntN(3) == 0 {
				e.Aliases = append(e.Aliases, g.forms[rng.IntN(len(g.forms))])
			}
		}
	}
	var relations []graph.Relation
	for range rng.IntN(6) {
		a, b := &entities[rng.IntN(len(entities))], &entities[rng.IntN(len(entities))]
		var allowed []graph.Predicate
		for _, p := range graph.Predicates() {
			if p.Allows(a.Type, b.Type) {
				allowed = append(allowed, p)
			}
		}
		if a.Key() == b.Key() || len(allowed) == 0 {
			continue
		}
		p := allowed[rng.IntN(len(allowed))]
		start := text.Len()
		say(a, a.Name)
		text.WriteString(" " + string(p) + " ")
		say(b, b.Name)
		text.WriteString(".")
		ev := graph.Evidence{Span: graph.Span{Start: start, End: text.Len()}, Confidence: float64(1+rng.IntN(10)) / 10}
		text.WriteString(" ")
		r := graph.Relation{Subject: a.Key(), Predicate: p, Object: b.Key(), Evidence: ev}
		relations = append(relations, r)
		if rng.IntN(4) == 0 {
			relations = append(relations, r) // stated twice by one sentence
		}
	}
	t := text.String()
	for i := range relations {
		relations[i].Evidence.Sentence = relations[i].Evidence.Span.Of(t)
	}
	return graph.Facts{
		Doc:       graph.Document{Key: key, Path: "corpus/" + key, Name: key, Hash: fmt.Sprint(rng.Uint64()), Text: t},
		Entities:  entities,
		Relations: relations,
	}
}

// TestResolve_SameAsReference checks that Resolve, which keeps the local
// entities compact and streams the evidence, gives the resolver the same
// local entities as the plain implementation it replaced
// (ResolveReference) and writes the same database, byte for byte: after a
// first build, after documents are replaced and deleted, and with an
// aliases file that makes one node of a relation's two ends and changes
// the type of another's, so that relations are dropped.
func TestResolve_SameAsReference(t *testing.T) {
	aliases, err := graph.ReadAliases(strings.NewReader(
		"General Motors\tcompany\tGM\nMini\tcompany\tMINI\n!never\tBMW Plant Leipzig\tPlant Leipzig\n"), "aliases.txt")
	if err != nil {
		t.Fatal(err)
	}
	for seed := range 12 {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			ctx := context.Background()
			rng := rand.New(rand.NewPCG(uint64(seed), 1))
			dir := t.TempDir()
			paths := [2]string{filepath.Join(dir, "new.db"), filepath.Join(dir, "reference.db")}
			var stores [2]*store.Store
			for i, path := range paths {
				s, err := store.Open(ctx, path)
				if err != nil {
					t.Fatal(err)
				}
				s.Now = func() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }
				t.Cleanup(func() { s.Close() }) // a second Close changes nothing
				stores[i] = s
			}
			resolve := func(step string, r store.Resolver) {
				t.Helper()
				var got [2][]graph.LocalEntity
				for i, s := range stores {
					rec := store.ResolverFunc(func(ls []graph.LocalEntity) graph.Resolution {
						got[i] = ls
						return r.Resolve(ls)
					})
					resolve := s.Resolve
					if i == 1 {
						resolve = s.ResolveReference
					}
					if err := resolve(ctx, rec); err != nil {
						t.Fatalf("%s: %v", step, err)
					}
				}
				if diff := cmp.Diff(got[1], got[0]); diff != "" {
					t.Fatalf("%s: local entities (-reference +Resolve):\n%s", step, diff)
				}
				if diff := cmp.Diff(dump(t, stores[1]), dump(t, stores[0])); diff != "" {
					t.Fatalf("%s: tables (-reference +Resolve):\n%s", step, diff)
				}
			}

			// Keys whose order differs from the order the documents are
			// stored in, so that row ids do not follow keys.
			var facts []graph.Facts
			for i := range 30 + rng.IntN(30) {
				facts = append(facts, genFacts(rng, fmt.Sprintf("%c%02d.txt", 'a'+rng.IntN(26), i)))
			}
			for _, s := range stores {
				MustPut(t, s, facts...)
			}
			resolve("first build", store.ResolverFunc(graph.Resolve))

			var again []graph.Facts
			for _, f := range facts[:10] {
				again = append(again, genFacts(rng, f.Doc.Key))
			}
			for _, s := range stores {
				MustPut(t, s, again...)
				if err := s.DeleteDocuments(ctx, facts[10].Doc.Key, facts[11].Doc.Key); err != nil {
					t.Fatal(err)
				}
			}
			resolve("second build", store.ResolverFunc(graph.Resolve))
			resolve("aliases file", &graph.Resolver{Aliases: aliases})

			var files [2][]byte
			for i, s := range stores {
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
				if files[i], err = os.ReadFile(paths[i]); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(files[0], files[1]) {
				t.Errorf("the database files differ (%d and %d bytes)", len(files[0]), len(files[1]))
			}
		})
	}
}
