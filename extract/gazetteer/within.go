package gazetteer

import "strings"

// Within reports whether the place named inner lies in the place named
// outer, either name found as Place finds it. Names are often ambiguous
// ("Georgia", "Georgetown"), so it weighs the places each may refer to,
// best first in the order of Places:
//
//   - An outer city holds nothing; only the countries, continents,
//     subdivisions and districts named outer are tried.
//   - If inner's best place is a continent, nothing holds it. If it is a
//     country, only a continent the country lies on holds it (Hungary is in
//     Europe, Russia in Europe and in Asia), and only under that reading.
//   - If inner's best place is a subdivision, only that reading is tried,
//     and, for a top-level one, a large town of its name and country.
//     Otherwise every reading is: a country holds a town only under its
//     best reading (Gothenburg is Göteborg, so not in the United States),
//     while a subdivision or district holds a lesser namesake if it has at
//     least a hundredth of the best reading's population (Georgetown is in
//     Kentucky; Atlanta is not in Illinois), or if the namesake is a
//     district, which has no population (Fayette County is in Ohio).
//   - A place is never within itself, and never within a place of another
//     country.
//   - A country holds every subdivision, district and city of its own.
//   - A district holds a city whose District is the district's Name and
//     whose Parent is the district's Parent (Dingolfing is in Lower
//     Bavaria).
//   - A subdivision holds a city, district or subdivision whose Parent is
//     one of the subdivision's names or is outer as written (Dingolfing and
//     Lower Bavaria are in Bavaria, Shenyang in Liaoning, an ISO département
//     in its région), and a city whose District is one of the subdivision's
//     names (ISO 3166-2 lists some second-level divisions, such as French
//     départements, as subdivisions). ISO 3166-2 and GeoNames may name a
//     division differently; the generator merges the two into one place
//     when their names match or their second-level divisions do
//     ("Catalunya" and "Catalonia", so Barcelona, the ISO province, lies in
//     Catalonia), and where it cannot ("Bayern" and "Bavaria", Germany
//     having no ISO second level) a city lies only in the division named
//     as its Parent names it.
//
// Within is not transitive beyond these rules: a continent holds only
// countries. It does not allocate.
func (g *Gazetteer) Within(inner, outer string) bool {
	if fold(inner) == fold(outer) {
		return false // Shanghai the city is in Shanghai the municipality, but one name says nothing
	}
	ilist, isp, ok := g.lookup(inner)
	if !ok {
		return false
	}
	olist, osp, ok := g.lookup(outer)
	if !ok {
		return false
	}
	ins := ilist[isp.start : isp.start+uint32(isp.n)]
	outs := olist[osp.start : osp.start+uint32(osp.n)]
	first := &g.places[ins[0]>>1]
	switch first.Kind {
	case KindContinent:
		return false
	case KindCountry:
		for _, o := range outs {
			out := &g.places[o>>1]
			if out.Kind == KindContinent && g.onContinent(first.Country, out.Name) {
				return true
			}
		}
		return false
	case KindSubdivision:
		// A top-level subdivision named after its town (Swindon, a
		// unitary authority of England that ISO lists without its
		// nation) also stands for a large town of that name.
		if first.Parent == "" {
			ins = sameNamedTowns(g, ins, first.Country)
		} else {
			ins = ins[:1]
		}
	}
	best := first.Population
	for _, o := range outs {
		oi := o >> 1
		out := &g.places[oi]
		if out.Kind == KindCity || out.Kind == KindContinent {
			continue
		}
		for k, c := range ins {
			in := &g.places[c>>1]
			if c>>1 == oi || in.Country != out.Country {
				continue
			}
			// A district has no population of its own: a county that
			// shares its name with a large town's alias ("Fayette
			// County", Lexington) is still a reading.
			if k > 0 && (out.Kind == KindCountry || in.Kind != KindDistrict && in.Population*100 < best) {
				continue
			}
			if g.holds(out, oi, in, outer) {
				return true
			}
		}
	}
	return false
}

// sameNamedTowns keeps the first of ins and the cities of country among
// the rest with at least bigTown inhabitants.
func sameNamedTowns(g *Gazetteer, ins []uint32, country string) []uint32 {
	const bigTown = 50000
	out := ins[:1:1]
	for _, c := range ins[1:] {
		if p := &g.places[c>>1]; p.Kind == KindCity && p.Country == country && p.Population >= bigTown {
			out = append(out, c)
		}
	}
	return out
}

// holds reports whether out, places[oi] named outer, holds in, a place of
// the same country that is neither a country nor a continent.
func (g *Gazetteer) holds(out *Place, oi uint32, in *Place, outer string) bool {
	switch out.Kind {
	case KindCountry:
		return true
	case KindDistrict:
		return in.Kind == KindCity && in.District != "" && in.District == out.Name && in.Parent == out.Parent
	case KindSubdivision:
		if in.Parent != "" && (in.Parent == outer || g.names(in.Parent, oi)) {
			return true
		}
		return in.Kind == KindCity && g.names(in.District, oi)
	}
	return false
}

// names reports whether name is one of the names of places[i].
func (g *Gazetteer) names(name string, i uint32) bool {
	if name == "" {
		return false
	}
	sp, ok := g.exact[name]
	if !ok {
		return false
	}
	for _, c := range g.cands[sp.start : sp.start+uint32(sp.n)] {
		if c>>1 == i {
			return true
		}
	}
	return false
}

// onContinent reports whether the country with alpha-2 code cc lies on the
// continent named name.
func (g *Gazetteer) onContinent(cc, name string) bool {
	for rest := g.continent[cc]; rest != ""; {
		var c string
		c, rest, _ = strings.Cut(rest, ";")
		if c == name {
			return true
		}
	}
	return false
}
