package graph_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
)

// The nodes of queryGraph.
var (
	bmw        = node(graph.Company, "BMW Group", 9, "BMW")
	skoda      = node(graph.Company, "Škoda Auto", 3, "Skoda Auto")
	umicore    = node(graph.Company, "Umicore", 2)
	aesc       = node(graph.Company, "AESC", 2)
	magna      = node(graph.Company, "Magna Steyr", 1)
	catl       = node(graph.Company, "宁德时代", 2, "CATL")
	regensburg = node(graph.Plant, "Plant Regensburg", 3)
	graz       = node(graph.Plant, "Plant Graz", 2)
	zwickau    = node(graph.Plant, "Zwickau plant", 1)
	batteries  = node(graph.Product, "high-voltage batteries", 3)
	series5    = node(graph.Product, "BMW 5 Series", 1)
	enyaq      = node(graph.Product, "Enyaq iV", 1)
	cathodes   = node(graph.Product, "cathode materials", 1)
	id3        = node(graph.Product, "ID.3", 1)
	city       = node(graph.Location, "Regensburg", 2)
	bavaria    = node(graph.Location, "Bavaria", 1)
	germany    = node(graph.Location, "Germany", 4)
	grazCity   = node(graph.Location, "Graz", 1)
	austria    = node(graph.Location, "Austria", 1)
	boleslav   = node(graph.Location, "Mladá Boleslav", 1)
	czechia    = node(graph.Location, "Czech Republic", 1)
	zwickauLoc = node(graph.Location, "Zwickau", 1)
	zipse      = node(graph.Person, "Oliver Zipse", 1)
)

// doc returns evidence from the document news/NN.txt.
func doc(nn string) graph.Evidence { return ev("news/"+nn+".txt", 0, "sentence "+nn) }

func queryGraph() *graph.Graph {
	nodes := []graph.Node{bmw, skoda, umicore, aesc, magna, catl, regensburg, graz, zwickau,
		batteries, series5, enyaq, cathodes, id3, city, bavaria, germany, grazCity, austria,
		boleslav, czechia, zwickauLoc, zipse}
	edges := []graph.Edge{
		edge(bmw, graph.Operates, regensburg, doc("01")),
		edge(regensburg, graph.Produces, batteries, doc("02")),
		edge(regensburg, graph.LocatedIn, city, doc("03")),
		edge(city, graph.LocatedIn, bavaria, doc("04")),
		edge(bavaria, graph.LocatedIn, germany, doc("05")),
		edge(bmw, graph.Operates, graz, doc("07")),
		edge(magna, graph.Operates, graz, doc("08")),
		edge(graz, graph.Produces, series5, doc("09")),
		edge(graz, graph.LocatedIn, grazCity, doc("09")),
		edge(grazCity, graph.LocatedIn, austria, doc("10")),
		edge(zwickau, graph.Produces, id3, doc("11")),
		edge(zwickau, graph.LocatedIn, zwickauLoc, doc("11")),
		edge(zwickauLoc, graph.LocatedIn, germany, doc("12")),
		edge(skoda, graph.Produces, enyaq, doc("13")),
		edge(skoda, graph.LocatedIn, boleslav, doc("14")),
		edge(boleslav, graph.LocatedIn, czechia, doc("15")),
		edge(umicore, graph.Produces, cathodes, doc("16")),
		edge(umicore, graph.Supplies, aesc, doc("17")),
		edge(aesc, graph.Supplies, bmw, doc("18")),
		edge(catl, graph.Produces, batteries, doc("19")),
		edge(zipse, graph.WorksFor, bmw, doc("20")),
	}
	return graph.NewGraph(nodes, edges)
}

func docs(nns ...string) []string {
	var out []string
	for _, nn := range nns {
		out = append(out, "news/"+nn+".txt")
	}
	return out
}

