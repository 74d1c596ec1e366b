package extract

import (
	"bytes"
	_ "embed"
)

//go:embed data/lexicon.tsv
var bundledLexicon []byte

// BundledLexicon returns a fresh copy of the lexicon shipped with
// plantgraph: well-known companies and brands of the car, battery,
// supplier and chip industries.
func BundledLexicon() (*Lexicon, error) {
	return ReadLexicon(bytes.NewReader(bundledLexicon), "bundled lexicon")
}
