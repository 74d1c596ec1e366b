package extract

import (
	"strings"
)

// spanKind tells how a candidate was found.
type spanKind int

const (
	properSpan  spanKind = iota // capitalised words or model codes
	phraseSpan                  // a lower-case product or technology noun phrase
	acronymSpan                 // an acronym defined in parentheses
)

// span is a candidate mention: tokens [From, To) of sentence Sent.
type span struct {
	Sent     int
	From, To int
	Kind     spanKind
	// Honorific is set when a title ("CEO", "Chancellor") stood before
	// the name and was left out of it.
	Honorific bool
}

// docContext is what the name finder knows about the whole document.
type docContext struct {
	sents []sentence
	// lower holds every word the document writes in lower case.
	lower map[string]bool
	// capital holds every capitalised word the body writes inside a
	// sentence, where no rule of grammar forces the capital.
	capital map[string]bool
	// batteryMakers caches batteryMakerName, which reads the whole
	// document, by name.
	batteryMakers map[string]bool
}

func newDocContext(sents []sentence) *docContext {
	dc := &docContext{sents: sents, lower: map[string]bool{}, capital: map[string]bool{}}
	for _, s := range sents {
		for i, t := range s.Toks {
			if isLowerWord(t.Text) {
				dc.lower[t.Text] = true
			} else if i > 0 && !s.Heading && isCapitalized(t.Text) && !isOpeningQuote(s.Toks[i-1].Text) {
				dc.capital[t.Text] = true
			}
		}
	}
	return dc
}

// institutionHead: words after which "of" or "for" continues a name
// ("Society of Motor Manufacturers", "Centre for E-Drive Production").
func institutionHead(w string) bool {
	switch strings.ToLower(w) {
	case "centre", "center", "institute", "society", "association", "ministry", "department",
		"bank", "university", "federation", "office", "council", "agency", "chamber",
		"museum", "school", "academy", "home", "state", "republic", "kingdom", "union",
		"fund", "house", "port", "city", "county", "region", "bureau", "commission", "league":
		return true
	}
	return false
}

// placeTail reports whether a name ending in w names a place: "King
// Abdullah Economic City", "Atlantic Free Zone".
func placeTail(w string) bool {
	switch w {
	case "City", "Town", "County", "Province", "Zone", "Estate", "Valley", "Island", "Port", "Bay", "District", "Area", "Region":
		return true
	}
	return false
}

// joinTexts joins the texts of toks with spaces.
func joinTexts(toks []token) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Text
	}
	return strings.Join(ws, " ")
}

// isRoleCompound reports whether w is a hyphenated title made of role
// words: "Minister-President", "Vice-Chancellor".
func (x *Extractor) isRoleCompound(w string) bool {
	parts := strings.Split(strings.ToLower(w), "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !x.vocab.personRole.has(p) && p != "vice" && p != "prime" && p != "deputy" {
			return false
		}
	}
	return true
}

