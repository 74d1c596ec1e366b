package graph

import (
	"strings"
	"unicode"
)

// This file holds the name analysis the resolver compares entities by:
// folded keys, company cores, plant operators and sites, person names,
// acronyms and edit distance. Every function is pure and deterministic.

// matchKeys returns the keys a name is compared by: its fold and the fold
// of its German transliteration (ä → ae, ß → ss), so that "Müller",
// "Muller" and "Mueller" meet. A name that Fold reduces to nothing (a name
// in a script other than Latin) has its looseFold instead. The result is
// sorted, without duplicates or empty keys.
func matchKeys(s string) []string {
	a, b := Fold(s), Fold(translit(s))
	if a == "" && b == "" {
		if l := looseFold(s); l != "" {
			return []string{"~" + l}
		}
		return nil
	}
	switch {
	case a == b || b == "":
		return []string{a}
	case a == "":
		return []string{b}
	case a < b:
		return []string{a, b}
	}
	return []string{b, a}
}

// translit spells the German umlauts and ß the ASCII way.
func translit(s string) string {
	if !strings.ContainsAny(s, "äöüÄÖÜß") {
		return s
	}
	return strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue",
		"Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss").Replace(s)
}

// legalSuffixes are the trailing words of company names that give the
// legal form, folded. Multi-word forms ("n v" from N.V.) are listed with
// their spaces.
var legalSuffixes = []string{
	"s p a", "n v", "s a", "b v", "co ltd", "co limited",
	"ag", "se", "gmbh", "mbh", "kg", "kgaa", "co", "inc", "incorporated",
	"corp", "corporation", "company", "ltd", "limited", "llc", "plc",
	"nv", "sa", "spa", "sas", "ab", "asa", "oy", "oyj", "bv", "pty",
}

// groupSuffixes are the trailing words, folded, that name a company's
// group or trade rather than a different company: "BMW Group", "Geely
// Holding", "Isuzu Motors".
var groupSuffixes = []string{"group", "holding", "motor"}

// legalCore strips legal-form suffixes from a folded company name
// ("toyota motor corporation" → "toyota motor"), keeping at least one
// word.
func legalCore(folded string) string { return stripSuffixes(folded, legalSuffixes) }

// companyCore strips legal-form and group suffixes from a folded company
// name ("bmw group" → "bmw", "toyota motor corporation" → "toyota"),
// keeping at least one word.
func companyCore(folded string) string {
	return stripSuffixes(folded, append(append([]string(nil), legalSuffixes...), groupSuffixes...))
}

func stripSuffixes(s string, suffixes []string) string {
	for changed := true; changed; {
		changed = false
		for _, suf := range suffixes {
			if strings.HasSuffix(s, " "+suf) {
				s = strings.TrimSuffix(s, " "+suf)
				changed = true
			}
		}
	}
	return s
}

// plantWords are the folded words that make a name a plant name.
var plantWords = map[string]bool{
	"plant": true, "factory": true, "site": true, "work": true, "works": true,
	"facility": true, "fab": true, "complex": true, "campus": true,
	"gigafactory": true, "megafactory": true,
}

// plantName is a plant name taken apart.
type plantName struct {
	// op is the company core of the operator, "" for a partial name.
	op string
	// site is the folded place or proper name after or before the plant
	// word, "" when there is none.
	site string
}

