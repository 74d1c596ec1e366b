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
// country.
func (p places) Within(inner, outer string) bool {
	out, ok := p.g.Place(outer)
	if !ok || out.Kind == gazetteer.KindCity {
		return false
	}
	for _, in := range p.g.Places(inner) {
		if in.ID == out.ID {
			continue
		}
		switch out.Kind {
		case gazetteer.KindCountry:
			if in.Country == out.Country && in.Kind != gazetteer.KindCountry {
				return true
			}
		default:
			if in.Parent != "" && (in.Parent == out.Name || in.Parent == outer) {
				return true
			}
		}
	}
	return false
}
