package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
)

//go:embed data/lexicon.tsv
var bundledLexicon []byte

// BundledLexicon returns a fresh copy of the lexicon shipped with
// plantgraph: well-known companies and brands of the car, battery,
// supplier and chip industries.
func BundledLexicon() (*Lexicon, error) {
	return ReadLexicon(bytes.NewReader(bundledLexicon), "bundled lexicon")
}

//go:embed data/english.txt.gz
var englishGz []byte

// readEnglish returns the set of ordinary lower-case English words (from
// Debian's wamerican dictionary; tools/words regenerates it).
func readEnglish() (map[string]bool, error) {
	zr, err := gzip.NewReader(bytes.NewReader(englishGz))
	if err != nil {
		return nil, fmt.Errorf("english words: %w", err)
	}
	words := make(map[string]bool, 64000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		words[sc.Text()] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("english words: %w", err)
	}
	return words, nil
}
