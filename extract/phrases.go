package extract

// Lower-case product and technology noun phrases: where they start and
// end, and the names they stand for.

import (
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// typePhrase types a lower-case noun phrase and returns its canonical
// name: singular, lower case. "<chemistry> battery" is a technology,
// other battery, cell, module and material phrases are products.
func (a *analysis) typePhrase(sp span) (graph.EntityType, string) {
	v := a.x.vocab
	ws := a.words(sp)
	lower := make([]string, len(ws))
	for i, w := range ws {
		lower[i] = strings.ToLower(w)
		if isAllCaps(w) {
			lower[i] = w
		}
	}
	head := strings.ToLower(ws[len(ws)-1])
	if n := len(ws); n >= 2 && v.productHead[strings.ToLower(ws[n-2])+" "+head] {
		head = strings.ToLower(ws[n-2]) + " " + head // "drive units", "storage systems"
	}
	if len(ws) == 1 && head == "cells" && batteryMakerBefore(a.dc.sents[sp.Sent].Toks, sp.From) {
		return graph.Product, "battery cell" // "the battery maker supplies cells"
	}
	if len(ws) == 1 && makerGoodsAt(a.dc, sp.Sent, sp.From) {
		return graph.Product, "battery " + singular(head) // "Norvik modules" of a battery maker
	}
	if len(ws) == 1 && v.chemistry[head] {
		return graph.Technology, head + " battery" // "sodium-ion" alone
	}
	if len(ws) == 1 && (strings.Count(head, "-") >= 2 || head == "stamping" || head == "gigacasting" || head == "megacasting") {
		return graph.Technology, head // "cell-to-pack", "stamping"
	}
	name := strings.Join(lower[:len(lower)-1], " ")
	if name != "" {
		name += " "
	}
	name += singular(ws[len(ws)-1])
	chem := false
	for i, w := range lower[:len(lower)-1] {
		if v.chemistry.has(w) || (i+2 < len(lower) && v.chemistry.has(w+" "+lower[i+1]+" "+lower[i+2])) {
			chem = true
		}
	}
	if categoryPhrase(strings.Fields(name)) {
		return "", ""
	}
	switch {
	case strings.HasSuffix(name, "guided vehicle"):
		return graph.Technology, name // "automated guided vehicles" move parts; no product
	case (head == "battery" || head == "batteries") && chem:
		return graph.Technology, name
	case v.techHead[head] && !v.productHead[head]:
		return graph.Technology, name
	case v.productHead[head]:
		return graph.Product, standardProductName(name)
	}
	return "", ""
}

// standardProductName writes a product phrase the way the trade names
// it, so that articles that shorten it name one product: "4680 cell" is
// a "4680 battery cell", "combustion engine" an "internal combustion
// engine", "cathode material" a "cathode active material", "round cells"
// "cylindrical battery cells", "2170 cylindrical lithium-ion cells" a
// "2170 battery cell".
func standardProductName(name string) string {
	ws := strings.Fields(name)
	n := len(ws)
	if n >= 2 && generationOrdinal(ws[0]) != "" {
		ws[0] = generationOrdinal(ws[0]) + "-generation" // "Gen5 batteries" are fifth-generation batteries
		return standardProductName(strings.Join(ws, " "))
	}
	if n >= 2 && ws[0] == "round" && ws[n-1] == "cell" {
		ws[0] = "cylindrical" // the trade's two words for one format
		return standardProductName(strings.Join(ws, " "))
	}
	if n >= 3 && isNumber(ws[0]) && len(ws[0]) == 4 && ws[n-1] == "cell" && ws[n-2] != "fuel" && ws[n-2] != "solar" {
		return ws[0] + " battery cell" // the format code says it all: "4680 cylindrical battery cell"
	}
	switch {
	case n >= 2 && ws[n-1] == "cell" && ws[n-2] != "battery" && ws[n-2] != "fuel" && ws[n-2] != "solar":
		return strings.Join(ws[:n-1], " ") + " battery cell"
	case name == "drive unit":
		return "electric drive unit" // "the drive units" of an electric car
	case name == "combustion engine":
		return "internal combustion engine"
	case name == "cathode material" || name == "cathode active battery material":
		return "cathode active material"
	}
	return name
}

// singular returns the singular of a plural English noun, for the heads
// of product and technology phrases.
func singular(w string) string {
	lw := strings.ToLower(w)
	switch {
	case lw == "chassis" || lw == "gas" || strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "us"):
		return lw
	case strings.HasSuffix(lw, "sses"):
		return lw[:len(lw)-2] // "harnesses"
	case strings.HasSuffix(lw, "ies") && len(lw) > 4:
		return lw[:len(lw)-3] + "y"
	case strings.HasSuffix(lw, "xes") || strings.HasSuffix(lw, "ches") || strings.HasSuffix(lw, "shes") || strings.HasSuffix(lw, "buses"):
		return lw[:len(lw)-2]
	case strings.HasSuffix(lw, "s") && len(lw) > 3:
		return lw[:len(lw)-1]
	}
	return lw
}