func TestProduces(t *testing.T) {
	var (
		zwickauRow = graph.ProducesRow{Product: "ID.3", Plant: "Zwickau plant",
			Location: "Zwickau, Germany", Docs: docs("11", "12")}
		bmwGraz = graph.ProducesRow{Company: "BMW Group", Product: "BMW 5 Series", Plant: "Plant Graz",
			Location: "Graz, Austria", Docs: docs("07", "09", "10")}
		bmwRegensburg = graph.ProducesRow{Company: "BMW Group", Product: "high-voltage batteries",
			Plant: "Plant Regensburg", Location: "Regensburg, Bavaria, Germany",
			Docs: docs("01", "02", "03", "04", "05")}
		magnaGraz = graph.ProducesRow{Company: "Magna Steyr", Product: "BMW 5 Series", Plant: "Plant Graz",
			Location: "Graz, Austria", Docs: docs("08", "09", "10")}
		umicoreRow = graph.ProducesRow{Company: "Umicore", Product: "cathode materials", Docs: docs("16")}
		skodaRow   = graph.ProducesRow{Company: "Škoda Auto", Product: "Enyaq iV",
			Location: "Mladá Boleslav, Czech Republic", Docs: docs("13", "14", "15")}
		catlRow = graph.ProducesRow{Company: "宁德时代", Product: "high-voltage batteries", Docs: docs("19")}
	)
	tests := []struct {
		name   string
		filter graph.ProducesFilter
		want   []graph.ProducesRow
	}{
		{"all", graph.ProducesFilter{},
			[]graph.ProducesRow{zwickauRow, bmwGraz, bmwRegensburg, magnaGraz, umicoreRow, skodaRow, catlRow}},
		{"company by alias part", graph.ProducesFilter{Company: "bmw"}, []graph.ProducesRow{bmwGraz, bmwRegensburg}},
		{"company without diacritics", graph.ProducesFilter{Company: "SKODA"}, []graph.ProducesRow{skodaRow}},
		{"company by Latin alias", graph.ProducesFilter{Company: "catl"}, []graph.ProducesRow{catlRow}},
		{"company in Chinese", graph.ProducesFilter{Company: "宁德"}, []graph.ProducesRow{catlRow}},
		{"product plural", graph.ProducesFilter{Product: "Batteries"}, []graph.ProducesRow{bmwRegensburg, catlRow}},
		{"product singular part", graph.ProducesFilter{Product: "high voltage"}, []graph.ProducesRow{bmwRegensburg, catlRow}},
		{"plant", graph.ProducesFilter{Plant: "regensburg"}, []graph.ProducesRow{bmwRegensburg}},
		{"where country far up the chain", graph.ProducesFilter{Where: "germany"}, []graph.ProducesRow{zwickauRow, bmwRegensburg}},
		{"where region", graph.ProducesFilter{Where: "Bavaria"}, []graph.ProducesRow{bmwRegensburg}},
		{"where company seat", graph.ProducesFilter{Where: "mlada boleslav"}, []graph.ProducesRow{skodaRow}},
		{"where plant name", graph.ProducesFilter{Where: "graz"}, []graph.ProducesRow{bmwGraz, magnaGraz}},
		{"company and product", graph.ProducesFilter{Company: "magna", Product: "5 series"}, []graph.ProducesRow{magnaGraz}},
		{"company filter drops plants without operator", graph.ProducesFilter{Company: "zwickau"}, nil},
		{"plant filter drops companies", graph.ProducesFilter{Plant: "umicore"}, nil},
		{"no such company", graph.ProducesFilter{Company: "Volkswagen"}, nil},
	}
	g := queryGraph()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, g.Produces(tt.filter)); diff != "" {
				t.Errorf("Produces(%+v) mismatch (-want +got):\n%s", tt.filter, diff)
			}
		})
	}
}

