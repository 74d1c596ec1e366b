package gazetteer_test

import "testing"

// TestAbbreviatedPlaces checks that "St." and "Saint" spellings find one
// another, and that a name with no abbreviable word is not made up.
func TestAbbreviatedPlaces(t *testing.T) {
	g := mustLoad(t)
	for _, tt := range []struct {
		name, want string
	}{
		{"St. Clair", "Saint Clair"},
		{"Sault Ste. Marie", "Sault Ste. Marie"},
		{"Ft. Wayne", "Fort Wayne"},
	} {
		p, ok := g.Place(tt.name)
		if !ok {
			t.Errorf("Place(%q): not found", tt.name)
			continue
		}
		if p.Name != tt.want {
			t.Errorf("Place(%q) = %q, want %q", tt.name, p.Name, tt.want)
		}
	}
	if !g.Within("St. Clair", "Michigan") {
		t.Error(`Within("St. Clair", "Michigan") = false`)
	}
	if _, ok := g.Place("St. Zorvanbury"); ok {
		t.Error(`Place("St. Zorvanbury") found a place`)
	}
}
