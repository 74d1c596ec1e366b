// Package gazetteer looks up place names (countries, continents,
// subdivisions, districts and cities) and given names, from data generated
// out of maintained data packages and embedded in the binary.
//
// The places come from ISO 3166-1 and ISO 3166-2 (Debian iso-codes), from
// GeoNames (cities of at least 1,000 people, with their ASCII names and, for
// cities of at least 100,000, their alternate names in Latin script; first-
// and second-level division names) and from countries-list (the continents
// of countries), plus a small supplement of continents and short country
// names ("US", "UK", "Russia"). Within answers whether one place lies in
// another. The given names come from
// English, international and per-language first-name lists. data/SOURCES.txt
// names every source, its version and its licence; tools/gazetteer rebuilds
// the data (see tools/gazetteer/generate.sh). Place data includes
// information from GeoNames (https://www.geonames.org/), licensed under
// CC BY 4.0.
//
// Load decompresses the data once; the caller keeps the *Gazetteer and
// passes it to whatever needs it. A loaded Gazetteer is read-only and safe
// for concurrent use.
package gazetteer

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

//go:embed data/*
var data embed.FS

// Kind is the kind of a place.
type Kind string

// Kinds of place, in the order Place prefers them when several places share
// a name.
const (
	KindCountry     Kind = "country"     // ISO 3166-1 country
	KindContinent   Kind = "continent"   // continent, from the supplement
	KindSubdivision Kind = "subdivision" // ISO 3166-2 subdivision or GeoNames first-level division
	KindCity        Kind = "city"        // GeoNames populated place
	KindDistrict    Kind = "district"    // GeoNames second-level division, such as "Lower Bavaria"
)

// rank orders kinds for Place: lower is preferred.
func (k Kind) rank() int {
	switch k {
	case KindCountry:
		return 0
	case KindContinent:
		return 1
	case KindSubdivision:
		return 2
	case KindCity:
		return 3
	default:
		return 4
	}
}

// Place is one place a name can refer to.
type Place struct {
	// Name is the place's canonical name, which may differ from the name
	// looked up: "Munich" for "München", "Kecskemét" for "Kecskemet",
	// "United States" for "US".
	Name string
	Kind Kind
	// Country is the ISO 3166-1 alpha-2 code ("DE"); empty for continents.
	// Kosovo, absent from ISO 3166-1, is "XK" as in GeoNames.
	Country string
	// CountryName is the canonical name of Country; empty for continents.
	CountryName string
	// Parent is the name of the enclosing place one level up when known:
	// the first-level division (state) of a city or district ("Bavaria" for
	// Dingolfing and for Lower Bavaria), the parent of an ISO subdivision
	// that has one, the continent of a country ("Europe"; for a country on
	// two continents the main one, "Asia" for Russia and Türkiye, though
	// Within places them on both); empty otherwise.
	Parent string
	// District is the name of a city's GeoNames second-level division when
	// known: "Lower Bavaria" for Dingolfing, "Scott County" for Georgetown,
	// Kentucky. It is the Name of a place of KindDistrict with the same
	// Country and Parent. Empty for other kinds and for cities in countries
	// whose GeoNames data has no second level (Hungary) or only a lower
	// one (the German Landkreis "Straubing-Bogen" is a third-level division
	// and unknown here).
	District string
	// Population is the GeoNames population of a city; 0 for other kinds.
	Population int
	// ID identifies the place across its names: "iso:DE", "iso:DE-BY",
	// "geonames:2867714", "geonames-admin1:DE.02",
	// "geonames-admin2:DE.02.092", "continent:Europe".
	ID string
	// CommonWord reports that the name looked up is also an ordinary
	// lower-case English word ("Normal", "Central", "Mobile", "Turkey"), so
	// a capitalised occurrence at the start of a sentence or in a headline
	// is weak evidence of a place.
	CommonWord bool
}

// A candidate is an index into Gazetteer.places shifted left by one, with
// the low bit set when the name is only a GeoNames alternate name of the
// place.
type candidate = uint32

// altWeight divides the population of a city found by an alternate name
// when ranking it: GeoNames alternate names include historical and foreign
// names ("Smyrna" for İzmir), so a city's own name wins over another city's
// alternate name unless that city has altWeight times the people ("Cologne"
// is Cologne, Italy, not Köln, whose "Cologne" is dropped as a word;
// "Gothenburg" is Göteborg).
const altWeight = 100

// span locates the candidates of one name in a candidate list, best first.
type span struct {
	start uint32
	n     uint16
	word  bool
}

