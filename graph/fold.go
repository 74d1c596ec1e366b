package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold reduces a name to the form the corpus guidelines compare names in:
// Unicode NFKD with combining marks dropped, lower case, a possessive 's
// dropped, every run of characters other than a-z and 0-9 turned into one
// space, a leading "the " dropped, and a final "s" dropped from any word
// longer than three letters that does not end in "ss". It agrees with the
// reference scorer's fold byte for byte.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteString(strings.ToLower(string(r)))
	}
	s = strings.ReplaceAll(b.String(), "’", "'")
	s = strings.ReplaceAll(s, "'s ", " ")
	s = strings.TrimSuffix(s, "'s")
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	for i, w := range words {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			words[i] = w[:len(w)-1]
		}
	}
	return strings.Join(words, " ")
}
