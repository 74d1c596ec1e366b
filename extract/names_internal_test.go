package extract

import "testing"

func TestSameCompanyText(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"zf friedrichshafen", "zf", true},
		{"kia slovakia", "kia", true},
		{"european semiconductor manufacturing company", "esmc", true},
		{"esmc", "european semiconductor manufacturing company", true},
		{"porsche", "bmw", false},
		{"daimler truck", "mercedes benz truck", false},
		{"", "bmw", true},
	} {
		if got := sameCompanyText(tt.a, tt.b); got != tt.want {
			t.Errorf("sameCompanyText(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOrdinal(t *testing.T) {
	for w, want := range map[string]bool{"sixth": true, "6th": true, "21st": true, "next": false, "gen5": false, "st": false, "6": false} {
		if got := ordinal(w); got != want {
			t.Errorf("ordinal(%q) = %v, want %v", w, got, want)
		}
	}
}