// Gazetteer holds the place and given-name data. Build it with Load.
type Gazetteer struct {
	places    []Place           // one per ID, CommonWord unset
	exact     map[string]span   // name as written -> candidates in cands
	cands     []candidate       // see candidate
	folded    map[string]span   // accent-folded name -> candidates in fcands
	fcands    []candidate       // see candidate
	countries map[string]string // alpha-2 -> canonical name
	continent map[string]string // alpha-2 -> continents, separated by ";"
	given     map[string]struct{}
}

// Load decompresses and indexes the embedded data. It takes a fraction of a
// second and some tens of megabytes; call it once and share the result.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{}
	text, err := readGzip("data/places.tsv.gz")
	if err != nil {
		return nil, err
	}
	if err := g.loadPlaces(text); err != nil {
		return nil, fmt.Errorf("gazetteer: places.tsv.gz: %w", err)
	}
	names, err := readGzip("data/given_names.txt.gz")
	if err != nil {
		return nil, err
	}
	g.loadGivenNames(names)
	return g, nil
}

// readGzip returns the decompressed contents of an embedded file as one
// string; the names and fields Load keeps are substrings of it.
func readGzip(name string) (string, error) {
	z, err := data.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("gazetteer: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return "", fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	var b strings.Builder
	if len(z) >= 4 {
		// The gzip trailer ends with the uncompressed size modulo 2^32.
		b.Grow(int(binary.LittleEndian.Uint32(z[len(z)-4:])))
	}
	if _, err := io.Copy(&b, zr); err != nil {
		return "", fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	return b.String(), nil
}

// Columns of places.tsv, as named in its header line.
const (
	colName       = iota // a name of the place
	colKind              // a Kind
	colCountry           // ISO 3166-1 alpha-2 code
	colParent            // Parent; for a country its continents, separated by ";"
	colDistrict          // District (optional)
	colPopulation        // Population
	colID                // ID
	colCanonical         // Name, when it differs from the name column
	colFlags             // "a": a GeoNames alternate name; "w": also an English word
	numCols
)

// columnNames are the names of the columns in the header of places.tsv.
var columnNames = [numCols]string{"name", "kind", "country", "parent", "district", "population", "id", "canonical", "flags"}

// legacyHeader describes files without a header line, as written before the
// district column was added.
const legacyHeader = "name\tkind\tcountry\tparent\tpopulation\tid\tcanonical\tflags"

// maxCols bounds the columns of places.tsv, known or not.
const maxCols = 32

// layout maps the columns Load reads to their positions in a line of n
// fields; a position of -1 marks an optional column the file lacks.
type layout struct {
	pos [numCols]int
	n   int
}

// parseHeader reads the column names of places.tsv, tab-separated. Columns
// it does not know are skipped, so that a file with more columns still
// loads; every column but district is required.
func parseHeader(h string) (layout, error) {
	var l layout
	for i := range l.pos {
		l.pos[i] = -1
	}
	for name := range strings.SplitSeq(h, "\t") {
		if l.n == maxCols {
			return layout{}, fmt.Errorf("header: more than %d columns", maxCols)
		}
		if c := slices.Index(columnNames[:], name); c >= 0 {
			if l.pos[c] >= 0 {
				return layout{}, fmt.Errorf("header: column %q twice", name)
			}
			l.pos[c] = l.n
		}
		l.n++
	}
	for c, p := range l.pos {
		if p < 0 && c != colDistrict {
			return layout{}, fmt.Errorf("header: no column %q", columnNames[c])
		}
	}
	return l, nil
}

// field returns column c of a line split into cols, or "" if the file
// lacks it.
func (l *layout) field(cols []string, c int) string {
	if p := l.pos[c]; p >= 0 {
		return cols[p]
	}
	return ""
}

// loadPlaces parses places.tsv, whose rows are sorted by name, one row per
// name of a place. A first line of "#", a space and tab-separated column
// names gives the columns (see parseHeader); without it the columns are
// those of legacyHeader. Other lines starting with "#" are comments.
func (g *Gazetteer) loadPlaces(text string) error {
	l, err := parseHeader(legacyHeader)
	if err != nil {
		return err
	}
	if h, ok := strings.CutPrefix(text, "# "); ok {
		h, _, _ = strings.Cut(h, "\n")
		if l, err = parseHeader(h); err != nil {
			return err
		}
	}
	rows := strings.Count(text, "\n")
	g.exact = make(map[string]span, rows)
	g.cands = make([]candidate, 0, rows)
	g.places = make([]Place, 0, rows*3/4)
	g.countries = map[string]string{}
	g.continent = map[string]string{}
	byID := make(map[string]uint32, rows*3/4)
	var (
		cols     [maxCols]string
		prev     string
		groupBeg = -1
		word     bool
	)
	flush := func() {
		if groupBeg < 0 {
			return
		}
		g.sortCands(g.cands[groupBeg:])
		g.exact[prev] = span{start: uint32(groupBeg), n: uint16(len(g.cands) - groupBeg), word: word}
	}
	for lineNo := 1; text != ""; lineNo++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line == "" || line[0] == '#' {
			continue
		}
		if n := splitTabs(line, cols[:]); n != l.n {
			return fmt.Errorf("line %d: %d columns, want %d", lineNo, n, l.n)
		}
		name, id := cols[l.pos[colName]], cols[l.pos[colID]]
		idx, ok := byID[id]
		if !ok {
			pop, err := strconv.Atoi(cols[l.pos[colPopulation]])
			if err != nil {
				return fmt.Errorf("line %d: population: %w", lineNo, err)
			}
			kind := Kind(cols[l.pos[colKind]])
			if kind.rank() == 4 && kind != KindDistrict {
				return fmt.Errorf("line %d: unknown kind %q", lineNo, kind)
			}
			p := Place{
				Name:       cmp.Or(cols[l.pos[colCanonical]], name),
				Kind:       kind,
				Country:    cols[l.pos[colCountry]],
				Parent:     cols[l.pos[colParent]],
				District:   l.field(cols[:], colDistrict),
				Population: pop,
				ID:         id,
			}
			if kind == KindCountry && p.Parent != "" {
				g.continent[p.Country] = p.Parent
				p.Parent, _, _ = strings.Cut(p.Parent, ";")
			}
			idx = uint32(len(g.places))
			byID[id] = idx
			g.places = append(g.places, p)
		}
		switch {
		case name < prev:
			return fmt.Errorf("line %d: %q is out of order", lineNo, name)
		case name != prev || groupBeg < 0:
			flush()
			prev, groupBeg, word = name, len(g.cands), false
		}
		if len(g.cands)-groupBeg == 0xffff {
			return fmt.Errorf("line %d: too many places named %q", lineNo, name)
		}
		c := idx << 1
		flags := cols[l.pos[colFlags]]
		if strings.Contains(flags, "a") {
			c |= 1
		}
		g.cands = append(g.cands, c)
		word = word || strings.Contains(flags, "w")
	}
	flush()
	for _, p := range g.places {
		if p.Kind == KindCountry {
			g.countries[p.Country] = p.Name
		}
	}
	for i := range g.places {
		g.places[i].CountryName = g.countries[g.places[i].Country]
	}
	g.buildFolded()
	return nil
}

// buildFolded indexes every name whose accent-folded form differs from it
// under the folded form, together with the names already in that form, so
// that "Kecskemet" and "Goteborg" find "Kecskemét" and "Göteborg".
func (g *Gazetteer) buildFolded() {
	groups := map[string][]candidate{}
	words := map[string]bool{}
	for name, sp := range g.exact {
		f := fold(name)
		if f == name {
			continue
		}
		groups[f] = append(groups[f], g.cands[sp.start:sp.start+uint32(sp.n)]...)
		words[f] = words[f] || sp.word
	}
	keys := make([]string, 0, len(groups))
	for f := range groups {
		keys = append(keys, f)
	}
	slices.Sort(keys) // a deterministic layout of fcands
	g.folded = make(map[string]span, len(keys))
	for _, f := range keys {
		c := groups[f]
		if sp, ok := g.exact[f]; ok {
			c = append(c, g.cands[sp.start:sp.start+uint32(sp.n)]...)
			words[f] = words[f] || sp.word
		}
		// Keep each place once, by its own name if one of the names has it.
		slices.Sort(c)
		c = slices.CompactFunc(c, func(a, b candidate) bool { return a>>1 == b>>1 })
		g.sortCands(c)
		if len(c) > 0xffff {
			c = c[:0xffff]
		}
		g.folded[f] = span{start: uint32(len(g.fcands)), n: uint16(len(c)), word: words[f]}
		g.fcands = append(g.fcands, c...)
	}
}

// sortCands orders candidates best first: by kind (country, continent,
// subdivision, city, district), then by population, largest first, a city
// found by an alternate name counting altWeight times fewer people, then by
// ID.
func (g *Gazetteer) sortCands(c []candidate) {
	if len(c) < 2 {
		return
	}
	weight := func(c candidate) int {
		if c&1 != 0 {
			return g.places[c>>1].Population / altWeight
		}
		return g.places[c>>1].Population
	}
	slices.SortFunc(c, func(a, b candidate) int {
		pa, pb := &g.places[a>>1], &g.places[b>>1]
		return cmp.Or(
			cmp.Compare(pa.Kind.rank(), pb.Kind.rank()),
			cmp.Compare(weight(b), weight(a)),
			strings.Compare(pa.ID, pb.ID),
		)
	})
}

// splitTabs splits line at tabs into cols and returns the number of fields,
// which may exceed len(cols).
func splitTabs(line string, cols []string) int {
	n := 0
	for {
		field, rest, more := strings.Cut(line, "\t")
		if n < len(cols) {
			cols[n] = field
		}
		n++
		if !more {
			return n
		}
		line = rest
	}
}

// loadGivenNames indexes the given names and their accent-folded forms.
func (g *Gazetteer) loadGivenNames(text string) {
	g.given = make(map[string]struct{}, 30000)
	for text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line == "" {
			continue
		}
		g.given[line] = struct{}{}
		g.given[fold(line)] = struct{}{}
	}
}

