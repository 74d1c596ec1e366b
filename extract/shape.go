package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether w has two or more letters, all upper case
// ("BMW", "CATL", "MB.EA").
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// isModelShape reports whether w looks like a model or product code: a
// mix of letters and digits ("iX1", "EX30", "ID.3", "Q4", "xDrive45e"),
// or a lower-case start followed by a capital ("eDrive", "iFactory").
func isModelShape(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
		// "5G" and "3GT" are codes; "5bn", "20th", "250m" and
		// "300-millimetre" are amounts.
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		head, tail := w[:i], w[i+1:]
		if isLowerWord(head) && !strings.ContainsFunc(head, unicode.IsUpper) && tail != "" && (isNumber(tail) || isLowerWord(tail) && len(tail) > 3) {
			return false // "mid-2026", "e-mobility"
		}
		if isCapitalized(head) && isLowerWord(tail) && len(tail) > 3 && !strings.ContainsAny(w, "0123456789") {
			return false // "Austin-built", "Chinese-made"
		}
	}
	hasDigit, hasLetter, innerUpper := false, false, false
	for i, r := range w {
		switch {
		case unicode.IsDigit(r):
			hasDigit = true
		case unicode.IsLetter(r):
			hasLetter = true
			if i > 0 && unicode.IsUpper(r) {
				innerUpper = true
			}
		}
	}
	if hasDigit && hasLetter {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && innerUpper
}

// isNumber reports whether w is made of digits with optional separators.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// isYear reports whether w is a plausible year (1900-2099).
func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// isLowerWord reports whether w starts with a lower-case letter.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// initials returns the upper-case initials of the capitalised words of
// ws, counting hyphenated parts ("E-Drive" gives "ED").
func initials(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
			r, _ := utf8.DecodeRuneInString(part)
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// letterModel reports whether w is one lower-case letter before a
// capitalised word that is no English word: "eVardona" names an electric
// model the way "iX" does, while "eDrive" and "iFactory" name a system
// after what it does.
func (x *Extractor) letterModel(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	rest := w[size:]
	if !unicode.IsLower(r) || !isCapitalized(rest) || len(rest) < 4 {
		return false
	}
	for _, c := range rest[1:] {
		if !unicode.IsLower(c) {
			return false // "iFACTORY", "xDrive28i": not one word
		}
	}
	return !x.english[strings.ToLower(rest)]
}
