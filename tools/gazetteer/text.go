package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// readWords reads a word list, one word a line, and returns the words written
// wholly in lower case: ordinary words, not proper nouns or possessives.
func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w != "" && !strings.ContainsRune(w, '\'') && strings.ToLower(w) == w {
			words[w] = true
		}
	}
	return words, sc.Err()
}

// isWord reports whether n, a single capitalised word such as "Normal" or
// "Central", is also an ordinary lower-case English word.
func isWord(n string, words map[string]bool) bool {
	r, size := utf8.DecodeRuneInString(n)
	if !unicode.IsUpper(r) || strings.ToLower(n[size:]) != n[size:] {
		return false
	}
	return words[strings.ToLower(n)]
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// usableAlternate reports whether a GeoNames alternate name is worth keeping:
// at least three letters, all in Latin script (with spaces, hyphens,
// apostrophes and full stops between them), starting with a capital and not
// all capitals (so no codes such as "MUC"), and not an ordinary English word.
func usableAlternate(a string, words map[string]bool) bool {
	if a != strings.TrimSpace(a) || strings.Contains(a, "  ") || !startsUpper(a) {
		return false
	}
	letters, lower := 0, false
	for _, r := range a {
		switch {
		case unicode.IsLetter(r) && unicode.Is(unicode.Latin, r):
			letters++
			lower = lower || unicode.IsLower(r)
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			return false
		}
	}
	return letters >= 3 && lower && !isWord(a, words)
}

// matchKey reduces a division name to the form in which names from ISO 3166-2
// and GeoNames are compared: lower case, accents dropped, and a leading
// "state of" or trailing "county", "province", ... removed.
func matchKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	k := strings.TrimPrefix(b.String(), "state of ")
	for _, suf := range []string{" county", " province", " region", " prefecture", " governorate", " district", " state", " oblast", " voivodeship"} {
		k = strings.TrimSuffix(k, suf)
	}
	return k
}

// linesText joins lines with a newline after each.
func linesText(lines []string) []byte {
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// writeGzip writes data gzip-compressed to path. The gzip header carries no
// name and no time, so equal data gives equal files.
func writeGzip(path string, data []byte) error {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
