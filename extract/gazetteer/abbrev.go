package gazetteer

import (
	"slices"
	"strings"
)

// expandAbbrev returns the word an abbreviated word of a place name stands
// for: news writes "St. Clair" or "Sault Ste. Marie" where GeoNames spells
// "Saint Clair" and "Sault Sainte Marie".
func expandAbbrev(w string) (string, bool) {
	switch strings.TrimSuffix(w, ".") {
	case "St":
		return "Saint", true
	case "Ste":
		return "Sainte", true
	case "Mt":
		return "Mount", true
	case "Ft":
		return "Fort", true
	}
	return "", false
}

// shortenWord returns the abbreviation of a full word of a place name,
// with or without the dot: GeoNames spells some places "St Clair".
func shortenWord(w string, dot bool) (string, bool) {
	var s string
	switch w {
	case "Saint":
		s = "St"
	case "Sainte":
		s = "Ste"
	case "Mount":
		s = "Mt"
	case "Fort":
		s = "Ft"
	default:
		return "", false
	}
	if dot {
		s += "."
	}
	return s, true
}

// abbrevVariants returns the other spellings of a place name with an
// abbreviated or abbreviable word: "Saint Clair" for "St. Clair", and
// "St. Clair" and "St Clair" for "Saint Clair" or "St. Clair". It returns
// nil for a name without such a word. Only words before the last count:
// a trailing "St." is a street, and "Mount" alone no place.
func abbrevVariants(name string) []string {
	if strings.IndexByte(name, ' ') < 0 {
		return nil
	}
	words := strings.Fields(name)
	// Most lookups miss, and most names have no such word: say so
	// before building any variant.
	if len(words) < 2 || !slices.ContainsFunc(words[:len(words)-1], abbreviable) {
		return nil
	}
	full := make([]string, len(words))
	copy(full, words)
	changed := false
	for i, w := range words[:len(words)-1] {
		if e, ok := expandAbbrev(w); ok {
			full[i], changed = e, true
		}
	}
	var out []string
	if changed {
		out = append(out, strings.Join(full, " "))
	}
	for _, dot := range []bool{true, false} {
		short := make([]string, len(full))
		copy(short, full)
		changed := false
		for i, w := range full[:len(full)-1] {
			if s, ok := shortenWord(w, dot); ok {
				short[i], changed = s, true
			}
		}
		if !changed {
			continue
		}
		if s := strings.Join(short, " "); s != name {
			out = append(out, s)
		}
	}
	return out
}

// abbreviable reports whether abbrevVariants would write word w another
// way: expand it, or shorten it (with or without its dot alike).
func abbreviable(w string) bool {
	_, expands := expandAbbrev(w)
	_, shortens := shortenWord(w, false)
	return expands || shortens
}
