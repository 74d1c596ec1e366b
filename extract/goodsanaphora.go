package extract

// Bare goods nouns: "cells", "modules", "packs" said alone after the text
// has named the goods in full ("battery cells") refer back to them.

import (
	"slices"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// goodsAnaphora returns, by sentence, slots for the bare goods nouns that
// refer back to the product named last with that head noun: after "will
// not make battery cells itself", "with further cells coming from Norvik"
// speaks of battery cells. A bare noun right after a capitalised word
// ("Kovra modules") or inside another entity's mention is left alone.
// The slots feed the relation rules only; they add no mention.
func (a *analysis) goodsAnaphora(bySent [][]slot) [][]slot {
	out := make([][]slot, len(a.dc.sents))
	mi := 0
	last := map[string]int{} // head noun -> the product named last with it
	for si, s := range a.dc.sents {
		for i, t := range s.Toks {
			for mi < len(a.ments) && a.ments[mi].start < t.Start {
				m := a.ments[mi]
				if e := a.ents[m.ent]; e.typ == graph.Product && e.name != "" {
					ws := strings.Fields(strings.ToLower(e.name))
					last[singular(ws[len(ws)-1])] = m.ent
				}
				mi++
			}
			w := strings.ToLower(t.Text)
			if !goodsNoun(w) || slotCovers(bySent[si], i) {
				continue
			}
			if i > 0 && (isCapitalized(s.Toks[i-1].Text) || slotCovers(bySent[si], i-1)) {
				continue
			}
			if i > 0 && (strings.EqualFold(s.Toks[i-1].Text, "those") || strings.EqualFold(s.Toks[i-1].Text, "these")) {
				continue // "many of those cells": the lot just counted, which may be a kind of its own
			}
			if e, ok := last[singular(w)]; ok {
				out[si] = append(out[si], slot{ent: e, from: i, to: i + 1, typ: graph.Product})
			}
		}
	}
	return out
}

// goodsNoun reports whether w is a bare noun of goods that texts use
// for the full name they gave before.
func goodsNoun(w string) bool {
	switch w {
	case "cell", "cells", "module", "modules", "pack", "packs":
		return true
	}
	return false
}

// withGoods returns the slots of sentence si with its bare goods nouns,
// in order.
func (a *analysis) withGoods(si int, slots []slot) []slot {
	if si >= len(a.goods) || len(a.goods[si]) == 0 {
		return slots
	}
	out := append(slices.Clone(slots), a.goods[si]...)
	sortSlots(out)
	return out
}

// batteryMakerBefore reports whether "battery maker" or "cell maker" (or
// supplier, manufacturer, plant, factory) stands before token i: the
// cells such a company or plant supplies or makes are battery cells,
// though the text names them bare ("The battery maker in turn supplies
// cells to Kestrel", "a second battery plant is about to start making
// cells").
func batteryMakerBefore(toks []token, i int) bool {
	for k := 1; k < i && k < len(toks); k++ {
		kind := strings.ToLower(toks[k-1].Text)
		switch strings.ToLower(toks[k].Text) {
		case "maker", "manufacturer", "supplier", "plant", "factory":
			if kind == "battery" || kind == "cell" {
				return true
			}
		}
	}
	return false
}
