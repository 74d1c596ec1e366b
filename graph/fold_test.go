package graph_test

import (
	"testing"

	"github.com/plantgraph/plantgraph/graph"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BMW Group", "bmw group"},
		{"Milan Nedeljković", "milan nedeljkovic"},
		{"BMW’s Leipzig plant", "bmw leipzig plant"},
		{"The Regensburg Plant", "regensburg plant"},
		{"high-voltage batteries", "high voltage batterie"},
		{"glass", "glass"},
		{"bus", "bus"},
		{"ID.3", "id 3"},
		{"Stellantis N.V.'s", "stellanti n v"},
		{"  ", ""},
		{"the", "the"},
		{"Théâtre", "theatre"},
	}
	for _, tt := range tests {
		if got := graph.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
