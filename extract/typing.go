package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/plantgraph/plantgraph/graph"
)

// words returns the token texts of a span.
func (a *analysis) words(sp span) []string {
	toks := a.dc.sents[sp.Sent].Toks[sp.From:sp.To]
	ws := make([]string, 0, len(toks))
	for i, t := range toks {
		if t.Text == "." && i > 0 && isInitials(toks[i-1].Text) && toks[i-1].End == t.Start {
			ws[len(ws)-1] += "." // "C.C. Wei" has two words
			continue
		}
		ws = append(ws, t.Text)
	}
	return ws
}

func (a *analysis) spanText(sp span) string {
	toks := a.dc.sents[sp.Sent].Toks
	return a.text[toks[sp.From].Start:toks[sp.To-1].End]
}

// tok returns the text of token i of sentence si, or "" outside it.
func (a *analysis) tok(si, i int) string {
	toks := a.dc.sents[si].Toks
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Text
}

// isCompanyWord reports whether w names a company by the lexicon or its
// use elsewhere in the document as a company.
func (a *analysis) isCompanyWord(w string) bool {
	if e, ok := a.x.cfg.Lexicon.lookup(w); ok && e.Type == graph.Company {
		return true
	}
	return a.companyWords[w]
}

// typeSpan decides the type of a capitalised run from its shape, the
// lexicon, the gazetteer and the words around it. It returns "" when the
// run is no entity, and a confidence in (0, 1].
func (a *analysis) typeSpan(sp span) (graph.EntityType, float64) {
	x := a.x
	v := x.vocab
	ws := a.words(sp)
	text := a.spanText(sp)
	n := len(ws)
	first, last := ws[0], ws[n-1]
	before, before2 := a.tok(sp.Sent, sp.From-1), a.tok(sp.Sent, sp.From-2)
	after, after2 := a.tok(sp.Sent, sp.To), a.tok(sp.Sent, sp.To+1)
	lb, la := strings.ToLower(before), strings.ToLower(after)

	if n == 1 && (v.month.has(first) || v.stop.has(first)) && !isAllCaps(first) {
		return "", 0
	}
	if ws[0] == "Sports" && n >= 2 && ws[1] == "Activity" {
		return "", 0 // BMW's "Sports Activity Vehicle": a body style, no model
	}
	if n >= 2 && (last == "Vehicles" || last == "Cars" || last == "Models") && (last != "Cars" || x.english[strings.ToLower(ws[n-2])]) {
		return "", 0 // a capitalised category: "Electric Vehicles"; but "Tolva Cars" is a carmaker
	}
	if n == 2 && (v.month.has(first) || first == "Chapter" || first == "Article" || first == "Section") && isNumber(last) {
		return "", 0 // "July 14", "Chapter 11"
	}
	if isNumber(first) && n == 1 {
		return "", 0
	}
	if n == 1 && isInitials(first) && strings.Contains(first, ".") {
		// "U.S.", "N.C.": the dots of a place's abbreviation
		if x.placeKind(strings.ReplaceAll(first, ".", "")) != "" || x.placeKind(first+".") != "" {
			return graph.Location, 0.7
		}
		return "", 0
	}
	if n == 1 && (v.notName.has(first) || len([]rune(first)) == 1) {
		return "", 0
	}
	switch first {
	case "EUR", "USD", "GBP", "RMB", "CNY", "JPY", "CHF", "SEK", "HUF", "PLN", "CZK", "KRW", "INR", "BRL":
		return "", 0 // "EUR 5 billion"
	}
	if n == 1 && a.tok(sp.Sent, sp.To) == "$" {
		return "", 0 // "US$1 billion", "A$200 million"
	}
	if v.demonym.has(text) || v.demonym.has(first) && n <= 2 && !v.orgTail.has(last) && !v.siteHead.has(last) && x.placeKind(text) == "" {
		return "", 0 // "German", "Saxon plant"; but "Saudi Arabia" is a place
	}
	if isStateBody(v, ws) || n == 1 && a.stateAcronyms[first] {
		return "", 0
	}
	if _, ok := v.apState[text]; ok && before == "," && (after == "." || after == ",") && sp.From >= 2 && isCapitalized(before2) {
		return graph.Location, 0.8 // "Marshall, Mich., builds"
	}
	if e, ok := x.cfg.Lexicon.lookup(text); ok {
		return e.Type, 0.9
	}
	if n == 1 && a.personWords[first] {
		return graph.Person, 0.8 // "Zipse added" after "Oliver Zipse"
	}
	if n >= 2 && (last == "Division" || last == "Department") {
		return "", 0 // "the Siemens Digital Factory Division": a part of a company
	}
	// Site words make plants: "Factory 56", "Gigafactory Texas",
	// "Cell Manufacturing Competence Centre", "Plant Leipzig".
	if n >= 2 && v.siteHead.has(last) && isCapitalized(last) && !(last == "Park" && a.personContext(sp)) {
		return graph.Plant, 0.9 // but "Seok-jin Park, chief executive" is a person
	}
	if n >= 2 && (last == "Electric" || last == "Hybrid" || last == "EV" || last == "PHEV" || strings.HasPrefix(last, "E-")) && !v.orgTail.has(ws[n-2]) &&
		x.placeKind(strings.Join(ws[:n-1], " ")) == "" && !v.demonym.has(strings.Join(ws[:n-1], " ")) && !x.known(ws[0]) || n >= 2 && last == "Electric" && a.isCompanyWord(first) {
		return graph.Product, 0.6 // "Kona Electric", "Megane E-Tech Electric"
	}
	for _, w := range ws[1:] {
		switch w {
		case "Centre", "Center", "Factory", "Gigafactory", "Works", "Campus", "Megafactory", "Metaplant":
			return graph.Plant, 0.85 // "Competence Centre for E-Drive Production"
		}
	}
	if n >= 2 && (first == "Gigafactory" || first == "Giga" || first == "Werk" || first == "Factory") {
		if first != "Giga" || x.placeKind(ws[1]) != "" || !x.english[strings.ToLower(ws[1])] {
			return graph.Plant, 0.9
		}
		return graph.Technology, 0.6 // "Giga Press"
	}
	for i, w := range ws[:n-1] {
		if (w == "Manufacturing" || w == "Assembly") && i > 0 && x.placeKind(strings.Join(ws[i+1:], " ")) != "" {
			return graph.Plant, 0.8 // "Toyota Motor Manufacturing Kentucky"
		}
	}
	if n == 1 && len(first) == 2 && first[0] >= '2' && first[0] <= '6' && first[1] == 'G' {
		return graph.Technology, 0.7 // "5G"
	}
	for i, w := range ws[:n-1] {
		if w == "Plant" && (i > 0 || n <= 4) {
			return graph.Plant, 0.9 // "Plant Leipzig", "BMW Group Plant Leipzig"
		}
	}
	if n == 1 && (first == "Gigafactory" || first == "Metaplant" || first == "Megafactory") {
		return graph.Plant, 0.7
	}
	// "Mini Cooper SE" is a model, "PowerCo SE" a company
	trim := last == "SE" && n == 3 && a.isCompanyWord(first) && !v.orgTail.has(ws[n-2])
	if n >= 2 && v.orgTail.has(last) && isCapitalized(last) && !isNumber(first) && !trim {
		return graph.Company, 0.85
	}
	if n >= 2 && v.legal.has(strings.TrimSuffix(last, ".")) && !trim {
		return graph.Company, 0.9
	}
	// Technology names: "Modular Electric Drive Toolkit", "MB.EA platform",
	// "iFactory", "eDrive", "Premium Platform Electric".
	if n >= 2 && v.techTail.has(last) && isCapitalized(last) {
		return graph.Technology, 0.8
	}
	for _, w := range ws[1:] {
		if (w == "Platform" || w == "Architecture" || w == "Toolkit") && !v.orgTail.has(last) {
			return graph.Technology, 0.75
		}
	}
	if n == 1 && isAllCaps(first) && (v.productMod.has(strings.ToLower(first)) || v.chemistry.has(first)) && v.productHead.has(la) && isLowerWord(after) {
		return "", 0 // "LED headlamps", "LFP cells": the acronym is the product's modifier
	}
	if v.chemistry.has(text) {
		return graph.Technology, 0.7 // "LFP", "NMC"
	}
	if la == "platform" || la == "architecture" || la == "technology" || la == "chemistry" || la == "system" || la == "process" || la == "portfolio" || la == "software" {
		return graph.Technology, 0.7
	}
	if (la == "hybrid" || la == "drive") && (after2 == "system" || after2 == "technology" || after2 == "platform") {
		return graph.Technology, 0.65 // "its DM-i hybrid system"
	}
	if lb == "so-called" && n <= 3 && x.placeKind(text) == "" {
		return graph.Technology, 0.6 // "so-called TecLines carry the cars"
	}
	if isModelShape(last) && !hasDigit(ws) && !strings.Contains(last, "-") {
		if len(last) <= 3 {
			return graph.Product, 0.6 // "iX": too short for a system's name
		}
		return graph.Technology, 0.6 // "iFactory", "BMW eDrive"
	}
	// Model names: "iX1", "ID.3", "Model Y", "5 Series", "S-Class".
	if a.isProductShape(ws) {
		return graph.Product, 0.8
	}
	// People: a title before, a first name, or a role beside.
	if sp.Honorific && n <= 3 && !hasDigit(ws) && allCapitalized(ws) && x.placeKind(text) == "" {
		return graph.Person, 0.8
	}
	place := x.placeKind(text)
	if place == "" && isAllCaps(text) && len(text) > 3 {
		place = x.placeKind(titleCase(text))
	}
	for k := 2; k < n && k <= 4; k++ {
		// "Arvo Motors North America" after "Arvo Motors Corporation": a
		// regional arm of a company the text has named
		if a.companyWords[strings.Join(ws[:k], " ")] {
			if kind := x.placeKind(strings.Join(ws[k:], " ")); kind != "" && kind != "city" {
				return graph.Company, 0.6
			}
		}
	}
	if n >= 2 && n <= 6 && a.isCompanyWord(first) && !hasRole(v, ws) {
		// A maker's name before more words: a subsidiary when the rest
		// is a place or a company word ("Tesla China", "Hyundai Motor
		// Group"), else a model ("Opel Corsa", "Mini Countryman").
		if v.orgRole.has(lb) && lb != "brand" || a.appositionIs(sp, graph.Company) {
			return graph.Company, 0.7 // "trading company Toyota Tsusho", "BlueOval SK, the joint venture"
		}
		rest := a.text[a.dc.sents[sp.Sent].Toks[sp.From+1].Start:a.dc.sents[sp.Sent].Toks[sp.To-1].End]
		kind := ""
		for k := 1; k < n && kind == ""; k++ {
			kind = x.placeKind(strings.Join(ws[k:], " ")) // "Volvo Cars Ghent", "... of North America"
		}
		switch {
		case kind == "city" && !x.isGivenName(ws[n-1]) && !x.english[strings.ToLower(ws[n-1])]:
			return graph.Plant, 0.6 // "Volvo Cars Ghent"
		case kind != "" && kind != "city" || v.orgTail.has(last) && !(last == "SE" && n >= 3) || a.isCompanyWord(rest) || a.isCompanyWord(ws[1]) || isPossessiveTok(la):
			return graph.Company, 0.6 // "Tesla China", "Mazda Toyota"
		case hasDigit(ws) || a.afterProduceVerb(sp) || v.vehicleNoun.has(after) || lb == "the":
			return graph.Product, 0.6
		case isCompanyVerb(la) || strings.ContainsFunc(rest[1:], unicode.IsUpper) && !strings.Contains(rest, " "):
			return graph.Company, 0.5 // "Audi Hungaria builds", "Renault ElectriCity"
		}
		return graph.Product, 0.5
	}
	if v.personRole.has(last) || v.personRole.has(strings.ToLower(last)) {
		return "", 0 // "Technology Officer": a title, not a name
	}
	if n >= 3 && placeTail(last) && !a.isCompanyWord(first) && !hasDigit(ws) {
		return graph.Location, 0.6 // "King Abdullah Economic City", "WHA Industrial Estate"
	}
	if n >= 2 && isTrimCode(last) && !v.notName.has(last) && !hasRole(v, ws) {
		return graph.Product, 0.55 // "Cooper E", "Countryman SE ALL4", "Golf GTI"
	}
	if n >= 2 && n <= 4 && !hasDigit(ws) && x.isGivenName(first) && place == "" && allCapitalized(ws) && !a.isCompanyWord(last) && !bodyStyle(after) && after != "plug-in" {
		return graph.Person, 0.75
	}
	if n >= 2 && n <= 4 && allCapitalized(ws) && !hasDigit(ws) && place == "" && a.personContext(sp) {
		return graph.Person, 0.7
	}
	// Places from the gazetteer, unless the words around say otherwise:
	// "the King sedan" is a model.
	if place != "" && (lb == "the" || lb == "its" || lb == "their") && n <= 2 && (bodyStyle(after) || la == "flagship" || la == "electric" && (bodyStyle(after2) || strings.ToLower(after2) == "flagship" || v.vehicleNoun.has(after2))) {
		return graph.Product, 0.55 // "its Trinity electric flagship"
	}
	if place != "" && lb == "the" && la == "for" && a.isCompanyWord(after2) {
		return graph.Product, 0.55 // "the Born for Cupra"
	}
	if place != "" && place != "country" && place != "continent" && lb == "the" && n == 1 && (la == "itself" || la == "is" && strings.ToLower(after2) == "built") {
		return graph.Product, 0.5 // "the Trinity itself": towns take no article
	}
	if place != "" {
		if la == "'s" || la == "’s" {
			// "Mercedes's battery plant" is a company named like a town;
			// "Europe's battery ambitions" and "Georgia's plants" are places
			if after2 != "" && (v.siteNoun.has(after2) || v.productHead.has(after2)) && place == "city" {
				return graph.Company, 0.5
			}
		}
		if v.orgRole.has(lb) && place == "city" {
			return graph.Company, 0.5
		}
		return graph.Location, 0.85
	}
	// Company cues: a role noun before ("carmaker Stellantis") or after
	// ("Bosch, the supplier"), a possessive before a site or product.
	if v.orgRole.has(lb) || (v.orgRole.has(before2) && (before == "," || isCapitalized(before))) {
		return graph.Company, 0.7
	}
	if (la == "was" || la == "is") && (after2 == "founded" || after2 == "established" || after2 == "co-founded") && place == "" {
		return graph.Company, 0.6 // "Nordcell was founded in 2020 by ..."
	}
	if after == "," && n == 1 && a.appositionTech(sp) {
		return graph.Technology, 0.65 // "AIQX, BMW's in-house system"
	}
	if t, conf := a.appositionType(sp); t != "" {
		return t, conf
	}
	if la == "'s" || la == "’s" {
		return graph.Company, 0.55
	}
	if n <= 3 && a.afterProduceVerb(sp) && x.placeKind(text) == "" {
		return graph.Product, 0.5
	}
	if (lb == "electric" || lb == "all-electric" || lb == "battery-electric" || lb == "plug-in" || lb == "hybrid" || strings.HasSuffix(lb, "-generation")) && n <= 3 && x.placeKind(text) == "" {
		return graph.Product, 0.55 // "the fully electric Spectre"
	}
	// "the Cybertruck", "its Trinity": companies seldom take the article
	// or a possessive, models do.
	if lb == "the" && strings.ToLower(before2) == "as" && n <= 2 && !isAllCaps(text) && x.placeKind(text) == "" && (a.sentenceHas(sp.Sent, "sells", "sold", "sell", "marketed", "badged", "known")) {
		return graph.Product, 0.5 // "the hatchback that BYD sells in China as the Seagull"
	}
	// "the Song Pro plug-in hybrid"; not "its DM-i hybrid system" nor
	// "the Austin-built version"
	madeIn := strings.HasSuffix(last, "-built") || strings.HasSuffix(last, "-made") || strings.HasSuffix(last, "-assembled")
	if v.vehicleNoun.has(after) && n <= 3 && !isAllCaps(last) && !madeIn && !v.techTail.has(strings.ToLower(after2)) {
		return graph.Product, 0.5
	}
	if (lb == "the" || lb == "its" || lb == "their") && n <= 3 && !isAllCaps(text) && !v.orgTail.has(last) && a.builtAfter(sp) && x.placeKind(text) == "" {
		return graph.Product, 0.6 // "the Panamera is assembled alongside", "the Golf Variant kept being built"
	}
	if (lb == "the" || lb == "its" || lb == "their") && n <= 2 && !isAllCaps(text) && !v.orgTail.has(last) {
		return graph.Product, 0.35
	}
	// "the first Cybertrucks", "125,000 Cybertrucks a year": a counted
	// name in the plural is something built, not a company.
	if n == 1 && strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss") && !isAllCaps(first) &&
		(isNumber(before) && !isYearish(before) || ordinal(lb) && strings.ToLower(before2) == "the") && x.placeKind(text) == "" {
		return graph.Product, 0.5
	}
	if isAllCaps(text) && len(text) <= 6 && n == 1 {
		return graph.Company, 0.5
	}
	if lb == "in" || lb == "near" || lb == "at" {
		if after == "," && x.placeKind(after2) != "" {
			return graph.Location, 0.6 // "in Storey County, Nevada"
		}
		// "builds the Taycan in Zuffenhausen.": an unknown name after
		// "in" that ends the clause is a place, unless money went in.
		invest := sp.From >= 2 && (isInvestWord(strings.ToLower(a.tok(sp.Sent, sp.From-2))) || isInvestWord(strings.ToLower(a.tok(sp.Sent, sp.From-3))))
		if (after == "." || after == "," || after == "") && n <= 2 && !invest && !isAllCaps(text) && !hasDigit(ws) {
			return graph.Location, 0.5
		}
	}
	if n <= 4 && !hasDigit(ws) && (a.verbAfter(sp) || lb == "by" || lb == "with" || lb == "from") {
		return graph.Company, 0.4
	}
	return graph.Company, 0.25
}