// properSpans finds runs of capitalised words and model codes in s.
func (x *Extractor) properSpans(dc *docContext, si int) []span {
	s := dc.sents[si]
	toks := s.Toks
	var out []span
	titleCased := isTitleCased(toks)
	nameTok := func(i int) bool {
		w := toks[i].Text
		if isBasedOn(w) {
			return false // "Munich-based": a place, not part of the name after it
		}
		for k := i + 1; k < len(toks) && k <= i+2; k++ {
			if isBasedOn(toks[k].Text) && x.basedPlaceFrom(toks, k) <= i && x.basedPlaceFrom(toks, k) >= 0 {
				return false // "North Carolina-based": basedPlaces takes the whole place
			}
		}
		if isModelShape(w) {
			return true
		}
		if !isCapitalized(w) {
			return false
		}
		if x.isRoleCompound(w) {
			return false // "Minister-President Markus Söder"
		}
		if x.vocab.stop.has(w) && (!isAllCaps(w) || x.vocab.personRole.has(w)) {
			if w == "New" && i+1 < len(toks) && isCapitalized(toks[i+1].Text) && !x.vocab.stop.has(toks[i+1].Text) {
				return true // "New Carlisle", "New York"
			}
			return false
		}
		if isAllCaps(w) || x.known(w) {
			return true
		}
		if s.Heading && len(toks) > 3 && titleCased {
			// Headlines capitalise every word: a name there is one the
			// body writes with a capital too, or a first name and the
			// name after it (photo captions list people).
			prevGiven := i > 0 && x.isGivenName(toks[i-1].Text)
			nextCap := i+1 < len(toks) && isCapitalized(toks[i+1].Text)
			return dc.capital[w] || x.isGivenName(w) && nextCap || prevGiven
		}
		initial := i == 0 || isOpeningQuote(toks[i-1].Text) || toks[i-1].Text == ":" || toks[i-1].Text == "–" || toks[i-1].Text == "-"
		if initial || s.Heading {
			// A capital the sentence or headline forces: a name only when
			// the document never writes the word in lower case, and it is
			// no ordinary English word unless the body capitalises it too.
			lw := strings.ToLower(w)
			if dc.lower[lw] {
				return false
			}
			if (x.vocab.orgRole.has(lw) || x.vocab.personRole.has(lw)) && lw != "group" && !dc.capital[w] {
				return false // "Rival Keldavolt", "Carmaker Kestrel": a role word before the name
			}
			// "Peter Weber has ...": an ordinary word ("peter") that
			// starts a run of capitalised words is a name.
			nextName := i+1 < len(toks) && isCapitalized(toks[i+1].Text) && !x.vocab.stop.has(toks[i+1].Text) && !dc.lower[strings.ToLower(toks[i+1].Text)]
			// A caption line names people: the word after a first name
			// is a surname even when it is a word ("Mara Tallow, board
			// member").
			afterGiven := s.Heading && !initial && x.isGivenName(toks[i-1].Text) && isCapitalized(toks[i-1].Text)
			return !x.english[lw] || dc.capital[w] || nextName && (x.isGivenName(w) || !s.Heading) || afterGiven
		}
		return true
	}
	for i := 0; i < len(toks); {
		startsSeries := isNumber(toks[i].Text) && len(toks[i].Text) <= 2 && i+1 < len(toks) && (toks[i+1].Text == "Series" || strings.HasSuffix(toks[i+1].Text, "-Class"))
		if !nameTok(i) && !startsSeries {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			w := toks[j].Text
			if nameTok(j) {
				j++
				continue
			}
			prev := toks[j-1].Text
			// "C.C. Wei", "John F. Kennedy"; not "Model Y. Tesla"
			initials := isInitials(prev) && (len(prev) >= 3 || j >= 2 && x.isGivenName(toks[j-2].Text))
			if w == "." && initials && toks[j-1].End == toks[j].Start && j+1 < len(toks) && nameTok(j+1) {
				j++ // "C.C. Wei"
				continue
			}
			if isNumber(w) && len(w) <= 3 && !strings.ContainsAny(w, ".,") && !(j+1 < len(toks) && (toks[j+1].Text == "%" || toks[j+1].Text == "per")) {
				j++
				continue
			}
			if j+1 < len(toks) && nameTok(j+1) {
				lw := strings.ToLower(w)
				if (lw == "of" || lw == "for") && institutionHead(prev) {
					j++
					continue
				}
				// "Research and Innovation Centre" is one name; "Olaf
				// Scholz and European Commission president ..." two.
				personBefore := j-i == 2 && x.isGivenName(toks[i].Text)
				if lw == "&" || isParticle(lw) || lw == "and" && !personBefore {
					j++
					continue
				}
			}
			// "Ursula von der Leyen": a run of particles before a name.
			if isParticle(strings.ToLower(w)) && j+2 < len(toks) && isParticle(strings.ToLower(toks[j+1].Text)) && nameTok(j+2) {
				j += 2
				continue
			}
			if end := withTechnologyTail(toks, j, nameTok); end > j {
				j = end // "G 580 with EQ Technology"
				continue
			}
			if isLowerWord(w) && strings.Contains(w, "-") && len(w) <= 8 && (isModelShape(prev) || j-i >= 2 && isModelShape(toks[j-2].Text)) {
				j++ // "Q4 e-tron", "Q4 Sportback e-tron"
				continue
			}
			break
		}
		if j-i == 1 && len(toks[i].Text) >= 2 && isAllCaps(toks[i].Text) && j < len(toks) && toks[j].Text == "group" {
			// "the plant engineering company KVX group": some groups
			// write "group" in lower case as part of their name, and an
			// acronym alone is no description that "group" could follow
			j++
		}
		j = legalFormEnd(toks, i, j) // "Varno & C. S.p.A."
		for j-1 > i && (toks[j-1].Text == "SUV" || toks[j-1].Text == "SUVs") {
			j-- // "the R2 SUV": the model is R2
		}
		// "Liaoning Province" is the place Liaoning.
		if j-i >= 2 && (toks[j-1].Text == "Province" || toks[j-1].Text == "Prefecture") && x.placeKind(joinTexts(toks[i:j-1])) != "" {
			j--
		}
		sp := span{Sent: si, From: i, To: j, Kind: properSpan}
		// Titles before a name are not part of it, but "King Abdullah
		// Economic City" is a place.
		placeName := placeTail(toks[j-1].Text)
		for sp.From < sp.To-1 && x.vocab.honorific.has(toks[sp.From].Text) && !placeName {
			sp.From++
			sp.Honorific = true
		}
		if sp.From < sp.To && !(sp.To-sp.From == 1 && x.vocab.honorific.has(toks[sp.From].Text)) {
			out = append(out, sp)
		}
		i = j
	}
	return out
}

