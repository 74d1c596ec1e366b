package extract

// A battery maker's name right before a bare goods noun: "packs built
// from Norvik modules" speaks of battery modules that Norvik makes.

import "strings"

// makerGoodsAt reports whether token i of sentence si is a bare goods
// noun ("modules", "cells", "packs") right after a capitalised name that
// the text elsewhere gives a battery plant or calls a battery maker: the
// bare noun then names that maker's battery goods, not some other kind.
func makerGoodsAt(dc *docContext, si, i int) bool {
	toks := dc.sents[si].Toks
	// a capital at the start of a sentence may be any word ("The cell's")
	if i < 2 || i >= len(toks) || !goodsNoun(strings.ToLower(toks[i].Text)) || !isCapitalized(toks[i-1].Text) {
		return false
	}
	if i+1 < len(toks) && isLowerWord(toks[i+1].Text) && goodsNoun(strings.ToLower(toks[i+1].Text)) {
		return false // "Norvik cell modules": the phrase goes on
	}
	return batteryMakerName(dc, toks[i-1].Text)
}

// batteryMakerName reports whether the text names name before a battery
// or cell plant, factory or maker: "Norvik's first Vejle battery plant",
// "the new Norvik cell plant". Up to three words (an ordinal, a town)
// may stand between the name and "battery".
func batteryMakerName(dc *docContext, name string) bool {
	if made, ok := dc.batteryMakers[name]; ok {
		return made
	}
	if dc.batteryMakers == nil {
		dc.batteryMakers = map[string]bool{}
	}
	made := namesBatteryMaker(dc, name)
	dc.batteryMakers[name] = made
	return made
}

// namesBatteryMaker does batteryMakerName's work, uncached.
func namesBatteryMaker(dc *docContext, name string) bool {
	for _, s := range dc.sents {
		toks := s.Toks
		for k, t := range toks {
			if t.Text != name {
				continue
			}
			for j := k + 1; j+1 < len(toks) && j <= k+4; j++ {
				kind := strings.ToLower(toks[j].Text)
				if (kind == "battery" || kind == "cell") && batterySiteOrRole(toks[j+1].Text) {
					return true
				}
				if !isPossessiveTok(toks[j].Text) && !isCapitalized(toks[j].Text) && !ordinal(kind) && kind != "new" {
					break
				}
			}
		}
	}
	return false
}

// batterySiteOrRole reports whether w, after "battery" or "cell", makes
// the words a battery plant or a battery maker.
func batterySiteOrRole(w string) bool {
	switch strings.ToLower(w) {
	case "plant", "factory", "gigafactory", "maker", "manufacturer", "producer", "supplier":
		return true
	}
	return false
}