// phraseSpans finds lower-case product and technology noun phrases: a run
// of modifiers ending in a head noun ("high-voltage batteries",
// "cathode active materials", "digital twin").
func (x *Extractor) phraseSpans(dc *docContext, si int) []span {
	toks := dc.sents[si].Toks
	var out []span
	isMod := func(w string) bool {
		lw := strings.ToLower(w)
		if x.vocab.productMod[lw] || x.vocab.chemistry[lw] {
			return true
		}
		if isLowerWord(w) && strings.Count(w, "-") >= 1 && !x.vocab.stop[lw] {
			return true // "fifth-generation", "high-pressure"
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' && strings.Contains(w, "-") {
			return !strings.Contains(w, ",") && !strings.Contains(w, "square") // "8-speed", "300-millimetre"
		}
		return len(w) == 4 && isNumber(w) && !isYear(w) // "2170", "4680"
	}
	isHead := func(k int) bool {
		w := toks[k].Text
		if !isLowerWord(w) {
			return false
		}
		if x.vocab.productHead[w] || x.vocab.techHead[w] {
			return true
		}
		if k == 0 {
			return false
		}
		// a two-word head, "guided vehicle": built only for lower-case words
		two := strings.ToLower(toks[k-1].Text) + " " + w
		return x.vocab.productHead[two] || x.vocab.techHead[two]
	}
	for i := 0; i < len(toks); i++ {
		if lw := strings.ToLower(toks[i].Text); x.vocab.chemistry[lw] && strings.Contains(lw, "-") && (i+1 == len(toks) || !isHead(i+1) && !isMod(toks[i+1].Text)) {
			// "an alternative to lithium-ion": the chemistry as a noun
			out = append(out, span{Sent: si, From: i, To: i + 1, Kind: phraseSpan})
			continue
		}
		if lw := toks[i].Text; i+1 < len(toks) && isLowerWord(lw) && strings.Count(lw, "-") >= 2 && isDesignWord(toks[i+1].Text) {
			// "a cell-to-pack design": the compound names a technology
			out = append(out, span{Sent: si, From: i, To: i + 1, Kind: phraseSpan})
			continue
		}
		if toks[i].Text == "stamping" || toks[i].Text == "gigacasting" || toks[i].Text == "megacasting" {
			out = append(out, span{Sent: si, From: i, To: i + 1, Kind: phraseSpan})
			continue
		}
		if !isHead(i) {
			continue
		}
		// extend the head through following heads ("battery cells")
		end := i + 1
		for end < len(toks) && isHead(end) {
			end++
		}
		if end < len(toks) && x.vocab.orgRole[strings.ToLower(toks[end].Text)] {
			i = end // "cell maker", "battery supplier": a company's role, no product
			continue
		}
		if end < len(toks) && (x.vocab.siteNoun[toks[end].Text] || isNounAfterModifier(toks[end].Text)) {
			i = end // "the engine plant", "the engine building": what the noun after is for
			continue
		}
		from := i
		twoWordTech := false
		if i > 0 {
			two := strings.ToLower(toks[i-1].Text) + " " + toks[i].Text
			twoWordTech = x.vocab.techHead[two]
			if x.vocab.productHead[two] || twoWordTech {
				from = i - 1 // "black mass", "coach bodies", "guided vehicles": a head of two words
			}
		}
		for from > 0 && isMod(toks[from-1].Text) && i-from < 4 {
			from--
		}
		for from < i && isPassingModifier(toks[from].Text) {
			from++ // "large-format cylindrical cells" are cylindrical cells
		}
		head := strings.ToLower(toks[end-1].Text)
		if end-i == 1 && (from == i && x.vocab.techHead[head] || twoWordTech) && from > 0 {
			// a technology head takes up to two plain lower-case
			// modifiers: "digital twin", "zonal electrical architecture";
			// verb forms end the phrase, but "automated" describes a
			// machine ("automated guided vehicles")
			head0 := from
			for k := 1; k <= 2 && head0-k >= 0; k++ {
				prev := toks[head0-k].Text
				if prev == "automated" {
					from = head0 - k
					break
				}
				if !isLowerWord(prev) || x.vocab.stop[prev] || len(prev) <= 3 || strings.HasSuffix(prev, "ing") || strings.HasSuffix(prev, "ed") ||
					strings.HasSuffix(prev, "ly") || isUseWord(prev) || isProduceWord(prev) || isDevelopWord(prev) || isSupplyWord(prev) || isInvestWord(prev) {
					break // "uses laser welding" is "laser welding"
				}
				from = head0 - k
			}
		}
		if end-i == 1 && i > 0 && !x.vocab.chemistry.has(strings.ToLower(toks[i-1].Text)) && makerGoodsAt(dc, si, i) {
			out = append(out, span{Sent: si, From: i, To: end, Kind: phraseSpan}) // "from Norvik Energy modules"
			i = end - 1
			continue
		}
		if end-from >= 2 || end-from == 1 && (standaloneProduct(head) || head == "cells" && batteryMakerBefore(toks, i)) && sentenceMakes(toks) && !compoundGoesOn(x.vocab, toks, end) {
			out = append(out, span{Sent: si, From: from, To: end, Kind: phraseSpan})
		}
		i = end - 1
	}
	return out
}