func TestProducesLocation(t *testing.T) {
	p := node(graph.Plant, "P", 1)
	x := node(graph.Product, "X", 1)
	loc := func(name string) graph.Node { return node(graph.Location, name, 1) }
	a, b, c, d, e := loc("A"), loc("B"), loc("C"), loc("D"), loc("E")
	city, country := loc("Regensburg"), loc("Germany")
	other1, other2 := node(graph.Plant, "Q", 1), node(graph.Plant, "R", 1)
	produces := edge(p, graph.Produces, x, doc("00"))
	tests := []struct {
		name     string
		edges    []graph.Edge
		location string
		docs     []string
	}{
		{"no located_in", nil, "", docs("00")},
		{"at most four hops", []graph.Edge{
			edge(p, graph.LocatedIn, a, doc("01")), edge(a, graph.LocatedIn, b, doc("02")),
			edge(b, graph.LocatedIn, c, doc("03")), edge(c, graph.LocatedIn, d, doc("04")),
			edge(d, graph.LocatedIn, e, doc("05")),
		}, "A, B, C, D", docs("00", "01", "02", "03", "04")},
		{"cycle", []graph.Edge{
			edge(p, graph.LocatedIn, a, doc("01")), edge(a, graph.LocatedIn, b, doc("02")),
			edge(b, graph.LocatedIn, a, doc("03")), edge(b, graph.LocatedIn, p, doc("04")),
		}, "A, B", docs("00", "01", "02")},
		{"city and country both of the plant, country holds more", []graph.Edge{
			edge(p, graph.LocatedIn, country, doc("01")), edge(p, graph.LocatedIn, city, doc("02")),
			edge(other1, graph.LocatedIn, country, doc("03")),
		}, "Regensburg, Germany", docs("00", "01", "02")},
		{"country lies above the city", []graph.Edge{
			edge(p, graph.LocatedIn, country, doc("01")), edge(p, graph.LocatedIn, city, doc("02")),
			edge(city, graph.LocatedIn, country, doc("03")),
			edge(other1, graph.LocatedIn, city, doc("04")), edge(other2, graph.LocatedIn, city, doc("05")),
		}, "Regensburg, Germany", docs("00", "02", "03")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graph.NewGraph([]graph.Node{p, x, a, b, c, d, e, city, country, other1, other2},
				append([]graph.Edge{produces}, tt.edges...))
			want := []graph.ProducesRow{{Product: "X", Plant: "P", Location: tt.location, Docs: tt.docs}}
			if diff := cmp.Diff(want, g.Produces(graph.ProducesFilter{})); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func ids(ns []graph.Node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.ID)
	}
	return out
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  []graph.Node
	}{
		{"exact name", "BMW Group", []graph.Node{bmw}},
		{"exact alias beats substring", "BMW", []graph.Node{bmw}},
		{"node ID", "company:umicore", []graph.Node{umicore}},
		{"case", "bmw group", []graph.Node{bmw}},
		{"diacritics", "skoda auto", []graph.Node{skoda}},
		{"diacritics in a place", "Mlada Boleslav", []graph.Node{boleslav}},
		{"diacritics added", "Umicoré", []graph.Node{umicore}},
		{"plural", "High-Voltage Battery", nil},
		{"folded plural", "high voltage batteries", []graph.Node{batteries}},
		{"folded equality beats substring", "regensburg", []graph.Node{city}},
		{"substring", "SKODA", []graph.Node{skoda}},
		{"substring, several", "plant", []graph.Node{graz, regensburg, zwickau}},
		{"Chinese", "宁德时代", []graph.Node{catl}},
		{"Chinese part", "宁德", []graph.Node{catl}},
		{"Latin alias of a Chinese name", "catl", []graph.Node{catl}},
		{"blank", "  ", nil},
		{"nothing", "Volkswagen", nil},
	}
	g := queryGraph()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(ids(tt.want), ids(g.Lookup(tt.query))); diff != "" {
				t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	grat, graz2, gratz := node(graph.Location, "Grat", 5), node(graph.Location, "Graz", 1), node(graph.Location, "Gratz", 1)
	near := graph.NewGraph([]graph.Node{graz2, gratz, grat, bavaria}, nil)
	tests := []struct {
		g     *graph.Graph
		query string
		n     int
		want  []graph.Node
	}{
		{queryGraph(), "Umicroe", 3, []graph.Node{umicore}},
		{queryGraph(), "Regensbrug", 3, []graph.Node{city}},
		{queryGraph(), "Scoda Auto", 3, []graph.Node{skoda}},
		{queryGraph(), "xyzzy quux", 3, nil},
		{queryGraph(), "", 3, nil},
		{near, "Grax", 5, []graph.Node{grat, graz2, gratz}},
		{near, "Grax", 2, []graph.Node{grat, graz2}},
		{near, "Grax", 0, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(ids(tt.want), ids(tt.g.Suggest(tt.query, tt.n))); diff != "" {
			t.Errorf("Suggest(%q, %d) mismatch (-want +got):\n%s", tt.query, tt.n, diff)
		}
	}
}

func TestFind(t *testing.T) {
	g := queryGraph()
	if n, err := g.Find("skoda"); err != nil || n.ID != skoda.ID {
		t.Errorf("Find(skoda) = %v, %v; want %s", n.ID, err, skoda.ID)
	}

	_, err := g.Find("plant")
	var ne *graph.NameError
	if !errors.As(err, &ne) || len(ne.Matches) != 3 {
		t.Errorf("Find(plant) error = %v, want a NameError with 3 matches", err)
	}

	_, err = g.Find("Umicroe")
	if !errors.As(err, &ne) || len(ne.Matches) != 0 || !strings.Contains(err.Error(), `did you mean "Umicore" (company)`) {
		t.Errorf("Find(Umicroe) error = %v, want a NameError suggesting Umicore", err)
	}
}

func TestStats(t *testing.T) {
	s := queryGraph().Stats()
	if s.Nodes != 23 || s.Edges != 21 || s.Evidence != 21 {
		t.Errorf("Stats counts %d nodes, %d edges, %d sentences; want 23, 21, 21", s.Nodes, s.Edges, s.Evidence)
	}
	wantTypes := []graph.TypeCount{
		{Type: graph.Company, Count: 6}, {Type: graph.Plant, Count: 3}, {Type: graph.Person, Count: 1},
		{Type: graph.Technology, Count: 0}, {Type: graph.Product, Count: 5}, {Type: graph.Location, Count: 8},
	}
	if diff := cmp.Diff(wantTypes, s.Types); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
	byPred := map[graph.Predicate]int{}
	for _, pc := range s.Predicates {
		byPred[pc.Predicate] = pc.Count
	}
	if byPred[graph.Produces] != 6 || byPred[graph.LocatedIn] != 9 || byPred[graph.Owns] != 0 || len(s.Predicates) != 10 {
		t.Errorf("predicates = %+v", s.Predicates)
	}
	var top []string
	for _, d := range s.Top[:3] {
		top = append(top, d.Node.Name)
	}
	// BMW Group and Plant Graz both have 4 edges; the ID breaks the tie.
	if diff := cmp.Diff([]string{"BMW Group", "Plant Graz", "Plant Regensburg"}, top); diff != "" {
		t.Errorf("top (-want +got):\n%s", diff)
	}
	if len(s.Top) != graph.StatsTop || s.Top[0].Degree != 4 {
		t.Errorf("top = %+v", s.Top)
	}
}
