package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestISONames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Bayern", []string{"Bayern"}},
		{"Girona [Gerona]", []string{"Girona", "Gerona"}},
		{"Cardiff [Caerdydd GB-CRD]", []string{"Cardiff", "Caerdydd"}},
		{"Alacant*", []string{"Alacant"}},
		{"Sofia (stolitsa)", []string{"Sofia"}},
		{"Murcia, Región de", []string{"Murcia"}},
		{"Bristol, City of", []string{"Bristol"}},
		{"Vale of Glamorgan, The [Bro Morgannwg GB-BMG]", []string{"Vale of Glamorgan", "Bro Morgannwg"}},
		{"Bournemouth, Christchurch and Poole", []string{"Bournemouth, Christchurch and Poole"}},
		{"San Andrés, Providencia y Santa Catalina", []string{"San Andrés, Providencia y Santa Catalina"}},
		{"wallonne, Région", nil},
	}
	for _, tt := range tests {
		if got := isoNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("isoNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUsableAlternate(t *testing.T) {
	words := map[string]bool{"cologne": true, "soul": true}
	tests := []struct {
		in   string
		want bool
	}{
		{"Gothenburg", true},
		{"München", true},
		{"Monaco di Baviera", true},
		{"Sankt-Peterburg", true},
		{"St. Petersburg", true},
		{"Cologne", false}, // an English word
		{"Soul", false},
		{"MUC", false},    // a code
		{"Mü", false},     // too short
		{"Мюнхен", false}, // not Latin script
		{"慕尼黑", false},
		{"muenchen", false}, // not capitalised
		{"Berlin 1", false},
		{" Berlin", false},
	}
	for _, tt := range tests {
		if got := usableAlternate(tt.in, words); got != tt.want {
			t.Errorf("usableAlternate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestGivenNameHelpers(t *testing.T) {
	for in, want := range map[string]string{"jean-pierre": "Jean-Pierre", "oliver": "Oliver", "lászló": "László", "d'andre": "D'andre"} {
		if got := capitalise(in); got != want {
			t.Errorf("capitalise(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{"Oliver": true, "Anne-Marie": true, "Zsolt": true, "Jiří": true, "A": false, "Anh Vũ": false, "伟宸": false, "oliver": false, "JR": false} {
		if got := usableGivenName(in); got != want {
			t.Errorf("usableGivenName(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsWord(t *testing.T) {
	words := map[string]bool{"normal": true, "turkey": true, "us": true}
	for in, want := range map[string]bool{"Normal": true, "Turkey": true, "US": false, "normal": false, "Leipzig": false, "New Normal": false} {
		if got := isWord(in, words); got != want {
			t.Errorf("isWord(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestMatchKey(t *testing.T) {
	for in, want := range map[string]string{"Baden-Wurttemberg": "baden-wurttemberg", "Baden-Württemberg": "baden-wurttemberg", "Pest County": "pest", "State of Berlin": "berlin"} {
		if got := matchKey(in); got != want {
			t.Errorf("matchKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlacesTSV(t *testing.T) {
	rows := []placeRow{
		{Name: "Dingolfing", Kind: kindCity, Country: "DE", Parent: "Bavaria", District: "Lower Bavaria", Population: 18805, ID: "geonames:2936909"},
		{Name: "München", Kind: kindCity, Country: "DE", Parent: "Bavaria", District: "Upper Bavaria", Population: 1260391, ID: "geonames:2867714", Canonical: "Munich", Alternate: true},
		{Name: "Russia", Kind: kindCountry, Country: "RU", Parent: "Asia;Europe", ID: "iso:RU"},
	}
	want := tsvHeader +
		"Dingolfing\tcity\tDE\tBavaria\tLower Bavaria\t18805\tgeonames:2936909\t\t\n" +
		"München\tcity\tDE\tBavaria\tUpper Bavaria\t1260391\tgeonames:2867714\tMunich\ta\n" +
		"Russia\tcountry\tRU\tAsia;Europe\t\t0\tiso:RU\t\t\n"
	if got := string(placesTSV(rows)); got != want {
		t.Errorf("placesTSV() =\n%s\nwant\n%s", got, want)
	}
}

func TestLinkAdmin1(t *testing.T) {
	catalunya := &entity{ID: "iso:ES-CT", Kind: kindSubdivision, Country: "ES", names: []string{"Catalunya"}}
	andalucia := &entity{ID: "iso:ES-AN", Kind: kindSubdivision, Country: "ES", names: []string{"Andalucía"}}
	cantabria := &entity{ID: "iso:ES-CB", Kind: kindSubdivision, Country: "ES", names: []string{"Cantabria"}}
	sub := func(id, name string, parent *entity) *entity {
		return &entity{ID: id, Kind: kindSubdivision, Country: "ES", names: []string{name}, Parent: parent.names[0], parent: parent}
	}
	subs := []*entity{
		catalunya, andalucia, cantabria,
		sub("iso:ES-B", "Barcelona", catalunya),
		sub("iso:ES-GI", "Girona", catalunya),
		sub("iso:ES-L", "Lleida", catalunya),
		sub("iso:ES-SE", "Sevilla", andalucia), // one vote only
		sub("iso:ES-S", "Cantabria", cantabria),
		sub("iso:ES-X1", "Toledo", cantabria), // votes for Castilla-La Mancha, whose name matches no ISO name
		sub("iso:ES-X2", "Cuenca", cantabria),
	}
	admin1 := []adminName{{"ES.56", "Catalonia"}, {"ES.51", "Andalusia"}, {"ES.39", "Cantabria"}, {"ES.54", "Castille-La Mancha"}}
	admin2 := []adminName{
		{"ES.56.B", "Província de Barcelona"}, {"ES.56.GI", "Província de Girona"}, {"ES.56.L", "Província de Lleida"},
		{"ES.51.SE", "Provincia de Sevilla"},
		{"ES.39.S", "Cantabria"},
		{"ES.54.TO", "Province of Toledo"}, {"ES.54.CU", "Provincia de Cuenca"},
	}
	got := map[string]string{}
	for code, e := range linkAdmin1(subs, admin1, admin2) {
		got[code] = e.ID
	}
	// Cantabria matches by name, so it is not linked by votes; Andalucía
	// has one vote only.
	want := map[string]string{"ES.56": "iso:ES-CT"}
	if !maps.Equal(got, want) {
		t.Errorf("linkAdmin1() = %v, want %v", got, want)
	}
	for in, want := range map[string]string{"Província de Barcelona": "barcelona", "Provincia di Siracusa": "siracusa", "Province of Toledo": "toledo", "Lower Bavaria": "lower bavaria"} {
		if got := divisionKey(in); got != want {
			t.Errorf("divisionKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAddContinents(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("continents.min.json", `{"AS":"Asia","EU":"Europe","OC":"Oceania"}`)
	write("countries.min.json", `{"DE":{"continent":"EU"},"RU":{"continent":"AS","continents":["AS","EU"]},"AU":{"continent":"OC"}}`)
	var all []*entity
	for _, name := range []string{"Asia", "Europe", "Oceania"} {
		all = append(all, &entity{ID: "continent:" + name, Kind: kindContinent, Canonical: name})
	}
	var countries []*entity
	for range 200 {
		countries = append(countries, &entity{Kind: kindCountry, Country: "DE"})
	}
	countries = append(countries, &entity{Kind: kindCountry, Country: "RU"}, &entity{Kind: kindCountry, Country: "XX"})
	all = append(all, countries...)
	if err := addContinents(dir, all); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		e    *entity
		want string
	}{{countries[0], "Europe"}, {countries[200], "Asia;Europe"}, {countries[201], ""}} {
		if c.e.Parent != c.want {
			t.Errorf("%s: Parent = %q, want %q", c.e.Country, c.e.Parent, c.want)
		}
	}

	all = all[1:] // no Asia among the continents
	if err := addContinents(dir, all); err == nil {
		t.Error("addContinents() with an unknown continent = nil, want an error")
	}
}
