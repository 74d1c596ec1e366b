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
// outer, by the gazetteer's containment rules (a town in its district,
// state or country; a state in its country; a country on its continent).
func (p places) Within(inner, outer string) bool { return p.g.Within(inner, outer) }
