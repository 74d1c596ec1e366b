package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMatchKeys(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Müller", []string{"mueller", "muller"}},
		{"Mueller", []string{"mueller"}},
		{"BMW-Group", []string{"bmw group"}},
		{"宁德时代", []string{"~宁德时代"}},
		{"—", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, matchKeys(tt.in)); diff != "" {
			t.Errorf("matchKeys(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestCompanyCore(t *testing.T) {
	tests := []struct{ in, legal, core string }{
		{"BMW Group", "bmw group", "bmw"},
		{"BMW AG", "bmw", "bmw"},
		{"Stellantis N.V.", "stellanti", "stellanti"},
		{"Honda Motor Co., Ltd.", "honda motor", "honda"},
		{"Hyundai Motor Group", "hyundai motor group", "hyundai"},
		{"General Motors", "general motor", "general"},
		{"Group", "group", "group"},
		{"Volkswagen Sachsen GmbH", "volkswagen sachsen", "volkswagen sachsen"},
	}
	for _, tt := range tests {
		f := Fold(tt.in)
		if got := legalCore(f); got != tt.legal {
			t.Errorf("legalCore(%q) = %q, want %q", f, got, tt.legal)
		}
		if got := companyCore(f); got != tt.core {
			t.Errorf("companyCore(%q) = %q, want %q", f, got, tt.core)
		}
	}
}

func TestParsePlant(t *testing.T) {
	tests := []struct {
		in   string
		want plantName
		ok   bool
	}{
		{"BMW Plant Leipzig", plantName{op: "bmw", site: "leipzig"}, true},
		{"BMW Group Plant Leipzig", plantName{op: "bmw", site: "leipzig"}, true},
		{"Audi Hungaria Plant Győr", plantName{op: "audi hungaria", site: "gyor"}, true},
		{"Plant Leipzig", plantName{site: "leipzig"}, true},
		{"Leipzig plant", plantName{site: "leipzig"}, true},
		{"the Leipzig site", plantName{site: "leipzig"}, true},
		{"Debrecen car plant", plantName{site: "debrecen"}, true},
		{"plant in Georgetown", plantName{site: "georgetown"}, true},
		{"battery recycling plant in Kuppenheim", plantName{site: "kuppenheim"}, true},
		{"Fremont Factory", plantName{site: "fremont"}, true},
		{"former Ford plant", plantName{}, false},
		{"Gigafactory Texas", plantName{}, false},
		{"Metaplant", plantName{}, false},
	}
	for _, tt := range tests {
		got, ok := parsePlant(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parsePlant(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if diff := cmp.Diff([]string{"tesla|grunheide", "tesla|gruenheide"}, plantKeys("Tesla Plant Grünheide")); diff != "" {
		t.Errorf("plantKeys (-want +got):\n%s", diff)
	}
}

func TestAcronyms(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"GM", true}, {"HMGMA", true}, {"AMP-1", true}, {"CATL", true},
		{"Gm", false}, {"G", false}, {"Tesla", false}, {"BMW Group", false}, {"ABCDEFGHIJ", false},
	} {
		if got := isAcronym(tt.in); got != tt.want {
			t.Errorf("isAcronym(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Hyundai Motor Group Metaplant America", []string{"hmgma"}},
		{"LG Energy Solution", []string{"les", "lges"}},
		{"Advanced Manufacturing Plant 1", []string{"amp1"}},
		{"Society of Motor Manufacturers and Traders", []string{"smmt"}},
		{"Tesla", nil},
	} {
		if diff := cmp.Diff(tt.want, initials(tt.in)); diff != "" {
			t.Errorf("initials(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestLooseInitials(t *testing.T) {
	inits := initials("Artificial Intelligence Quality Next")
	for acr, want := range map[string]bool{"aiqn": true, "aiqx": true, "aiq": false, "aixx": false, "aiqnx": false} {
		if got := looseInitials(inits, acr); got != want {
			t.Errorf("looseInitials(%v, %q) = %v, want %v", inits, acr, got, want)
		}
	}
}

func TestTypoOf(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Milan Nedeljkovic", "Milan Neldeljkovic", true},
		{"Petra Peterhansel", "Petra Peterhaensel", true},
		{"Peter Weber", "Peter Webber", true},
		{"Tyler Li", "Tyler Lu", false},       // too short to tell
		{"Maria Weber", "Mario Weber", false}, // first names are not compared so
		{"Anna Schmidt", "Peter Schmidt", false},
		{"Jan Mrosik", "Jan Mrosik", false}, // equal, not misspelt
		{"Mrosik", "Mrozik", false},         // surnames alone are another rule
		{"Alexander Hamiltonian", "Alexander Hamiltonion", true},
	} {
		a, b := personTokens(Fold(tt.a)), personTokens(Fold(tt.b))
		if got := typoOf(a, b); got != tt.want {
			t.Errorf("typoOf(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestWithin checks the banded edit distance against the full one.
func TestWithin(t *testing.T) {
	words := []string{"", "a", "ab", "nedeljkovic", "neldeljkovic", "nedeljkovich", "peterhansel",
		"peterhaensel", "weber", "webber", "weger", "muller", "mueller", "kitten", "sitting"}
	for _, a := range words {
		for _, b := range words {
			d := editDistance(a, b)
			for k := 0; k <= 3; k++ {
				if got := within(a, b, k); got != (d <= k) {
					t.Errorf("within(%q, %q, %d) = %v, distance %d", a, b, k, got, d)
				}
			}
		}
	}
}
