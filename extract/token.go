package extract

import (
	"unicode"
	"unicode/utf8"
)

// token is a word, number or punctuation mark with its byte span in the
// document text. Text is always text[Start:End] of the source.
type token struct {
	Start, End int
	Text       string
}

// tokenize splits s into tokens. Words keep inner hyphens, dots, slashes,
// ampersands and apostrophes when a letter or digit follows ("ID.3",
// "e-tron", "Mahindra&Mahindra", "O'Neil"); a possessive 's is its own
// token. base is added to every offset.
func tokenize(s string, base int) []token {
	toks := make([]token, 0, len(s)/5)
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += w
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{base + i, base + i + w, s[i : i+w]})
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += w2
				continue
			}
			if isJoiner(r2) && j+w2 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+w2:])
				pr, _ := utf8.DecodeLastRuneInString(s[:j])
				digits := unicode.IsDigit(pr) && unicode.IsDigit(r3)
				if isWordRune(r3) && !isPossessive(s[j:]) && (r2 != ',' || digits) {
					j += w2
					continue
				}
			}
			break
		}
		if isPlaceAbbrev(s[i:j]) && j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' {
			if r3, _ := utf8.DecodeRuneInString(s[j+2:]); unicode.IsUpper(r3) {
				j++ // "St. Clair", "Sault Ste. Marie": the dot belongs to the name
			}
		}
		toks = append(toks, token{base + i, base + j, s[i:j]})
		if isPossessive(s[j:]) {
			_, aw := utf8.DecodeRuneInString(s[j:])
			end := j + aw + 1
			toks = append(toks, token{base + j, base + end, s[j:end]})
			j = end
		}
		i = j
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool {
	switch r {
	case '-', '.', '/', '&', '\'', '’', '‑', ':', ',':
		return true
	}
	return false
}

// isPossessive reports whether s starts with 's or ’s ending a word.
func isPossessive(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	if r != '\'' && r != '’' {
		return false
	}
	if len(s) < w+1 || (s[w] != 's' && s[w] != 'S') {
		return false
	}
	if len(s) == w+1 {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[w+1:])
	return !isWordRune(next)
}

// isPlaceAbbrev reports whether w is a word place names abbreviate before
// a dot: "St. Clair", "Mt. Pleasant", "Ft. Worth".
func isPlaceAbbrev(w string) bool {
	switch w {
	case "St", "Ste", "Mt", "Ft":
		return true
	}
	return false
}
