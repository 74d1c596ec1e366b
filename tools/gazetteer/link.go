package main

import (
	"slices"
	"strings"
)

// linkAdmin1 pairs GeoNames first-level divisions with the ISO 3166-2
// subdivisions they are under another name ("Catalonia" and "Catalunya",
// "New Aquitaine" and "Nouvelle-Aquitaine") by their second levels: every
// ISO subdivision whose name matches (by divisionKey) the names of GeoNames
// second-level divisions of one first-level division only votes for
// pairing its ISO parent with that first-level division. A pair is taken
// when it has at least two votes and more than half of the parent's, when
// neither side's name already matches a division of the other source, and
// when no other pair claims the same first-level division. It returns the
// ISO subdivision paired with each GeoNames admin1 code ("ES.56").
func linkAdmin1(subs []*entity, admin1, admin2 []adminName) map[string]*entity {
	isoKeys := map[string]bool{} // country|key of every ISO name
	for _, e := range subs {
		for _, n := range e.names {
			isoKeys[e.Country+"|"+matchKey(n)] = true
		}
	}
	a1Keys := map[string]bool{} // country|key of every GeoNames admin1 name
	a1Direct := map[string]bool{}
	for _, a := range admin1 {
		cc, _, _ := strings.Cut(a.Code, ".")
		a1Keys[cc+"|"+matchKey(a.Name)] = true
		a1Direct[a.Code] = isoKeys[cc+"|"+matchKey(a.Name)]
	}

	// country|key of a second-level name -> its admin1 code, or "" when
	// the key names divisions of several first-level divisions.
	byKey := map[string]string{}
	for _, a := range admin2 {
		parts := strings.SplitN(a.Code, ".", 3)
		if len(parts) != 3 || a.Name == "" {
			continue
		}
		k := parts[0] + "|" + divisionKey(a.Name)
		code := parts[0] + "." + parts[1]
		if prev, ok := byKey[k]; ok && prev != code {
			code = ""
		}
		byKey[k] = code
	}

	votes := map[*entity]map[string]int{}
	for _, e := range subs {
		p := e.parent
		if p == nil {
			continue
		}
		for _, n := range e.names {
			if code := byKey[e.Country+"|"+divisionKey(n)]; code != "" {
				if votes[p] == nil {
					votes[p] = map[string]int{}
				}
				votes[p][code]++
				break
			}
		}
	}

	claims := map[string][]*entity{}
	for _, p := range subs {
		vs := votes[p]
		if len(vs) == 0 || slices.ContainsFunc(p.names, func(n string) bool { return a1Keys[p.Country+"|"+matchKey(n)] }) {
			continue
		}
		best, total, tie := "", 0, false
		for code, v := range vs {
			total += v
			switch {
			case best == "" || v > vs[best]:
				best, tie = code, false
			case v == vs[best]:
				tie = true
			}
		}
		if tie || vs[best] < 2 || 2*vs[best] <= total || a1Direct[best] {
			continue
		}
		claims[best] = append(claims[best], p)
	}
	out := map[string]*entity{}
	for code, ps := range claims {
		if len(ps) == 1 {
			out[code] = ps[0]
		}
	}
	return out
}

// divisionKey is matchKey with a leading word for a kind of division
// removed, as GeoNames writes second-level names: "Provincia de Sevilla",
// "Província de Barcelona", "Provincia di Siracusa", "Province of Toledo".
func divisionKey(s string) string {
	k := matchKey(s)
	for _, pre := range []string{"provincia de ", "provincia di ", "province of ", "province de ", "province du ", "provincie ", "county "} {
		if rest, ok := strings.CutPrefix(k, pre); ok {
			return rest
		}
	}
	return k
}
