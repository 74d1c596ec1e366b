package main

import (
	"slices"
	"testing"
)

func TestISONames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Bayern", []string{"Bayern"}},
		{"Girona [Gerona]", []string{"Girona", "Gerona"}},
		{"Cardiff [Caerdydd GB-CRD]", []string{"Cardiff", "Caerdydd"}},
		{"Alacant*", []string{"Alacant"}},
		{"Sofia (stolitsa)", []string{"Sofia"}},
		{"Murcia, Región de", []string{"Murcia"}},
		{"Bristol, City of", []string{"Bristol"}},
		{"Vale of Glamorgan, The [Bro Morgannwg GB-BMG]", []string{"Vale of Glamorgan", "Bro Morgannwg"}},
		{"Bournemouth, Christchurch and Poole", []string{"Bournemouth, Christchurch and Poole"}},
		{"San Andrés, Providencia y Santa Catalina", []string{"San Andrés, Providencia y Santa Catalina"}},
		{"wallonne, Région", nil},
	}
	for _, tt := range tests {
		if got := isoNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("isoNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUsableAlternate(t *testing.T) {
	words := map[string]bool{"cologne": true, "soul": true}
	tests := []struct {
		in   string
		want bool
	}{
		{"Gothenburg", true},
		{"München", true},
		{"Monaco di Baviera", true},
		{"Sankt-Peterburg", true},
		{"St. Petersburg", true},
		{"Cologne", false}, // an English word
		{"Soul", false},
		{"MUC", false},    // a code
		{"Mü", false},     // too short
		{"Мюнхен", false}, // not Latin script
		{"慕尼黑", false},
		{"muenchen", false}, // not capitalised
		{"Berlin 1", false},
		{" Berlin", false},
	}
	for _, tt := range tests {
		if got := usableAlternate(tt.in, words); got != tt.want {
			t.Errorf("usableAlternate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestGivenNameHelpers(t *testing.T) {
	for in, want := range map[string]string{"jean-pierre": "Jean-Pierre", "oliver": "Oliver", "lászló": "László", "d'andre": "D'andre"} {
		if got := capitalise(in); got != want {
			t.Errorf("capitalise(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{"Oliver": true, "Anne-Marie": true, "Zsolt": true, "Jiří": true, "A": false, "Anh Vũ": false, "伟宸": false, "oliver": false, "JR": false} {
		if got := usableGivenName(in); got != want {
			t.Errorf("usableGivenName(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestIsWord(t *testing.T) {
	words := map[string]bool{"normal": true, "turkey": true, "us": true}
	for in, want := range map[string]bool{"Normal": true, "Turkey": true, "US": false, "normal": false, "Leipzig": false, "New Normal": false} {
		if got := isWord(in, words); got != want {
			t.Errorf("isWord(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestMatchKey(t *testing.T) {
	for in, want := range map[string]string{"Baden-Wurttemberg": "baden-wurttemberg", "Baden-Württemberg": "baden-wurttemberg", "Pest County": "pest", "State of Berlin": "berlin"} {
		if got := matchKey(in); got != want {
			t.Errorf("matchKey(%q) = %q, want %q", in, got, want)
		}
	}
}