// acronymSpans finds "Long Form (ACR)" definitions: it returns the pairs
// of long-form and acronym spans.
func (x *Extractor) acronymSpans(dc *docContext, si int) [][2]span {
	toks := dc.sents[si].Toks
	var out [][2]span
	for i := 1; i+2 < len(toks); i++ {
		ai := i + 1 // the acronym's token
		switch {
		case toks[i].Text == "(" && toks[i+2].Text == ")":
		case toks[i].Text == "," && toks[i+1].Text == "or" && i+3 < len(toks) && (toks[i+3].Text == "," || toks[i+3].Text == ".") && isAllCaps(toks[i+2].Text):
			ai = i + 2 // "Toyota Motor Manufacturing Kentucky, or TMMK, is"
		default:
			continue
		}
		acr := toks[ai].Text
		if stem := strings.TrimSuffix(acr, "s"); stem != acr && isAllCaps(stem) {
			acr = stem // "automated guided vehicles (AGVs)": the acronym's plural
		}
		if !isAllCaps(acr) && !isModelShape(acr) || x.vocab.personRole.has(strings.ToLower(acr)) {
			continue // "Frank Blome (CEO)" is no acronym
		}
		want := strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(acr, "-", ""), ".", ""))
		found := false
		// Walk back over words, skipping connectors, until the initials
		// spell the acronym.
		for from := i - 1; from >= 0 && i-from <= len(want)+3; from-- {
			var words, withLegal []string
			for _, t := range toks[from:i] {
				// skip connectors, punctuation and legal forms:
				// "BMW Brilliance Automotive Ltd. (BBA)"; but
				// "Contemporary Amperex Technology Co. Limited (CATL)"
				// spells its legal form
				if !x.vocab.connector.has(t.Text) && isWordRune([]rune(t.Text)[0]) {
					if !x.vocab.legal.has(t.Text) {
						words = append(words, t.Text)
					}
					if t.Text != "Co" {
						withLegal = append(withLegal, t.Text)
					}
				}
			}
			got := strings.ToUpper(initials(words))
			if got != want && strings.ToUpper(initials(withLegal)) == want {
				got = want
			}
			// "Artificial Intelligence Quality Next (AIQX)": a brand may
			// respell the last letter of a long acronym
			loose := len(want) >= 4 && len(got) == len(want) && got[:len(got)-1] == want[:len(want)-1] && allCapitalized(words)
			if got == want || strings.ToUpper(initialsAll(words)) == want || loose {
				if x.vocab.connector.has(toks[from].Text) || x.vocab.stop.has(toks[from].Text) {
					break
				}
				to := i
				if to-1 > from && toks[to-1].Text == "." {
					to-- // "BMW Brilliance Automotive Ltd. (BBA)": the name ends at "Ltd"
				}
				out = append(out, [2]span{
					{Sent: si, From: from, To: to, Kind: acronymSpan},
					{Sent: si, From: ai, To: ai + 1, Kind: acronymSpan},
				})
				found = true
				break
			}
		}
		if !found && isAllCaps(acr) {
			// "lithium iron phosphate (LFP)": a chemistry named in full.
			for k := min(4, i); k >= 1 && !found; k-- {
				var ws []string
				for _, t := range toks[i-k : i] {
					ws = append(ws, strings.ToLower(t.Text))
				}
				if x.vocab.chemistry.has(strings.Join(ws, " ")) {
					out = append(out, [2]span{
						{Sent: si, From: i - k, To: i, Kind: acronymSpan},
						{Sent: si, From: ai, To: ai + 1, Kind: acronymSpan},
					})
					found = true
				}
			}
		}
		if !found && isAllCaps(acr) && isCapitalized(toks[i-1].Text) && ai == i+1 {
			// "Research and Innovation Centre (FIZ)": an acronym of
			// another language still names the capitalised run before it.
			from := i - 1
			for from > 0 && (isCapitalized(toks[from-1].Text) && !x.vocab.stop.has(toks[from-1].Text) || x.vocab.connector.has(toks[from-1].Text) && from > 1 && isCapitalized(toks[from-2].Text)) {
				from--
			}
			out = append(out, [2]span{
				{Sent: si, From: from, To: i, Kind: acronymSpan},
				{Sent: si, From: ai, To: ai + 1, Kind: acronymSpan},
			})
		}
	}
	return out
}

