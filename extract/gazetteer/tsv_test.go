package gazetteer

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tsv joins lines, writing "|" for a tab.
func tsv(lines ...string) string {
	return strings.ReplaceAll(strings.Join(lines, "\n"), "|", "\t") + "\n"
}

func TestLoadPlacesColumns(t *testing.T) {
	dingolfing := Place{Name: "Dingolfing", Kind: KindCity, Country: "DE", CountryName: "Germany",
		Parent: "Bavaria", District: "Lower Bavaria", Population: 18805, ID: "geonames:2936909"}
	germany := Place{Name: "Germany", Kind: KindCountry, Country: "DE", CountryName: "Germany", Parent: "Europe", ID: "iso:DE"}
	tests := []struct {
		name string
		text string
		want map[string]Place
	}{
		{
			name: "current",
			text: tsv(
				"# name|kind|country|parent|district|population|id|canonical|flags",
				"Dingolfing|city|DE|Bavaria|Lower Bavaria|18805|geonames:2936909||",
				"Germany|country|DE|Europe||0|iso:DE||",
			),
			want: map[string]Place{"Dingolfing": dingolfing, "Germany": germany},
		},
		{
			name: "legacy header, no district",
			text: tsv(
				"# name|kind|country|parent|population|id|canonical|flags",
				"Dingolfing|city|DE|Bavaria|18805|geonames:2936909||",
				"Germany|country|DE||0|iso:DE||",
			),
			want: map[string]Place{
				"Dingolfing": {Name: "Dingolfing", Kind: KindCity, Country: "DE", CountryName: "Germany", Parent: "Bavaria", Population: 18805, ID: "geonames:2936909"},
				"Germany":    {Name: "Germany", Kind: KindCountry, Country: "DE", CountryName: "Germany", ID: "iso:DE"},
			},
		},
		{
			name: "no header",
			text: tsv(
				"Germany|country|DE||0|iso:DE||",
			),
			want: map[string]Place{"Germany": {Name: "Germany", Kind: KindCountry, Country: "DE", CountryName: "Germany", ID: "iso:DE"}},
		},
		{
			name: "columns reordered, unknown column, two continents",
			text: tsv(
				"# id|name|kind|lat|country|parent|district|population|canonical|flags",
				"iso:RU|Russia|country|60|RU|Asia;Europe||0||",
				"iso:RU|Russian Federation|country|60|RU|Asia;Europe||0|Russia|",
			),
			want: map[string]Place{
				"Russian Federation": {Name: "Russia", Kind: KindCountry, Country: "RU", CountryName: "Russia", Parent: "Asia", ID: "iso:RU"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g Gazetteer
			if err := g.loadPlaces(tt.text); err != nil {
				t.Fatalf("loadPlaces: %v", err)
			}
			for name, want := range tt.want {
				got, ok := g.Place(name)
				if !ok {
					t.Fatalf("Place(%q) not found", name)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Place(%q) (-want +got):\n%s", name, diff)
				}
			}
		})
	}

	var g Gazetteer
	if err := g.loadPlaces(tsv("# name|kind|country|parent|district|population|id|canonical|flags", "Russia|country|RU|Asia;Europe||0|iso:RU||")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"Asia", "Europe"} {
		if !g.onContinent("RU", c) {
			t.Errorf("onContinent(RU, %q) = false", c)
		}
	}
	if g.onContinent("RU", "Asia;Europe") || g.onContinent("RU", "") {
		t.Error("onContinent matches more than one continent's name")
	}
}

func TestLoadPlacesErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"missing column", tsv("# name|kind|country|parent|population|id|flags"), `no column "canonical"`},
		{"column twice", tsv("# name|name|kind|country|parent|population|id|canonical|flags"), `column "name" twice`},
		{"short line", tsv("# name|kind|country|parent|district|population|id|canonical|flags", "Germany|country|DE||0|iso:DE||"), "line 2: 8 columns, want 9"},
		{"bad population", tsv("Germany|country|DE||many|iso:DE||"), "line 1: population"},
		{"bad kind", tsv("Germany|nation|DE||0|iso:DE||"), `unknown kind "nation"`},
		{"out of order", tsv("Hungary|country|HU||0|iso:HU||", "Germany|country|DE||0|iso:DE||"), `"Germany" is out of order`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g Gazetteer
			err := g.loadPlaces(tt.text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("loadPlaces() = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func FuzzLoadPlaces(f *testing.F) {
	f.Add(tsv("# name|kind|country|parent|district|population|id|canonical|flags", "Dingolfing|city|DE|Bavaria|Lower Bavaria|18805|geonames:2936909||"))
	f.Add(tsv("Germany|country|DE|Europe|0|iso:DE||w"))
	f.Fuzz(func(t *testing.T, text string) {
		var g Gazetteer
		if g.loadPlaces(text) != nil {
			return
		}
		for name := range g.exact {
			g.Places(name)
			g.Within(name, name)
			g.Within(name, "Germany")
		}
	})
}
