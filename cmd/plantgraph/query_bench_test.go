package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// benchArticles is how many synthetic articles the query benchmarks build
// their graph from.
const benchArticles = 10_000

// synth generates articles from templates with made-up names, and the
// facts an extractor would find in them. The same seed gives the same
// articles.
type synth struct {
	r                                                     *rand.Rand
	companies, cities, countries, products, people, techs []string
}

func newSynth(seed uint64) *synth {
	s := &synth{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	s.companies = s.names(1500, func() string {
		return s.word(2, 3) + " " + benchPick(s.r, []string{"Motors", "Energy", "Batteries", "Automotive", "Group", "Cells", "Mobility"})
	})
	s.cities = s.names(800, func() string { return s.word(2, 3) })
	s.countries = s.names(40, func() string { return s.word(2, 4) + "ia" })
	s.products = s.names(1200, func() string {
		return s.word(1, 2) + " " + benchPick(s.r, []string{"EV", "X", "GT", "cell", "pack", "module"}) + fmt.Sprint(s.r.IntN(90)+10)
	})
	s.people = s.names(3000, func() string { return s.word(1, 2) + " " + s.word(2, 3) })
	s.techs = s.names(100, func() string { return s.word(2, 3) + " " + benchPick(s.r, []string{"chemistry", "casting", "coating"}) })
	return s
}

var syllables = []string{"ka", "lo", "ve", "mar", "tin", "sen", "dra", "bel", "nor", "vik", "zu", "ran",
	"os", "tek", "li", "fer", "mon", "gra", "sto", "quin", "ar", "del", "pa", "rix", "ul", "hen", "cor", "ami"}

// word returns a capitalised made-up word of min to max syllables.
func (s *synth) word(min, max int) string {
	var b strings.Builder
	for i := min + s.r.IntN(max-min+1); i > 0; i-- {
		b.WriteString(benchPick(s.r, syllables))
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// names returns n distinct names from gen.
func (s *synth) names(n int, gen func() string) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		if name := gen(); !seen[graph.Fold(name)] {
			seen[graph.Fold(name)] = true
			out = append(out, name)
		}
	}
	return out
}

func benchPick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// article returns the facts of synthetic article i: who builds what at
// which plant, where the plant is, and who supplies, partners with or
// works for whom.
func (s *synth) article(i int) graph.Facts {
	company, other := benchPick(s.r, s.companies), benchPick(s.r, s.companies)
	city := s.cities[s.r.IntN(len(s.cities))]
	country := s.countries[int(graph.Fold(city)[0])%len(s.countries)] // a city stays in one country
	plant := fxPlant(strings.Fields(company)[0] + " Plant " + city)
	product, person, tech := benchPick(s.r, s.products), benchPick(s.r, s.people), benchPick(s.r, s.techs)

	sentences := []fxSentence{
		{fmt.Sprintf("%s builds the %s at %s.", company, product, plant.Name),
			[]fxRel{fxRelation(fxCompany(company), graph.Operates, plant), fxRelation(plant, graph.Produces, fxProduct(product))}},
		{fmt.Sprintf("%s is located in %s, %s.", plant.Name, city, country),
			[]fxRel{fxRelation(plant, graph.LocatedIn, fxLocation(city)), fxRelation(fxLocation(city), graph.LocatedIn, fxLocation(country))}},
	}
	if other != company {
		switch s.r.IntN(3) {
		case 0:
			sentences = append(sentences, fxSentence{fmt.Sprintf("%s supplies %s with parts.", other, company),
				[]fxRel{fxRelation(fxCompany(other), graph.Supplies, fxCompany(company))}})
		case 1:
			sentences = append(sentences, fxSentence{fmt.Sprintf("%s and %s develop %s together.", company, other, tech),
				[]fxRel{fxRelation(fxCompany(company), graph.PartnersWith, fxCompany(other)), fxRelation(fxCompany(company), graph.Develops, graph.Key{Name: tech, Type: graph.Technology})}})
		}
	}
	sentences = append(sentences, fxSentence{fmt.Sprintf("%s works for %s.", person, company),
		[]fxRel{fxRelation(fxPerson(person), graph.WorksFor, fxCompany(company))}})
	date := fmt.Sprintf("20%02d-%02d-%02d", 20+i%6, 1+i%12, 1+i%28)
	return fxDoc{key: fmt.Sprintf("synthetic/%05d.txt", i), date: date, sentences: sentences}.facts()
}

// benchDB builds a database of benchArticles synthetic articles, resolved
// with graph.Resolve, in a temporary folder of b, and returns its path
// and graph.
func benchDB(b *testing.B) (string, *graph.Graph) {
	b.Helper()
	ctx := context.Background()
	db := filepath.Join(b.TempDir(), "bench.db")
	st, err := store.Open(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s := newSynth(1)
	const batch = 500
	for i := 0; i < benchArticles; i += batch {
		var facts []graph.Facts
		for j := i; j < min(i+batch, benchArticles); j++ {
			facts = append(facts, s.article(j))
		}
		if err := st.Put(ctx, facts...); err != nil {
			b.Fatal(err)
		}
	}
	if err := st.Resolve(ctx, store.ResolverFunc(graph.Resolve)); err != nil {
		b.Fatal(err)
	}
	g, err := st.Graph(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return db, g
}

// BenchmarkQuery measures "query produces" and "query path" on a graph of
// 10,000 synthetic articles: in memory (graph/...) and as the command runs
// them, opening the database and loading the graph each time (command/...).
//
//	go test ./cmd/plantgraph/ -run '^$' -bench Query -benchtime 20x
func BenchmarkQuery(b *testing.B) {
	db, g := benchDB(b)
	st := g.Stats()
	b.Logf("%d articles: %d nodes, %d edges, %d evidence sentences", benchArticles, st.Nodes, st.Edges, st.Evidence)

	var companies, countries []string
	for _, n := range g.Nodes {
		switch {
		case n.Type == graph.Company:
			companies = append(companies, n.Name)
		case n.Type == graph.Location && strings.HasSuffix(n.Name, "ia"):
			countries = append(countries, n.Name)
		}
	}
	r := rand.New(rand.NewPCG(2, 3))
	var pairs [][2]string // connected companies
	for len(pairs) < 64 {
		p := [2]string{benchPick(r, companies), benchPick(r, companies)}
		if _, err := g.ShortestPath(p[0], p[1]); err == nil {
			pairs = append(pairs, p)
		}
	}

	b.Run("graph/produces-all", func(b *testing.B) {
		rows := 0
		for b.Loop() {
			rows = len(g.Produces(graph.ProducesFilter{}))
		}
		b.ReportMetric(float64(rows), "rows")
	})
	b.Run("graph/produces-company", func(b *testing.B) {
		i := 0
		for b.Loop() {
			g.Produces(graph.ProducesFilter{Company: companies[i%len(companies)]})
			i++
		}
	})
	b.Run("graph/produces-where", func(b *testing.B) {
		i := 0
		for b.Loop() {
			g.Produces(graph.ProducesFilter{Where: countries[i%len(countries)]})
			i++
		}
	})
	b.Run("graph/path", func(b *testing.B) {
		i, hops := 0, 0
		for b.Loop() {
			p := pairs[i%len(pairs)]
			ids, err := g.ShortestPath(p[0], p[1])
			if err != nil {
				b.Fatal(err)
			}
			hops += len(ids) - 1
			i++
		}
		b.ReportMetric(float64(hops)/float64(b.N), "hops/op")
	})

	command := func(b *testing.B, args func(i int) []string) {
		i := 0
		for b.Loop() {
			if code := run(context.Background(), append(args(i), "--db", db), strings.NewReader(""), io.Discard, io.Discard); code != 0 {
				b.Fatalf("plantgraph %v: exit %d", args(i), code)
			}
			i++
		}
	}
	b.Run("command/produces-company", func(b *testing.B) {
		command(b, func(i int) []string {
			return []string{"query", "produces", "--company", companies[i%len(companies)]}
		})
	})
	b.Run("command/path", func(b *testing.B) {
		command(b, func(i int) []string {
			p := pairs[i%len(pairs)]
			return []string{"query", "path", p[0], p[1]}
		})
	})
}