// typeAcronymLong types the long form of an acronym definition that no
// other rule typed: lower-case technology phrases ("automated guided
// vehicle (AGV)") and capitalised names.
func (a *analysis) typeAcronymLong(sp span) (graph.EntityType, float64) {
	ws := a.words(sp)
	last := strings.ToLower(ws[len(ws)-1])
	if a.x.vocab.vehicleNoun.has(last) && last != "electric" && last != "hybrid" {
		return graph.Product, 0.6 // "Electric Delivery Van (EDV)"
	}
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "intelligence", "technology", "platform", "architecture", "system", "systems", "digital", "modular", "process", "toolkit", "software", "network", "learning", "automated", "autonomous", "electric", "drive", "chassis":
			if !a.x.vocab.orgTail.has(last) {
				return graph.Technology, 0.6
			}
		}
	}
	switch {
	case a.x.vocab.productHead[last]:
		return graph.Product, 0.6
	case isLowerWord(ws[0]):
		return graph.Technology, 0.6
	}
	return graph.Company, 0.5
}

// isProductShape reports whether the words look like a model name.
func (a *analysis) isProductShape(ws []string) bool {
	n := len(ws)
	last := ws[n-1]
	if ws[0] == "Model" && n == 2 {
		return true
	}
	if n >= 2 && (last == "Series" || strings.HasSuffix(last, "-Class")) || strings.HasSuffix(ws[0], "-Class") {
		return true
	}
	for i, w := range ws[:n-1] {
		if isNumber(w) && (ws[i+1] == "Series" || ws[i+1] == "Class") {
			return true // "2 Series Active Tourer"
		}
	}
	for _, w := range ws {
		if isModelShape(w) && strings.ContainsAny(w, "0123456789") && !isYearish(w) {
			return true
		}
	}
	return false
}

