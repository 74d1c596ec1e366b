package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// addContinents sets the Parent of every country in all to the continents
// it lies on, by npm countries-list installed in dir: its main continent
// first, then any other it spans ("Asia;Europe" for Russia), joined by ";".
// Every continent named must be a continent of the supplement; a country
// that countries-list lacks keeps an empty Parent.
func addContinents(dir string, all []*entity) error {
	var names map[string]string // "EU" -> "Europe"
	if err := readJSON(filepath.Join(dir, "continents.min.json"), &names); err != nil {
		return err
	}
	var countries map[string]struct {
		Continent  string   `json:"continent"`
		Continents []string `json:"continents"`
	}
	if err := readJSON(filepath.Join(dir, "countries.min.json"), &countries); err != nil {
		return err
	}
	known := map[string]bool{}
	for _, e := range all {
		if e.Kind == kindContinent {
			known[e.Canonical] = true
		}
	}
	n := 0
	for _, e := range all {
		if e.Kind != kindCountry {
			continue
		}
		c, ok := countries[e.Country]
		if !ok {
			continue
		}
		var conts []string
		for _, code := range append([]string{c.Continent}, c.Continents...) {
			name, ok := names[code]
			if !ok || !known[name] {
				return fmt.Errorf("%s: continent %q is not a continent of the supplement", e.Country, code)
			}
			if !slices.Contains(conts, name) {
				conts = append(conts, name)
			}
		}
		e.Parent = strings.Join(conts, ";")
		n++
	}
	if n < 200 {
		return fmt.Errorf("%s: continents of only %d countries", dir, n)
	}
	return nil
}
