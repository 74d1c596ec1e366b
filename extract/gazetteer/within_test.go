package gazetteer_test

import "testing"

func TestWithin(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name         string
		inner, outer string
		want         bool
	}{
		// A town, its district, its state, its country.
		{"town in district", "Dingolfing", "Lower Bavaria", true},
		{"town in state", "Dingolfing", "Bavaria", true},
		{"town in country", "Dingolfing", "Germany", true},
		{"district in state", "Lower Bavaria", "Bavaria", true},
		{"district in country", "Lower Bavaria", "Germany", true},
		{"small town in district", "Irlbach", "Lower Bavaria", true},
		{"town in another district", "Munich", "Lower Bavaria", false},
		{"town in its district", "Munich", "Upper Bavaria", true},
		{"third-level division unknown", "Irlbach", "Straubing-Bogen", false},
		{"town in town", "Munich", "Dingolfing", false},
		{"town in itself", "Munich", "Munich", false},
		{"town in another state", "Dingolfing", "Saxony", false},
		{"town in another country", "Dingolfing", "Austria", false},

		// Ambiguous towns.
		{"lesser namesake in state", "Georgetown", "Kentucky", true},
		{"lesser namesake in county", "Georgetown", "Scott County", true},
		{"lesser namesake in country", "Gothenburg", "United States", false},
		{"alternate name in country", "Gothenburg", "Sweden", true},
		{"tiny namesake in state", "Atlanta", "Illinois", false},
		{"town in state named like a country", "Atlanta", "Georgia", true},
		{"town named like a word", "Normal", "Illinois", true},
		{"county of another state", "Georgetown", "Bamberg County", false},
		{"county named like a large town's alias", "Norfolk County", "Massachusetts", true},

		// Subdivisions, ISO 3166-2 and GeoNames.
		{"town in county", "Győr", "Hungary", true},
		{"folded name", "Kecskemet", "Hungary", true},
		{"town in province", "Shenyang", "Liaoning", true},
		{"province in country", "Liaoning", "China", true},
		{"state in country", "Bavaria", "Germany", true},
		{"ISO name in country", "Bayern", "Germany", true},
		{"country in state", "Germany", "Bavaria", false},
		{"state in itself", "Bavaria", "Bavaria", false},
		{"folded state name", "Stuttgart", "Baden-Württemberg", true},
		{"ISO province in GeoNames region", "Barcelona", "Catalonia", true},
		{"ISO province in ISO region", "Barcelona", "Catalunya", true},
		{"town in ISO region", "Girona", "Cataluña", true},
		{"ISO département in GeoNames region", "Gironde", "New Aquitaine", true},
		{"town in ISO region", "Bordeaux", "Nouvelle-Aquitaine", true},
		{"town in ISO département", "Bordeaux", "Gironde", true},
		{"town in ISO county", "Oxford", "Oxfordshire", true},
		{"town in constituent country", "Oxford", "England", true},
		{"town named like its unitary authority", "Swindon", "England", true},
		{"state named like small towns", "Georgia", "Vermont", false},
		{"municipality in itself", "Shanghai", "Shanghai", false},
		{"unitary authority in itself", "Swindon", "Swindon", false},

		// Countries and continents.
		{"country in country", "Spain", "Slovenia", false},
		{"country in continent", "Hungary", "Europe", true},
		{"country on two continents", "Russia", "Europe", true},
		{"country on two continents, main", "Russia", "Asia", true},
		{"country in another continent", "Germany", "Asia", false},
		{"country in continent, North America", "United States", "North America", true},
		{"continent in country", "Europe", "Germany", false},
		{"state in continent", "Bavaria", "Europe", false},
		{"town in continent", "Munich", "Europe", false},

		{"unknown inner", "Gigafactory", "Germany", false},
		{"unknown outer", "Munich", "Gigafactory", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := g.Within(tt.inner, tt.outer); got != tt.want {
				t.Errorf("Within(%q, %q) = %v, want %v", tt.inner, tt.outer, got, tt.want)
			}
		})
	}
}

func TestWithinAllocs(t *testing.T) {
	g := mustLoad(t)
	for _, c := range [][2]string{{"Dingolfing", "Lower Bavaria"}, {"Georgetown", "Kentucky"}, {"Kecskemet", "Hungary"}, {"Hungary", "Europe"}} {
		if n := testing.AllocsPerRun(100, func() { g.Within(c[0], c[1]) }); n != 0 {
			t.Errorf("Within(%q, %q) allocates %v times", c[0], c[1], n)
		}
	}
}

func BenchmarkWithin(b *testing.B) {
	g := mustLoad(b)
	for _, c := range [][2]string{
		{"Dingolfing", "Lower Bavaria"},
		{"Georgetown", "Kentucky"},
		{"Atlanta", "Illinois"},
		{"Kecskemet", "Hungary"},
		{"Hungary", "Europe"},
		{"Springfield", "Scott County"},
	} {
		b.Run(c[0]+"/"+c[1], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.Within(c[0], c[1])
			}
		})
	}
}