// Place returns the place name refers to, looking name up as written (case
// matters: "Normal" is a place, "normal" is not) and, failing that, with
// accents folded on both sides, so "Kecskemet" finds "Kecskemét" and
// "Goteborg" finds "Göteborg". When several places share the name it
// prefers a country, then a continent, a subdivision, a city and a
// district, and among places of one kind the most populous, a city known by
// the name only as an alternate name counting a hundred times fewer people
// ("Smyrna" is Smyrna, Georgia, before İzmir); Places returns them all.
func (g *Gazetteer) Place(name string) (Place, bool) {
	list, sp, ok := g.lookup(name)
	if !ok {
		return Place{}, false
	}
	p := g.places[list[sp.start]>>1]
	p.CommonWord = sp.word
	return p, true
}

// Places returns every place name refers to, best first in the order Place
// uses, or nil. It finds names as Place does.
func (g *Gazetteer) Places(name string) []Place {
	list, sp, ok := g.lookup(name)
	if !ok {
		return nil
	}
	out := make([]Place, sp.n)
	for i, c := range list[sp.start : sp.start+uint32(sp.n)] {
		out[i] = g.places[c>>1]
		out[i].CommonWord = sp.word
	}
	return out
}

func (g *Gazetteer) lookup(name string) ([]candidate, span, bool) {
	if list, sp, ok := g.lookupAs(name); ok {
		return list, sp, true
	}
	// "St. Clair" is GeoNames' "Saint Clair"
	for _, v := range abbrevVariants(name) {
		if list, sp, ok := g.lookupAs(v); ok {
			return list, sp, true
		}
	}
	return nil, span{}, false
}

