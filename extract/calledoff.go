package extract

import "strings"

// The guidelines give a cancelled, scrapped or shelved plan no relation,
// and the plant it would have built is no site at all: "Kessel has
// cancelled the plant in Rochester", "cellcentric shelves Weilheim
// gigafactory", "a cell factory in Vejle, but that project has been
// shelved". A paused or scaled-back plant still counts, so "halted",
// "paused" and "cut" are not here.

// callOffWord reports whether w is a verb that kills a plan outright.
func callOffWord(w string) bool {
	switch strings.ToLower(w) {
	case "cancelled", "canceled", "cancels", "cancel", "cancelling", "canceling", "scrapped", "scrapping",
		"shelved", "shelves", "shelving", "abandoned", "abandons", "axed", "axes", "ditched", "ditches":
		return true
	}
	return false
}

// calledOffSite reports whether the site phrase m of sentence si is the
// object of such a verb: the verb stands a few words before it with only
// articles, modifiers and "plans for" between, or a clause after it says
// "but the project was shelved".
func (a *analysis) calledOffSite(si int, m mention) bool {
	toks := a.dc.sents[si].Toks
	for j := m.from - 1; j >= 0 && m.from-j <= 6; j-- {
		w := strings.ToLower(toks[j].Text)
		if callOffWord(w) {
			return true
		}
		switch w {
		case ",", ";", ":", "and", "but", "or", "at", "in", "on", "from", "of", "to", "which", "that", "while", "after":
			// "cancelled production at its plant": the plant stays;
			// "and cut its plant in Dalby": another clause
			return false
		}
	}
	// "..., but that project has been shelved"
	for j := m.to; j < len(toks) && j-m.to <= 6; j++ {
		if strings.ToLower(toks[j].Text) != "but" {
			continue
		}
		for k := j + 1; k < len(toks) && k-j <= 6; k++ {
			w := strings.ToLower(toks[k].Text)
			if callOffWord(w) {
				return true
			}
			if w == "," || w == ";" || w == "and" {
				break
			}
		}
		break
	}
	return false
}