// isNounAfterModifier reports whether w, after a product noun, makes the
// product noun its modifier: "engine building", "engine type".
func isNounAfterModifier(w string) bool {
	switch w {
	case "building", "buildings", "type", "types", "shop", "hall", "halls", "department", "business", "division", "unit", "workers":
		return true
	}
	return false
}

// isPassingModifier reports whether w says how big, how made or by whom
// a product is rather than which product it is: "large-format",
// "in-house", "home-grown", "nickel-rich", "high-volume".
func isPassingModifier(w string) bool {
	for _, suf := range []string{"-format", "-house", "-grown", "-built", "-made", "-rich", "-volume", "-cost", "-performance", "-ready"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// standaloneProduct reports whether a product noun names a product on its
// own, without a modifier: "makes engines", "refines nickel".
func standaloneProduct(w string) bool {
	switch w {
	case "engine", "engines", "transmission", "transmissions", "gearbox", "gearboxes", "chip", "chips",
		"tyre", "tyres", "tire", "tires", "microcontroller", "microcontrollers", "semiconductors",
		"wafers", "axles", "inverters", "seats", "headlamps", "lamps", "lithium", "nickel", "cobalt", "manganese", "graphite",
		"copper", "aluminium", "sunroofs", "heaters", "harnesses":
		return true
	}
	return false
}

// sentenceMakes reports whether a sentence has a word of making or
// supplying.
func sentenceMakes(toks []token) bool {
	for _, t := range toks {
		if w := strings.ToLower(t.Text); isProduceWord(w) || isSupplyWord(w) {
			return true
		}
		switch strings.ToLower(t.Text) {
		case "maker", "makers", "recovers", "recover", "recovered", "refines", "refine", "refined":
			return true // "the maker of sunroofs", "recovers lithium and copper"
		}
	}
	return false
}

// isDesignWord reports whether w, after a compound, makes it a technology.
func isDesignWord(w string) bool {
	switch w {
	case "design", "concept", "technology", "approach", "process", "method", "architecture", "principle":
		return true
	}
	return false
}

// lowerAcronymLong types the long form of an acronym written in lower
// case as a noun phrase: "automated guided vehicles (AGVs)" are the
// technology "automated guided vehicle". It returns "" for other forms.
func (a *analysis) lowerAcronymLong(sp span) (graph.EntityType, string) {
	for _, w := range a.words(sp) {
		if !isLowerWord(w) {
			return "", ""
		}
	}
	return a.typePhrase(sp)
}

// categoryPhrase reports whether a singular phrase names a whole class
// of goods rather than a product: "raw materials", "battery materials",
// "drive components" are what a plant takes in or makes in general.
func categoryPhrase(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "material" && ws[n-1] != "component" {
		return false
	}
	for _, w := range ws[:n-1] {
		switch w {
		case "raw", "battery", "drive", "vehicle", "car", "electrical", "electronic":
		default:
			return false
		}
	}
	return true
}

// describesName reports whether phrase sp stands in apposition to a name
// just before it, as its description: "Spot, the four-legged robot"
// is Spot, and no entity of its own. first is the index of the
// sentence's first mention.
func (a *analysis) describesName(sp span, first int) bool {
	toks := a.dc.sents[sp.Sent].Toks
	if sp.From < 3 || toks[sp.From-2].Text != "," || toks[sp.From-1].Text != "the" && toks[sp.From-1].Text != "a" {
		return false
	}
	for _, m := range a.ments[first:] {
		if m.to == sp.From-2 && !m.phrase && (m.typ == graph.Product || m.typ == graph.Technology) {
			return true
		}
	}
	return false
}

// designAfter reports whether the phrase ending before token k is called
// a design right after: "a structural battery pack, a design Tesla
// developed in-house".
func designAfter(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].Text == "," && (toks[k+1].Text == "a" || toks[k+1].Text == "the") && isDesignWord(toks[k+2].Text)
}

// compoundGoesOn reports whether the lower-case noun at k carries the
// compound on, so that the word before it only modifies it: "engine" in
// "engine control units" names no engine.
func compoundGoesOn(v *vocab, toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].Text
	if !isLowerWord(w) || v.stop[w] || strings.Contains(w, "-") {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "s"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(w, "ss") {
			return false // "engines used in", "chips supplied", "makes tyres annually", verbs in -s
		}
	}
	return true
}

// generationOrdinal returns the ordinal a generation code spells: "fifth"
// for "gen5" or "Gen5"; "" for other words.
func generationOrdinal(w string) string {
	lw := strings.ToLower(w)
	if len(lw) != 4 || !strings.HasPrefix(lw, "gen") {
		return ""
	}
	switch lw[3] {
	case '1':
		return "first"
	case '2':
		return "second"
	case '3':
		return "third"
	case '4':
		return "fourth"
	case '5':
		return "fifth"
	case '6':
		return "sixth"
	case '7':
		return "seventh"
	}
	return ""
}