// plantKeys returns the full-form keys of a plant name, "op|site", for
// the name as written and as transliterated; none for a partial name.
func plantKeys(raw string) []string {
	var keys []string
	for _, s := range []string{raw, translit(raw)} {
		if p, ok := parsePlant(s); ok && p.op != "" {
			k := p.op + "|" + p.site
			if len(keys) == 0 || keys[0] != k {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// parsePlant takes a plant name apart. "BMW Group Plant Leipzig" gives the
// full form {op: "bmw", site: "leipzig"}; "Plant Leipzig", "Leipzig plant",
// "Debrecen car plant", "the Leipzig site" and "plant in Leipzig" give the
// partial form {site: "leipzig"} (capitalized words before a trailing
// plant word are the site, lower-case ones describe the plant). ok is
// false when the name has no plant word to go by.
func parsePlant(raw string) (p plantName, ok bool) {
	words := strings.Fields(strings.NewReplacer("-", " ", "/", " ", ",", " ").Replace(raw))
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = Fold(w)
	}
	// "<Op> Plant <Site>": the plant word inside, written with a capital.
	for i := 1; i+1 < len(words); i++ {
		if folded[i] == "plant" && startsUpper(words[i]) && startsUpper(words[i+1]) {
			op := companyCore(joinNonEmpty(folded[:i]))
			site := joinNonEmpty(folded[i+1:])
			if op != "" && site != "" {
				return plantName{op: op, site: site}, true
			}
		}
	}
	first := 0
	if len(folded) > 0 && folded[0] == "the" {
		first = 1
	}
	if len(words)-first < 2 {
		return plantName{}, false
	}
	// "<plant word> in|at|near <Site>", "<descr> plant in <Site>".
	for i := first; i+1 < len(words); i++ {
		if plantWords[folded[i]] && (folded[i+1] == "in" || folded[i+1] == "at" || folded[i+1] == "near") {
			if site := joinNonEmpty(folded[i+2:]); site != "" {
				return plantName{site: site}, true
			}
		}
	}
	// "Plant <Site>".
	if folded[first] == "plant" && startsUpper(words[first+1]) {
		if site := joinNonEmpty(folded[first+1:]); site != "" {
			return plantName{site: site}, true
		}
	}
	// "<Site> [descr] plant".
	if last := len(words) - 1; plantWords[folded[last]] {
		var site []string
		for i := first; i < last; i++ {
			if !startsUpper(words[i]) {
				break
			}
			site = append(site, folded[i])
		}
		if s := joinNonEmpty(site); s != "" {
			return plantName{site: s}, true
		}
	}
	return plantName{}, false
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func joinNonEmpty(ws []string) string {
	var out []string
	for _, w := range ws {
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// personTitles are folded words that may precede a person's name.
var personTitles = map[string]bool{
	"dr": true, "prof": true, "professor": true, "mr": true, "mrs": true, "ms": true,
	"sir": true, "dame": true, "herr": true, "frau": true,
}

// personTokens returns the folded words of a person's name without
// leading titles: "Dr. Martin Brudermüller" → ["martin", "brudermuller"].
func personTokens(folded string) []string {
	ws := strings.Fields(folded)
	for len(ws) > 1 && personTitles[ws[0]] {
		ws = ws[1:]
	}
	return ws
}

// acronymStopWords are skipped when a name's initials are taken.
var acronymStopWords = map[string]bool{"of": true, "and": true, "for": true, "the": true, "de": true, "der": true, "und": true}

// isAcronym reports whether raw is written as an acronym: one word of two
// to eight letters and digits (hyphens allowed), its letters upper case.
func isAcronym(raw string) bool {
	raw = strings.TrimSpace(raw)
	if strings.ContainsAny(raw, " \t") {
		return false
	}
	letters, upper := 0, 0
	for _, r := range raw {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r), r == '-', r == '.', r == '&':
		default:
			return false
		}
	}
	n := len(compact(raw))
	return letters >= 2 && upper == letters && n >= 2 && n <= 8
}

// compact returns the fold of s without spaces: "AMP-1" → "amp1".
func compact(s string) string { return strings.ReplaceAll(Fold(s), " ", "") }

// looseInitials reports whether acronym acr, of four letters or more,
// differs from one of the initials inits in its last letter only:
// "Artificial Intelligence Quality Next" goes by AIQX.
func looseInitials(inits []string, acr string) bool {
	if len(acr) < 4 {
		return false
	}
	for _, in := range inits {
		if len(in) == len(acr) && in[:len(in)-1] == acr[:len(acr)-1] {
			return true
		}
	}
	return false
}

// initials returns the acronyms a multi-word name may go by, compacted:
// the first letters of its words ("Toyota Battery Manufacturing North
// Carolina" → "tbmnc") and, where a word is itself written in capitals,
// all of its letters ("LG Energy Solution" → "lges"). Numbers are kept
// whole ("Advanced Manufacturing Plant 1" → "amp1"). Names of one word
// have none.
func initials(raw string) []string {
	words := strings.Fields(strings.NewReplacer("-", " ", "/", " ", "&", " ").Replace(raw))
	if len(words) < 2 {
		return nil
	}
	var first, full strings.Builder
	for _, w := range words {
		f := compact(w)
		if f == "" || acronymStopWords[f] {
			continue
		}
		if f[0] >= '0' && f[0] <= '9' {
			first.WriteString(f)
			full.WriteString(f)
			continue
		}
		first.WriteByte(f[0])
		if isAcronym(w) {
			full.WriteString(f)
		} else {
			full.WriteByte(f[0])
		}
	}
	a, b := first.String(), full.String()
	if len(a) < 2 {
		return nil
	}
	if a == b {
		return []string{a}
	}
	return []string{a, b}
}

// typoDistance is the largest edit distance at which two words of the
// given lengths may still be one word misspelt: none below five letters,
// one from five, two from ten.
func typoDistance(a, b string) int {
	n := min(len(a), len(b))
	switch {
	case n >= 10:
		return 2
	case n >= 5:
		return 1
	}
	return 0
}

// typoOf reports whether the folded person names a and b (as from
// personTokens) differ only by a misspelt surname: the same number of
// words, all equal but the last, and the last within typoDistance. First
// names are not compared this way: "Maria" and "Mario" are two people.
func typoOf(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	n := len(a) - 1
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	x, y := a[n], b[n]
	return x != y && within(x, y, typoDistance(x, y))
}

// within reports whether the edit distance between a and b, counted in
// bytes, is at most k. It fills only the band of the table within k of
// the diagonal and stops as soon as a row exceeds k.
func within(a, b string, k int) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > k {
		return false
	}
	const far = 1 << 30
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		for j := range cur {
			cur[j] = far
		}
		if i <= k {
			cur[0] = i
		}
		best := cur[0]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= k
}
