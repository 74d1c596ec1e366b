package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/plantgraph/plantgraph/graph"
)

func TestZZSlow(t *testing.T) {
	x := newExtractor(t)
	for _, unit := range []string{"Anna Brandt said ", "Anna Brandt said. ", "Anna Brandt works for Kestrel Motors. ", "The plant in Leipzig builds the iX1. "} {
		for _, n := range []int{2000, 8000, 16000} {
			text := strings.Repeat(unit, n)
			st := time.Now()
			x.Extract(t.Context(), graph.Document{Key: "k", Text: text})
			t.Logf("%q x%d (%d bytes): %v", unit, n, len(text), time.Since(st))
		}
	}
}
