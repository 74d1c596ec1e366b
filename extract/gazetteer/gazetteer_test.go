package gazetteer_test

import (
	"runtime"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plantgraph/plantgraph/extract/gazetteer"
)

// load returns one Gazetteer shared by the tests of this binary.
var load = sync.OnceValues(gazetteer.Load)

func mustLoad(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	g, err := load()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return g
}

func TestPlace(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name string
		want gazetteer.Place // Population is checked only for being > 0 when wantPop
		pop  bool
	}{
		{"Germany", gazetteer.Place{Name: "Germany", Kind: gazetteer.KindCountry, Country: "DE", CountryName: "Germany", Parent: "Europe", ID: "iso:DE"}, false},
		{"Federal Republic of Germany", gazetteer.Place{Name: "Germany", Kind: gazetteer.KindCountry, Country: "DE", CountryName: "Germany", Parent: "Europe", ID: "iso:DE"}, false},
		{"Hungary", gazetteer.Place{Name: "Hungary", Kind: gazetteer.KindCountry, Country: "HU", CountryName: "Hungary", Parent: "Europe", ID: "iso:HU"}, false},
		{"United States", gazetteer.Place{Name: "United States", Kind: gazetteer.KindCountry, Country: "US", CountryName: "United States", Parent: "North America", ID: "iso:US"}, false},
		{"US", gazetteer.Place{Name: "United States", Kind: gazetteer.KindCountry, Country: "US", CountryName: "United States", Parent: "North America", ID: "iso:US"}, false},
		{"USA", gazetteer.Place{Name: "United States", Kind: gazetteer.KindCountry, Country: "US", CountryName: "United States", Parent: "North America", ID: "iso:US"}, false},
		{"UK", gazetteer.Place{Name: "United Kingdom", Kind: gazetteer.KindCountry, Country: "GB", CountryName: "United Kingdom", Parent: "Europe", ID: "iso:GB"}, false},
		{"South Korea", gazetteer.Place{Name: "South Korea", Kind: gazetteer.KindCountry, Country: "KR", CountryName: "South Korea", Parent: "Asia", ID: "iso:KR"}, false},
		{"Russia", gazetteer.Place{Name: "Russia", Kind: gazetteer.KindCountry, Country: "RU", CountryName: "Russia", Parent: "Asia", ID: "iso:RU"}, false},
		{"Georgia", gazetteer.Place{Name: "Georgia", Kind: gazetteer.KindCountry, Country: "GE", CountryName: "Georgia", Parent: "Asia", ID: "iso:GE"}, false},
		{"Europe", gazetteer.Place{Name: "Europe", Kind: gazetteer.KindContinent, ID: "continent:Europe"}, false},
		{"North America", gazetteer.Place{Name: "North America", Kind: gazetteer.KindContinent, ID: "continent:North America"}, false},
		{"Bavaria", gazetteer.Place{Name: "Bavaria", Kind: gazetteer.KindSubdivision, Country: "DE", CountryName: "Germany", ID: "geonames-admin1:DE.02"}, false},
		{"Bayern", gazetteer.Place{Name: "Bayern", Kind: gazetteer.KindSubdivision, Country: "DE", CountryName: "Germany", ID: "iso:DE-BY"}, false},
		{"Baden-Wurttemberg", gazetteer.Place{Name: "Baden-Württemberg", Kind: gazetteer.KindSubdivision, Country: "DE", CountryName: "Germany", ID: "iso:DE-BW"}, false},
		{"South Carolina", gazetteer.Place{Name: "South Carolina", Kind: gazetteer.KindSubdivision, Country: "US", CountryName: "United States", ID: "iso:US-SC"}, false},
		{"Ohio", gazetteer.Place{Name: "Ohio", Kind: gazetteer.KindSubdivision, Country: "US", CountryName: "United States", ID: "iso:US-OH"}, false},
		{"Lower Bavaria", gazetteer.Place{Name: "Lower Bavaria", Kind: gazetteer.KindDistrict, Country: "DE", CountryName: "Germany", Parent: "Bavaria", ID: "geonames-admin2:DE.02.092"}, false},
		{"Leipzig", gazetteer.Place{Name: "Leipzig", Kind: gazetteer.KindCity, Country: "DE", CountryName: "Germany", Parent: "Saxony", ID: "geonames:2879139"}, true},
		{"Dingolfing", gazetteer.Place{Name: "Dingolfing", Kind: gazetteer.KindCity, Country: "DE", CountryName: "Germany", Parent: "Bavaria", District: "Lower Bavaria", ID: "geonames:2936909"}, true},
		{"Kecskemet", gazetteer.Place{Name: "Kecskemét", Kind: gazetteer.KindCity, Country: "HU", CountryName: "Hungary", Parent: "Bács-Kiskun", ID: "geonames:3050434"}, true},
		{"München", gazetteer.Place{Name: "Munich", Kind: gazetteer.KindCity, Country: "DE", CountryName: "Germany", Parent: "Bavaria", District: "Upper Bavaria", ID: "geonames:2867714"}, true},
		{"Gothenburg", gazetteer.Place{Name: "Göteborg", Kind: gazetteer.KindCity, Country: "SE", CountryName: "Sweden", Parent: "Västra Götaland", District: "Göteborgs stad", ID: "geonames:2711537"}, true},
		{"Goteborg", gazetteer.Place{Name: "Göteborg", Kind: gazetteer.KindCity, Country: "SE", CountryName: "Sweden", Parent: "Västra Götaland", District: "Göteborgs stad", ID: "geonames:2711537"}, true},
		{"Skelleftea", gazetteer.Place{Name: "Skellefteå", Kind: gazetteer.KindCity, Country: "SE", CountryName: "Sweden", Parent: "Västerbotten", District: "Skellefteå Kommun", ID: "geonames:602913"}, true},
		{"Normal", gazetteer.Place{Name: "Normal", Kind: gazetteer.KindCity, Country: "US", CountryName: "United States", Parent: "Illinois", District: "McLean County", ID: "geonames:4903780", CommonWord: true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := g.Place(tt.name)
			if !ok {
				t.Fatalf("Place(%q) not found", tt.name)
			}
			if tt.pop != (got.Population > 0) {
				t.Errorf("Place(%q).Population = %d", tt.name, got.Population)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreFields(gazetteer.Place{}, "Population")); diff != "" {
				t.Errorf("Place(%q) (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

func TestPlaceNotFound(t *testing.T) {
	g := mustLoad(t)
	for _, name := range []string{"", "Battery", "Plant", "Gigafactory", "germany", "GERMANY", "ohio"} {
		if p, ok := g.Place(name); ok {
			t.Errorf("Place(%q) = %+v, want not found", name, p)
		}
		if ps := g.Places(name); ps != nil {
			t.Errorf("Places(%q) = %d places, want nil", name, len(ps))
		}
	}
}

func TestPlacesOrder(t *testing.T) {
	g := mustLoad(t)
	ps := g.Places("Georgetown")
	var kentucky bool
	for i, p := range ps {
		if p.Name != "Georgetown" && p.Name != "George Town" {
			t.Errorf("Places(Georgetown)[%d].Name = %q", i, p.Name)
		}
		if i > 0 && p.Name == "Georgetown" && p.Population > ps[i-1].Population {
			t.Errorf("Places(Georgetown)[%d] has %d people, more than the one before", i, p.Population)
		}
		kentucky = kentucky || p.Country == "US" && p.Parent == "Kentucky"
	}
	if !kentucky {
		t.Errorf("Places(Georgetown) lacks Georgetown, Kentucky: %+v", ps)
	}
	first, _ := g.Place("Georgetown")
	if first != ps[0] {
		t.Errorf("Place(Georgetown) = %+v, want the first of Places, %+v", first, ps[0])
	}

	// A city's own name comes before another city's alternate name, unless
	// that city is a hundred times larger.
	if p, _ := g.Place("Smyrna"); p.Country != "US" {
		t.Errorf("Place(Smyrna) = %+v, want Smyrna in the United States before İzmir", p)
	}
	if ps := g.Places("Smyrna"); len(ps) < 3 || ps[1].Parent != "Tennessee" || ps[2].Name != "İzmir" {
		t.Errorf("Places(Smyrna) = %+v, want Smyrna in Georgia, then in Tennessee, then İzmir", ps)
	}

	// A subdivision comes before a city of the same name.
	ps = g.Places("Debrecen")
	if len(ps) < 2 || ps[0].Kind != gazetteer.KindSubdivision || ps[1].Kind != gazetteer.KindCity {
		t.Errorf("Places(Debrecen) = %+v, want the subdivision, then the city", ps)
	}
}

func TestIsGivenName(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		s    string
		want bool
	}{
		{"Oliver", true},
		{"Milan", true},
		{"Petra", true},
		{"Herbert", true},
		{"Zsolt", true},
		{"László", true},
		{"Laszlo", true},
		{"Jürgen", true},
		{"Anne-Marie", true},
		{"Battery", false},
		{"Plant", false},
		{"General", false},
		{"Tesla", false},
		{"Alabama", false},
		{"oliver", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := g.IsGivenName(tt.s); got != tt.want {
			t.Errorf("IsGivenName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestCountry(t *testing.T) {
	g := mustLoad(t)
	for code, want := range map[string]string{"DE": "Germany", "HU": "Hungary", "US": "United States", "TR": "Türkiye", "XK": "Kosovo", "XX": "", "": ""} {
		if got := g.Country(code); got != want {
			t.Errorf("Country(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestStats(t *testing.T) {
	s := mustLoad(t).Stats()
	if s.Places < 100000 || s.PlaceNames < 100000 || s.GivenNames < 20000 {
		t.Errorf("Stats() = %+v, want at least 100000 places and names and 20000 given names", s)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var g *gazetteer.Gazetteer
	for b.Loop() {
		var err error
		if g, err = gazetteer.Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MiB-retained")
	runtime.KeepAlive(g)
}

func BenchmarkPlace(b *testing.B) {
	g := mustLoad(b)
	for _, name := range []string{"Germany", "Kecskemét", "Kecskemet", "Goteborg", "Battery", "Ünknown"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.Place(name)
			}
		})
	}
}

func BenchmarkIsGivenName(b *testing.B) {
	g := mustLoad(b)
	for _, s := range []string{"Oliver", "Battery", "Jürgen"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.IsGivenName(s)
			}
		})
	}
}