// initialsAll is initials counting lower-case words too ("automated
// guided vehicle" gives "agv").
func initialsAll(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
			for _, r := range part {
				b.WriteRune(r)
				break
			}
		}
	}
	return b.String()
}

// isParticle reports whether w is a lower-case particle of personal and
// company names ("de", "von", "van der").
func isParticle(w string) bool {
	switch w {
	case "de", "von", "van", "der", "den", "du", "la", "le", "del", "della", "da", "di", "do", "dos", "das", "ter", "zu",
		"am", "an", "im", "bei", "nad", "pod", "i", "upon", "sur", "ob":
		// people's particles, and those of place names: "Wörth am Rhein",
		// "Teplička nad Váhom", "Mo i Rana", "Caxias do Sul"
		return true
	}
	return false
}

// isTitleCased reports whether most words of a line start with a capital,
// as in "BMW iX1 Production Begins At Regensburg Plant".
func isTitleCased(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		r := t.Text[0]
		if r < 'A' || r > 'z' || (r > 'Z' && r < 'a') {
			continue
		}
		words++
		if isCapitalized(t.Text) {
			caps++
		}
	}
	return words > 0 && caps*10 >= words*7
}

// basedPlaceFrom returns the first token of the place that the
// "<Place>-based" token i names: i itself for "Munich-based", the token of
// "North" for "North Carolina-based", where the capitalised words before
// belong to the place. It returns -1 when no known place is named.
func (x *Extractor) basedPlaceFrom(toks []token, i int) int {
	w := toks[i].Text
	place := w[:strings.LastIndexByte(w, '-')]
	from := -1
	if x.placeKind(place) != "" {
		from = i
	}
	words := place
	for j := i - 1; j >= 0 && j >= i-2 && isCapitalized(toks[j].Text); j-- {
		words = toks[j].Text + " " + words
		if x.placeKind(words) != "" {
			from = j
		}
	}
	return from
}

// isBasedOn reports whether w is a "<Place>-based" or "<Place>-headquartered"
// adjective.
func isBasedOn(w string) bool {
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-headquartered")
}
