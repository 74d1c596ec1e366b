package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/plantgraph/plantgraph/graph"
)

// FuzzExtract extracts arbitrary text: extraction must never panic, every
// mention's span must slice the input to exactly the mention's text, every
// evidence span to its sentence, and every relation must obey the schema.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"BMW's Leipzig plant will build the electric Mini Countryman.",
		"Oliver Zipse, chairman of BMW AG, said the plant in Leipzig, Germany, would grow.",
		"The iX1, which is built at Regensburg, shares a line with the X1 xDrive28i.",
		"Stellantis and Samsung SDI formed StarPlus Energy, a joint venture.",
		"Ford will not build the Explorer EV at its Cologne plant.",
		"The Cell Manufacturing Competence Centre (CMCC) in Parsdorf makes cells (",
		"GDAŃSK, Poland, 3 March 2025 – Kestrel Motors GmbH will build the ë-C3 and ID.3.",
		"\"We build it,\" said Anna Brandt. “Quoted” ‘text’ … — U.S. Inc. Ltd.",
		"A\u00a0B\u200bC\ufeff\r\n\r\n\tD.E.F. (G) (H",
		"\xff\xfe invalid \xc3 UTF-8 BMW \xe2\x82",
	} {
		f.Add(s)
	}
	if inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*", "input.txt")); err == nil {
		for _, p := range inputs {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		facts, err := x.Extract(t.Context(), graph.Document{Key: "fuzz", Name: "fuzz.txt", Text: text})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkFacts(t, text, facts)
	})
}
