package extract

import (
	"github.com/plantgraph/plantgraph/extract/gazetteer"
)

// LoadGazetteer loads the bundled place and given-name gazetteer (ISO
// 3166 countries and subdivisions, GeoNames cities) for Config.Gazetteer.
func LoadGazetteer() (Gazetteer, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	return places{g}, nil
}

// places adapts *gazetteer.Gazetteer to the Gazetteer interface.
type places struct{ g *gazetteer.Gazetteer }

func (p places) PlaceKind(name string) (string, bool) {
	pl, ok := p.g.Place(name)
	if !ok {
		return "", false
	}
	kind := string(pl.Kind)
	if pl.Kind == gazetteer.KindDistrict {
		kind = "subdivision"
	}
	return kind, pl.CommonWord
}

func (p places) IsGivenName(name string) bool { return p.g.IsGivenName(name) }

// Within reports whether the place named inner lies in the place named
// outer by the gazetteer: a city in its state or country, a state in its
// country. Both names may be ambiguous ("Georgia", "Anna"): a town is
// tried under each of its readings, a country or state only under its
// first.
func (p places) Within(inner, outer string) bool {
	ins := p.g.Places(inner)
	if len(ins) == 0 {
		return false
	}
	if k := ins[0].Kind; k == gazetteer.KindCountry || k == gazetteer.KindContinent {
		return false
	}
	if ins[0].Kind == gazetteer.KindSubdivision {
		ins = ins[:1]
	}
	best := ins[0].Population
	for _, out := range p.g.Places(outer) {
		if out.Kind == gazetteer.KindCity {
			continue
		}
		for k, in := range ins {
			if in.ID == out.ID || in.Kind == gazetteer.KindCountry {
				continue
			}
			// A country holds a town only under the town's main reading
			// (Gothenburg is Swedish); a state may hold a lesser
			// namesake, if not a tiny one (Georgetown, Kentucky, but not
			// Atlanta, Illinois).
			if k > 0 && (out.Kind == gazetteer.KindCountry || in.Population*100 < best) {
				continue
			}
			switch out.Kind {
			case gazetteer.KindCountry:
				if in.Country == out.Country {
					return true
				}
			default:
				if in.Country == out.Country && in.Parent != "" && (in.Parent == out.Name || in.Parent == outer) {
					return true
				}
			}
		}
	}
	return false
}
