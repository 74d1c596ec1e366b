package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldSpecial returns the plain form of a letter that does not decompose
// into a base letter and a combining mark, or of typographic punctuation.
func foldSpecial(r rune) (string, bool) {
	switch r {
	case 'ß':
		return "ss", true
	case 'ẞ':
		return "SS", true
	case 'æ':
		return "ae", true
	case 'Æ':
		return "AE", true
	case 'œ':
		return "oe", true
	case 'Œ':
		return "OE", true
	case 'ø':
		return "o", true
	case 'Ø':
		return "O", true
	case 'ł':
		return "l", true
	case 'Ł':
		return "L", true
	case 'đ', 'ð':
		return "d", true
	case 'Đ', 'Ð':
		return "D", true
	case 'þ':
		return "th", true
	case 'Þ':
		return "Th", true
	case 'ı':
		return "i", true
	case 'ħ':
		return "h", true
	case 'Ħ':
		return "H", true
	case '’', '‘', 'ʼ', 'ʻ':
		return "'", true
	case '‐', '‑':
		return "-", true
	}
	return "", false
}

// fold removes diacritics and keeps case: "Kecskemét" becomes "Kecskemet",
// "Łódź" "Lodz", "Straße" "Strasse", and a typographic apostrophe becomes
// "'". An ASCII string is returned as it is, without allocating.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return string(appendFold(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// appendFold appends the folded form of s (see fold) to dst. A letter is
// replaced by its canonical decomposition less combining marks; letters
// without one, such as Hangul syllables, stay as they are.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if rep, ok := foldSpecial(r); ok {
			dst = append(dst, rep...)
		} else if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); d != nil {
			for _, dr := range string(d) {
				if rep, ok := foldSpecial(dr); ok {
					dst = append(dst, rep...)
				} else if !unicode.Is(unicode.Mn, dr) {
					dst = utf8.AppendRune(dst, dr)
				}
			}
		} else if !unicode.Is(unicode.Mn, r) {
			dst = utf8.AppendRune(dst, r)
		}
		i += size
	}
	return dst
}