func isYearish(w string) bool {
	return strings.HasPrefix(w, "Q1") || strings.HasPrefix(w, "Q2") || strings.HasPrefix(w, "Q3") || strings.HasPrefix(w, "H1") || strings.HasPrefix(w, "H2") || strings.HasSuffix(w, "GWh") || strings.HasSuffix(w, "kWh") || strings.HasSuffix(w, "MW") || strings.HasSuffix(w, "kW") || strings.HasPrefix(w, "CO2")
}

func hasDigit(ws []string) bool {
	for _, w := range ws {
		if strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return false
}

// allCapitalized reports whether every word but name particles ("de",
// "von der") is capitalised.
func allCapitalized(ws []string) bool {
	for _, w := range ws {
		if !isCapitalized(w) && !isParticle(w) {
			return false
		}
	}
	return true
}

func titleCase(w string) string {
	if w == "" {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}

// isStateBody reports whether the words ws name a political union or a
// body of state, which is no company: "the EU's tariffs", "US Department
// of Energy", "Important Project of Common European Interest".
func isStateBody(v *vocab, ws []string) bool {
	if v.polity.has(strings.ToLower(strings.Join(ws, " "))) {
		return true
	}
	for _, w := range ws {
		if len(ws) >= 2 && isCapitalized(w) && v.govHead.has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// bodyStyle reports whether w names a kind of car body: "sedan", "SUV".
func bodyStyle(w string) bool {
	switch strings.ToLower(w) {
	case "sedan", "saloon", "hatchback", "suv", "crossover", "coupe", "coupé", "pickup", "pick-up", "minivan", "roadster", "wagon", "estate":
		return true
	}
	return false
}

// appositionTech reports whether the apposition after sp calls it a
// company's own system: "AIQX, BMW's in-house system", "MO360, its
// proprietary platform".
func (a *analysis) appositionTech(sp span) bool {
	owned := false
	for i := sp.To + 1; i < sp.To+7; i++ {
		w := strings.ToLower(a.tok(sp.Sent, i))
		switch {
		case w == "" || w == "," || w == ".":
			return false
		case w == "in-house" || w == "proprietary" || w == "own" || isPossessiveTok(w) || w == "its" || w == "their":
			owned = true
		case a.x.vocab.techTail.has(w):
			return owned
		}
	}
	return false
}

// sentenceHas reports whether sentence si holds any of the words, in
// lower case.
func (a *analysis) sentenceHas(si int, words ...string) bool {
	for _, t := range a.dc.sents[si].Toks {
		if slices.Contains(words, strings.ToLower(t.Text)) {
			return true
		}
	}
	return false
}

// roleSpeaks reports whether the role word at token i of sentence si is
// the one who speaks: "NOVO, a spokesperson said" names no person NOVO.
func (a *analysis) roleSpeaks(si, i int) bool {
	switch strings.ToLower(a.tok(si, i+1)) {
	case "said", "says", "told", "added":
		return true
	}
	return false
}

// personContext reports whether the words around a name say it is a
// person: "said", "says", a role after a comma, "according to".
func (a *analysis) personContext(sp span) bool {
	v := a.x.vocab
	before := strings.ToLower(a.tok(sp.Sent, sp.From-1))
	after := strings.ToLower(a.tok(sp.Sent, sp.To))
	after2 := strings.ToLower(a.tok(sp.Sent, sp.To+1))
	if after == "said" || after == "says" || after == "told" || after == "explained" || after == "added" || after == "stressed" || after == "noted" {
		return true
	}
	if before == "said" || before == "says" || before == "to" && strings.ToLower(a.tok(sp.Sent, sp.From-2)) == "according" {
		return true
	}
	if v.personRole[before] {
		return true
	}
	if after == "," && (v.personRole[after2] || after2 == "who") {
		return true
	}
	if after == "(" && v.personRole[after2] && len(strings.Fields(a.spanText(sp))) == 2 {
		return true // "Soonho Ahn (Chief Technology Officer)"
	}
	if after == "," {
		// "Liu Xueliang, BYD's general manager for Asia-Pacific": a role
		// within the apposition
		for i := sp.To + 1; i < sp.To+6; i++ {
			w := strings.ToLower(a.tok(sp.Sent, i))
			if w == "" || w == "," || w == "." {
				break
			}
			if v.personRole[w] {
				return !a.roleSpeaks(sp.Sent, i)
			}
		}
	}
	return false
}

// verbAfter reports whether a verb a company typically heads follows.
func (a *analysis) verbAfter(sp span) bool {
	w := strings.ToLower(a.tok(sp.Sent, sp.To))
	switch w {
	case "will", "plans", "planned", "has", "had", "is", "was", "said", "says", "announced", "builds", "built",
		"produces", "produced", "makes", "made", "invests", "invested", "opened", "opens", "operates", "runs",
		"supplies", "supplied", "delivers", "signed", "agreed", "expects", "wants", "aims", "intends", "started",
		"starts", "began", "begins", "employs", "owns", "acquired", "bought", "confirmed", "unveiled", "launched",
		"develops", "developed", "uses", "used", "manufactures", "assembles", "would", "could", "can",
		"also", "already", "recently", "now", "still", "first":
		return true
	}
	return false
}

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
	case strings.HasSuffix(lw, "ies") && len(lw) > 4:
		return lw[:len(lw)-3] + "y"
	case strings.HasSuffix(lw, "xes") || strings.HasSuffix(lw, "ches") || strings.HasSuffix(lw, "shes") || strings.HasSuffix(lw, "buses"):
		return lw[:len(lw)-2]
	case strings.HasSuffix(lw, "s") && len(lw) > 3:
		return lw[:len(lw)-1]
	}
	return lw
}

// afterProduceVerb reports whether a verb of making stands a few words
// before the span in its sentence, with nothing but a list of names,
// articles and adjectives between: "builds the Telluride, Sorento and
// Sportage", "production of the Cybertruck".
func (a *analysis) afterProduceVerb(sp span) bool {
	toks := a.dc.sents[sp.Sent].Toks
	for i := sp.From - 1; i >= 0 && sp.From-i <= 10; i-- {
		w := strings.ToLower(toks[i].Text)
		if isProduceWord(w) {
			return true
		}
		switch {
		case w == "the" || w == "a" || w == "an" || w == "," || w == "and" || w == "of" || w == "new" || w == "electric" || w == "all-electric" || w == "fully" || w == "its" || w == "their" || w == "first" || w == "–" || w == ":" || w == "-" || w == "for":
		case isCapitalized(toks[i].Text) || isModelShape(toks[i].Text) || isNumber(toks[i].Text):
		default:
			return false
		}
	}
	return false
}

// hasRole reports whether any word is a job title.
func hasRole(v *vocab, ws []string) bool {
	for _, w := range ws {
		if v.personRole.has(w) {
			return true
		}
	}
	return false
}

// isCompanyVerb reports whether w is a verb that mostly takes a company
// as its subject.
func isCompanyVerb(w string) bool {
	switch w {
	case "will", "plans", "planned", "said", "says", "announced", "invests", "invested", "opened", "opens",
		"operates", "employs", "signed", "agreed", "expects", "wants", "aims", "intends", "supplies", "supplied",
		"builds", "makes", "produces", "owns", "acquired", "runs", "delivers", "develops", "hired", "employed":
		return true
	}
	return false
}

// isTrimCode reports whether w is a model's trim code: one capital letter
// or a short run of capitals and digits ("E", "SE", "GTI", "ALL4").
func isTrimCode(w string) bool {
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// builtAfter reports whether a passive production verb follows the span:
// "is assembled", "was built", "kept being built", "will be made".
func (a *analysis) builtAfter(sp span) bool {
	for i := sp.To; i < sp.To+4; i++ {
		switch w := strings.ToLower(a.tok(sp.Sent, i)); w {
		case "is", "was", "are", "were", "be", "been", "being", "will", "has", "have", "had", "kept", "still", "also", "now":
		case "built", "made", "assembled", "produced", "manufactured":
			return i > sp.To
		default:
			return false
		}
	}
	return false
}

// appositionType types a name by the apposition after it: "Bosch, the
// supplier", "Jane Doe, a director", "the Dolphin Surf, the small
// electric hatchback". It returns "" when there is none.
func (a *analysis) appositionType(sp span) (graph.EntityType, float64) {
	v := a.x.vocab
	after, after2 := a.tok(sp.Sent, sp.To), a.tok(sp.Sent, sp.To+1)
	if after != "," || (after2 != "a" && after2 != "an" && after2 != "the" && after2 != "one") {
		return "", 0
	}
	for i := sp.To + 2; i < sp.To+7; i++ {
		w := strings.ToLower(a.tok(sp.Sent, i))
		if w == "" || w == "," {
			break
		}
		if v.orgRole[w] {
			return graph.Company, 0.7
		}
		if v.personRole[w] && !a.roleSpeaks(sp.Sent, i) {
			return graph.Person, 0.6
		}
		if (w == "robot" || w == "system" || w == "platform" || w == "software") && sp.To-sp.From <= 2 {
			return graph.Technology, 0.6 // "Spot, the four-legged robot"
		}
		if v.vehicleNoun[w] && w != "electric" && w != "hybrid" && w != "compact" && a.x.placeKind(a.spanText(sp)) == "" {
			return graph.Product, 0.6
		}
	}
	return "", 0
}

// appositionIs reports whether the apposition after the span types it t.
func (a *analysis) appositionIs(sp span, t graph.EntityType) bool {
	got, _ := a.appositionType(sp)
	return got == t
}
