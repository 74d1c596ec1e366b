package extract

// Cues from the words around a name that the typing rules read: roles,
// verbs, appositions, body styles.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/plantgraph/plantgraph/graph"
)

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

// vehicleApposition reports whether "the" before the span follows a
// plural vehicle noun and a comma: "The larger SUVs, the Harrow and the
// Tamsin, come from Vejle" names models.
func (a *analysis) vehicleApposition(sp span) bool {
	if strings.ToLower(a.tok(sp.Sent, sp.From-1)) != "the" || a.tok(sp.Sent, sp.From-2) != "," {
		return false
	}
	w := strings.ToLower(a.tok(sp.Sent, sp.From-3))
	return strings.HasSuffix(w, "s") && a.x.vocab.vehicleNoun.has(w) && w != "series"
}

// fuelWord reports whether w says what drives a model: "the combustion
// Zorvan", "the diesel Tarvo".
func fuelWord(w string) bool {
	switch w {
	case "combustion", "petrol", "diesel", "gasoline", "electric", "all-electric", "battery-electric", "hybrid", "plug-in":
		return true
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

// sharedLineBefore reports whether "the" before the span ends a phrase
// that shares a production line with it: "on the same line as the
// Kestra", "shares an assembly line with the Zorvan". What runs down a
// plant's line is a model.
func (a *analysis) sharedLineBefore(sp span) bool {
	prep := strings.ToLower(a.tok(sp.Sent, sp.From-2))
	if prep != "as" && prep != "with" {
		return false
	}
	for i := sp.From - 3; i >= 0 && i >= sp.From-5; i-- {
		switch strings.ToLower(a.tok(sp.Sent, i)) {
		case "line", "lines":
			return true
		case "same", "assembly", "production":
		default:
			return false
		}
	}
	return false
}

// builtAfter reports whether a passive production verb follows the span:
// "is assembled", "was built", "kept being built", "will be made".
func (a *analysis) builtAfter(sp span) bool {
	for i := sp.To; i < sp.To+4; i++ {
		switch w := strings.ToLower(a.tok(sp.Sent, i)); w {
		case ",":
			if i > sp.To {
				return false // "the Prologue, is built for it": only the comma closing an apposition
			}
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
	if a.appositionSite(sp) {
		return graph.Plant, 0.6
	}
	return "", 0
}

// appositionSite reports whether the apposition after the span is headed
// by a site noun, past any modifiers: "Arvo Energy Park Ostvik, the
// lithium iron phosphate (LFP) cell plant in Vejle".
func (a *analysis) appositionSite(sp span) bool {
	for i := sp.To + 2; i < sp.To+14; i++ {
		w := a.tok(sp.Sent, i)
		switch {
		case w == "" || w == "," || w == "." || w == "which" || w == "that":
			return false
		case w == "plant" || w == "factory" || w == "gigafactory" || w == "fab":
			next := a.tok(sp.Sent, i+1)
			return next == "in" || next == "at" || next == "near" || next == "," || next == "." || next == "that" || next == "which"
		case a.x.vocab.orgRole[strings.ToLower(w)]:
			return false
		}
	}
	return false
}

// appositionIs reports whether the apposition after the span types it t.
func (a *analysis) appositionIs(sp span, t graph.EntityType) bool {
	got, _ := a.appositionType(sp)
	return got == t
}

// countedModel reports whether the span is a name that a determiner of
// things made counts or renews: "every Pebble built in Denmark", "readies
// new Pebble", "the new Pebble is". Companies take neither "every" nor a
// bare "new"; a lower-case word after ("new Arvo plant", "new Arvo
// cells") makes the name a modifier, maybe a maker's, so it stays open.
func (a *analysis) countedModel(sp span, n int) bool {
	lb := strings.ToLower(a.tok(sp.Sent, sp.From-1))
	after := a.tok(sp.Sent, sp.To)
	if n > 2 || isPossessiveTok(after) || isLowerWord(after) && !a.verbAfter(sp) {
		return false
	}
	return lb == "every" || lb == "each" || lb == "new" && isLowerWord(a.tok(sp.Sent, sp.From-1))
}

// makerAgent reports whether the span is the agent of a passive verb of
// making: "is assembled for Zorvan by Arvo Norvia". What "by" names after
// "built" or "assembled" makes things; a model does not.
func (a *analysis) makerAgent(sp span) bool {
	if strings.ToLower(a.tok(sp.Sent, sp.From-1)) != "by" {
		return false
	}
	for i := sp.From - 2; i >= 0 && i >= sp.From-6; i-- {
		w := strings.ToLower(a.tok(sp.Sent, i))
		if w == "," || w == "." {
			return false
		}
		if isProduceWord(w) && (strings.HasSuffix(w, "ed") || w == "built" || w == "made") {
			return true
		}
	}
	return false
}

// actsAsCompany reports whether the words after the span make it the
// subject of what only a company does: "Zorva Electric said", "has begun
// production", "will not build", "Zorva Electric's plant". It tells a
// company named like a model ("X Electric") from the model, which is
// built, priced and driven rather than building.
func (a *analysis) actsAsCompany(sp span) bool {
	w := strings.ToLower(a.tok(sp.Sent, sp.To))
	if isPossessiveTok(w) || w == "'" {
		return a.x.vocab.siteNoun.has(strings.ToLower(a.tok(sp.Sent, sp.To+1))) ||
			a.x.vocab.siteNoun.has(strings.ToLower(a.tok(sp.Sent, sp.To+2)))
	}
	if w != "will" && w != "would" && isCompanyVerb(w) {
		return true
	}
	if w != "has" && w != "had" && w != "will" && w != "would" {
		return false
	}
	i := sp.To + 1
	for ; i < sp.To+3; i++ {
		switch strings.ToLower(a.tok(sp.Sent, i)) {
		case "not", "also", "already", "now", "since", "recently":
			continue
		}
		break
	}
	switch strings.ToLower(a.tok(sp.Sent, i)) {
	case "begun", "started", "opened", "invested", "signed", "agreed", "announced", "built", "build", "open",
		"invest", "sign", "hire", "hired", "employ", "employs", "produce", "manufacture", "acquire", "acquired", "supply", "supplied":
		return true
	}
	return false
}

// namedSite reports whether the words beside a name with a number make it
// a site's own name rather than a model's: a site noun right after it
// ("its Kora 1 plant in"), or an apposition headed by one ("Vela 1, its
// plant in Tarno"). Models are built at plants; they are no plant's
// attribute.
func (a *analysis) namedSite(sp span) bool {
	after, after2 := a.tok(sp.Sent, sp.To), strings.ToLower(a.tok(sp.Sent, sp.To+1))
	switch after {
	case "plant", "factory", "site", "campus", "facility":
		lb := strings.ToLower(a.tok(sp.Sent, sp.From-1))
		return (lb == "its" || lb == "their" || isPossessiveTok(lb)) && !a.isCompanyWord(a.tok(sp.Sent, sp.From))
	case ",":
		return (after2 == "its" || after2 == "their" || after2 == "a" || after2 == "the") && a.appositionSite(sp)
	}
	return false
}
