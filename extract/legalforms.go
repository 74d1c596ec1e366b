package extract

import "strings"

// Legal forms of several words: "Varno & C. S.p.A.", "Kessler GmbH & Co.
// KG", "Tavi Motors Pvt. Ltd.", "Lumo Vehicles Private Limited". Their
// inner full stops end no sentence and cut no name.

// isLegalFormWord reports whether w, without a final full stop, is a
// legal form that may follow another one after a full stop.
func isLegalFormWord(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "s.p.a", "spa", "s.r.l", "srl", "s.a", "sa", "s.a.s", "kg", "kgaa", "ltd", "limited", "ag", "gmbh", "inc", "llc", "plc", "co", "corp", "oy", "oyj", "ab", "nv", "n.v", "bv", "b.v":
		return true
	}
	return false
}

// legalFormEnd extends a capitalised run toks[:j] over the rest of a
// legal form cut at a full stop: "Varno & C" + ". S.p.A", "Tavi Motors
// Pvt" + ". Ltd". It returns j when no legal form goes on, and for a run
// with "and" in it, which splitProper may cut into names unless an
// acronym follows ("Arvo and Kestra Co. Limited (KCL)" stays as it was).
func legalFormEnd(toks []token, i, j int) int {
	for _, t := range toks[i:j] {
		if t.Text == "and" {
			return j
		}
	}
	for j+1 < len(toks) && toks[j].Text == "." && toks[j-1].End == toks[j].Start && isLegalFormWord(toks[j+1].Text) {
		prev := strings.ToLower(toks[j-1].Text)
		if prev != "c" && prev != "pvt" && !isLegalFormWord(prev) {
			break
		}
		j += 2
	}
	return j
}

// multiWordLegalBase strips the rest of a legal form of several words
// from the words companyBase has left: "Kessler GmbH &" and "Varno & C."
// lose the ampersand and what stands with it. It reports whether the name
// ends in "Private" or "Pvt", the first word of "Private Limited": such a
// name is kept whole, as the company writes it.
func multiWordLegalBase(ws []string) ([]string, bool) {
	n := len(ws)
	switch {
	case n > 1 && ws[n-1] == "&":
		return ws[:n-1], false
	case n > 2 && ws[n-2] == "&" && (ws[n-1] == "C." || ws[n-1] == "C"):
		return ws[:n-2], false
	case n > 1 && (ws[n-1] == "Private" || strings.TrimSuffix(ws[n-1], ".") == "Pvt"):
		return ws, true
	}
	return ws, false
}