// lookupAs finds name as written or with accents folded.
func (g *Gazetteer) lookupAs(name string) ([]candidate, span, bool) {
	if sp, ok := g.exact[name]; ok {
		return g.cands, sp, true
	}
	var buf [64]byte
	if sp, ok := g.folded[string(appendFold(buf[:0], name))]; ok {
		return g.fcands, sp, true
	}
	return nil, span{}, false
}

// IsGivenName reports whether s is a known given name, as written ("Oliver"
// but not "oliver") or with accents folded ("Laszlo" for "László"). Some
// given names are also words or brands ("Mark", "Ford", "Mercedes"), so a
// match is evidence of a person only next to a likely surname.
func (g *Gazetteer) IsGivenName(s string) bool {
	if _, ok := g.given[s]; ok {
		return true
	}
	var buf [64]byte
	_, ok := g.given[string(appendFold(buf[:0], s))]
	return ok
}

// Country returns the canonical name of the country with ISO 3166-1 alpha-2
// code code ("DE" gives "Germany"), or "" if there is none.
func (g *Gazetteer) Country(code string) string {
	return g.countries[code]
}

// Stats reports the size of the loaded data.
type Stats struct {
	Places     int // distinct places
	PlaceNames int // names places are known by
	GivenNames int // given names, with their accent-folded forms
}

// Stats returns the size of the loaded data.
func (g *Gazetteer) Stats() Stats {
	return Stats{Places: len(g.places), PlaceNames: len(g.exact), GivenNames: len(g.given)}
}
