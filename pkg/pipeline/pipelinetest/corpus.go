// Package pipelinetest writes synthetic corpora of manufacturing news for
// the tests and benchmarks of builds: as many articles as asked, from
// templates, the same for the same seed.
package pipelinetest

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

var (
	companies = []string{
		"Acme Motors", "Bolt Batteries", "Cogs Industries", "Dynamo Cells", "Electra Automotive",
		"Ferrum Steel", "Gigavolt Energy", "Helix Drives", "Ion Mobility", "Joule Systems",
		"Kestrel Trucks", "Lumen Semiconductors", "Magna Nova", "Northwind Components", "Orbit Robotics",
	}
	plants = []struct{ city, country string }{
		{"Leipzig", "Germany"}, {"Debrecen", "Hungary"}, {"Spartanburg", "South Carolina"},
		{"Szeged", "Hungary"}, {"Zwickau", "Germany"}, {"Chennai", "India"}, {"Monterrey", "Mexico"},
		{"Rayong", "Thailand"}, {"Kolin", "Czech Republic"}, {"Salzgitter", "Germany"},
		{"Valencia", "Spain"}, {"Oxford", "England"}, {"Tianjin", "China"}, {"Puebla", "Mexico"},
	}
	products = []string{
		"Roadrunner", "Falcon EV", "Comet X2", "Stratus", "Nimbus", "Voltra", "Meridian",
		"Kite", "Atlas T7", "Polaris", "Sirius", "Aurora S",
	}
	technologies = []string{
		"LFP cells", "solid-state batteries", "gigacasting", "heat pumps", "silicon carbide chips",
		"hydrogen fuel cells", "cell-to-pack technology",
	}
	people = []string{
		"Anna Lechner", "John Roe", "Maria Santos", "Kenji Watanabe", "Priya Raman",
		"Lars Eriksen", "Sofia Novak", "David Okafor", "Elena Petrova", "Tomasz Wrona",
	}
	roles  = []string{"head of production", "plant manager", "chief executive", "board member for production"}
	months = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// Article returns the text of the i-th article of the corpus with the
// given seed: a headline, a dateline with a byline, and three paragraphs
// naming a company, its plant, a product, a supplier, a technology and a
// manager.
func Article(seed int64, i int) string {
	rng := rand.New(rand.NewSource(seed*1_000_003 + int64(i)))
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	co := pick(companies)
	sup := pick(companies)
	for sup == co {
		sup = pick(companies)
	}
	pl := plants[rng.Intn(len(plants))]
	prod := pick(products)
	tech := pick(technologies)
	person := pick(people)
	author := pick(people)
	day, month, year := 1+rng.Intn(28), pick(months), 2019+rng.Intn(6)
	staff := 500 + 100*rng.Intn(60)
	units := 50 + 10*rng.Intn(40)
	var b strings.Builder
	switch rng.Intn(3) {
	case 0:
		fmt.Fprintf(&b, "%s starts %s production in %s\n\n", co, prod, pl.city)
	case 1:
		fmt.Fprintf(&b, "%s expands its %s plant\n\n", co, pl.city)
	default:
		fmt.Fprintf(&b, "New %s line opens at %s in %s\n\n", prod, co, pl.city)
	}
	fmt.Fprintf(&b, "%s, %d %s %d – By %s\n\n", pl.city, day, month, year, author)
	fmt.Fprintf(&b, "%s has started production of the %s at its plant in %s, %s. ", co, prod, pl.city, pl.country)
	fmt.Fprintf(&b, "The plant employs %d people and will build %d,000 vehicles a year once the second shift starts. ", staff, units)
	fmt.Fprintf(&b, "The investment in the site comes to %d million euros, article %d of this corpus said.\n\n", 100+rng.Intn(900), i)
	fmt.Fprintf(&b, "%s supplies the battery modules for the %s from its own factory. ", sup, prod)
	fmt.Fprintf(&b, "%s uses %s on the new line in %s, which it developed with %s.\n\n", co, tech, pl.city, sup)
	fmt.Fprintf(&b, "\"This is a milestone for %s,\" said %s, %s at %s. ", pl.city, person, pick(roles), co)
	fmt.Fprintf(&b, "The company said it does not plan to build the %s anywhere else.\n", prod)
	return b.String()
}

// WriteCorpus writes n articles of the corpus with the given seed into dir
// as .txt files, a hundred to a folder, and returns their paths in the
// order a folder walk reads them.
func WriteCorpus(dir string, n int, seed int64) ([]string, error) {
	paths := make([]string, 0, n)
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("%04d", i/100), fmt.Sprintf("article-%06d.txt", i))
		if i%100 == 0 {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return nil, err
			}
		}
		if err := os.WriteFile(p, []byte(Article(seed, i)), 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
