package graph

// This file holds the rules of Resolver, in the order Resolve applies
// them.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// applyEntries joins the local entities named by each aliases entry.
func (s *resolveState) applyEntries() {
	if s.aliases == nil {
		return
	}
	entryOf := map[string]int{}
	for ei, e := range s.aliases.Entries {
		for _, f := range e.forms() {
			for _, k := range matchKeys(f) {
				if _, ok := entryOf[k]; !ok {
					entryOf[k] = ei
				}
			}
		}
	}
	first := map[int]int{} // entry -> first local
	for i, l := range s.ls {
		ei, found := -1, false
		for _, k := range l.keys {
			if e, ok := entryOf[k]; ok && (!found || e < ei) {
				ei, found = e, true
			}
		}
		if !found {
			continue
		}
		j, ok := first[ei]
		if !ok {
			if r := s.find(i); s.pin(r) == 0 {
				first[ei] = i
				s.group(r).pin = ei + 1
			}
			continue
		}
		s.union(j, i, fmt.Sprintf("aliases file line %d", s.aliases.Entries[ei].Line), strong)
	}
}

// mergeSameName joins names that fold alike: within a type always (but
// weak names wait for their own rules), across types when no document
// keeps the groups apart.
func (s *resolveState) mergeSameName() {
	type tk struct {
		t EntityType
		k string
	}
	first := map[tk]int{}
	for i, l := range s.ls {
		if s.isWeak(l.Name, l.Type) {
			continue
		}
		for _, k := range l.keys {
			if j, ok := first[tk{l.Type, k}]; ok {
				s.union(j, i, RuleSameName, strong)
			} else {
				first[tk{l.Type, k}] = i
			}
		}
	}
	buckets := map[string][]int{}
	for i, l := range s.ls {
		if s.isWeak(l.Name, l.Type) {
			continue
		}
		for _, k := range l.keys {
			buckets[k] = append(buckets[k], i)
		}
	}
	s.clusterBuckets(buckets, RuleTypeWeight, func(a, b int) bool { return s.typeOf(a) != s.typeOf(b) })
}

// normKeys returns the keys a name of type t is compared by beyond its
// fold: the company core, or the plant's operator and site.
func normKeys(name string, keys []string, t EntityType) []string {
	var out []string
	switch t {
	case Company:
		for _, k := range keys {
			if c := legalCore(k); c != "" {
				out = append(out, "c:"+c)
			}
			if c := companyCore(k); c != "" {
				out = append(out, "g:"+c)
			}
		}
	case Plant:
		for _, k := range plantKeys(name) {
			out = append(out, "p:"+k)
		}
	}
	return out
}

// mergeNormalized joins companies by core, first without legal forms
// ("Hyundai Motor Co.", "Hyundai Motor Company"), then without group
// words too ("Hyundai Motor Group"), and plants by operator and site.
func (s *resolveState) mergeNormalized() {
	for _, pass := range []struct {
		t      EntityType
		prefix string
		rule   string
	}{
		{Company, "c:", RuleSuffix},
		{Company, "g:", RuleSuffix},
		{Plant, "p:", RulePlantName},
	} {
		buckets := map[string][]int{}
		for _, r := range s.roots() {
			if s.typeOf(r) != pass.t {
				continue
			}
			for _, m := range s.members(r) {
				l := s.ls[m]
				if s.isWeak(l.Name, pass.t) {
					continue
				}
				for _, k := range normKeys(l.Name, l.keys, pass.t) {
					if strings.HasPrefix(k, pass.prefix) {
						buckets[k] = append(buckets[k], m)
					}
				}
			}
		}
		s.clusterBuckets(buckets, pass.rule, nil)
	}

	// Plants of one site whose operators are a company and its
	// subsidiary by name ("Audi Plant Győr", "Audi Hungaria Plant Győr").
	buckets := map[string][]int{}
	for _, r := range s.roots() {
		if s.typeOf(r) != Plant {
			continue
		}
		for _, m := range s.members(r) {
			for _, k := range s.plantKeys(s.ls[m].Name) {
				op, site, _ := strings.Cut(k, "|")
				first, _, _ := strings.Cut(op, " ")
				buckets[first+"|"+site] = append(buckets[first+"|"+site], m)
			}
		}
	}
	s.clusterBuckets(buckets, RuleSubsidiary, func(a, b int) bool {
		return nestedOperators(s.operators(a), s.operators(b))
	})
}

// formKeys returns every key a form of type t is compared by.
func formKeys(form string, t EntityType) []string {
	keys := matchKeys(form)
	return append(keys, normKeys(form, keys, t)...)
}

// mergeByAliases joins a group to the one other group of its type that
// some document gives its name as an alias; failing that, two groups that
// alone share an alias that is a proper name. It repeats until nothing
// changes.
func (s *resolveState) mergeByAliases() {
	for {
		ix := s.indexForms()
		if !s.mergeNameToAlias(ix) && !s.mergeSharedAlias(ix) {
			return
		}
	}
}

// formIndex tells which groups use which forms, by typed key (the type, a
// NUL byte, a key of formKeys).
type formIndex struct {
	roots   []int
	types   map[int]EntityType
	nameOf  map[string][]int // roots with a member so named
	aliasOf map[string][]int // roots with it as an alias, not a name
}

func typedKey(t EntityType, k string) string { return string(t) + "\x00" + k }

func (s *resolveState) indexForms() formIndex {
	ix := formIndex{roots: s.roots(), types: map[int]EntityType{},
		nameOf: map[string][]int{}, aliasOf: map[string][]int{}}
	for _, r := range ix.roots {
		t := s.typeOf(r)
		ix.types[r] = t
		names := map[string]bool{}
		for _, m := range s.members(r) {
			for _, k := range s.formKeys(s.ls[m].Name, t) {
				names[typedKey(t, k)] = true
			}
		}
		aliases := map[string]bool{}
		for _, m := range s.members(r) {
			for _, f := range s.ls[m].forms() {
				for _, k := range s.formKeys(f, t) {
					if tk := typedKey(t, k); !names[tk] {
						aliases[tk] = true
					}
				}
			}
		}
		for k := range names {
			ix.nameOf[k] = append(ix.nameOf[k], r)
		}
		for k := range aliases {
			ix.aliasOf[k] = append(ix.aliasOf[k], r)
		}
	}
	return ix
}

// mergeNameToAlias applies the name-to-alias evidence of ix and reports
// whether it merged anything.
func (s *resolveState) mergeNameToAlias(ix formIndex) bool {
	changed := false
	for _, r := range ix.roots {
		t := ix.types[r]
		var keys []string
		seen := map[string]bool{}
		for _, m := range s.members(s.find(r)) {
			for _, k := range s.formKeys(s.ls[m].Name, t) {
				if tk := typedKey(t, k); !seen[tk] {
					seen[tk] = true
					keys = append(keys, tk)
				}
			}
		}
		sort.Strings(keys)
		for _, tk := range keys {
			if len(ix.nameOf[tk]) != 1 || len(ix.aliasOf[tk]) != 1 {
				continue
			}
			y := ix.aliasOf[tk][0]
			if s.find(y) == s.find(r) {
				continue
			}
			x, a, ok := s.aliasEvidence(r, y, tk, t)
			if ok && s.union(x, a, RuleAlias, docSafe) {
				changed = true
			}
		}
	}
	return changed
}

// mergeSharedAlias joins two plants that are the only ones to use a
// proper name ("Toyota Motor Manufacturing Kentucky") as an alias, when no
// plant is so named and their operators agree. Generic forms ("Leipzig
// plant", "main plant in Wolfsburg") and forms of one word never count.
// Companies are left out: a joint venture's article often gives it its
// parent's name. It reports whether it merged anything.
func (s *resolveState) mergeSharedAlias(ix formIndex) bool {
	users := map[string][]int{} // typed key -> locals using it, one per root
	for _, r := range ix.roots {
		t := ix.types[r]
		if t != Plant {
			continue
		}
		seen := map[string]bool{}
		for _, m := range s.members(r) {
			for _, f := range s.ls[m].forms()[1:] {
				if !s.properName(f, t) {
					continue
				}
				keys := s.formKeys(f, t)
				named := false
				for _, k := range keys {
					if len(ix.nameOf[typedKey(t, k)]) > 0 {
						named = true
					}
				}
				if tk := typedKey(t, keys[0]); !named && !seen[tk] {
					seen[tk] = true
					users[tk] = append(users[tk], m)
				}
			}
		}
	}
	keys := make([]string, 0, len(users))
	for k := range users {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	changed := false
	for _, tk := range keys {
		u := users[tk]
		if len(u) != 2 {
			continue
		}
		if !s.operatorsAgree(u[0], u[1]) {
			continue
		}
		if s.union(u[0], u[1], RuleSharedAlias, docSafe) {
			changed = true
		}
	}
	return changed
}

// properName reports whether form f, of type t, is a proper name of two
// or more words: every word but small joining words capitalized or a
// number, and not a weak form of t (a plant named by its site only).
func (s *resolveState) properName(f string, t EntityType) bool {
	words := strings.Fields(f)
	if len(words) < 2 || s.isWeak(f, t) {
		return false
	}
	for _, w := range words {
		if acronymStopWords[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// operatorsAgree reports whether the plant groups of a and b name a
// common operator, or a company and its subsidiary by name ("Toyota",
// "Toyota Motor Manufacturing"), or one of them names none.
func (s *resolveState) operatorsAgree(a, b int) bool {
	oa, ob := s.operators(a), s.operators(b)
	if len(oa) == 0 || len(ob) == 0 || overlapsSet(oa, ob) {
		return true
	}
	return nestedOperators(oa, ob)
}

// nestedOperators reports whether an operator of a is the first words of
// one of b, or the other way round.
func nestedOperators(a, b map[string]bool) bool {
	for x := range a {
		for y := range b {
			if strings.HasPrefix(x, y+" ") || strings.HasPrefix(y, x+" ") {
				return true
			}
		}
	}
	return false
}

// aliasEvidence decides whether group x, named by the typed key tk, joins
// group y, which has tk as an alias. It returns a local of each side to
// record the merge by.
func (s *resolveState) aliasEvidence(x, y int, tk string, t EntityType) (xl, yl int, ok bool) {
	k := tk[strings.IndexByte(tk, 0)+1:]
	nameDocs := map[string]bool{}
	xl, yl = -1, -1
	acronym := false
	var yNames []string
	for _, m := range s.members(s.find(y)) {
		yNames = append(yNames, s.ls[m].Name)
	}
	for _, m := range s.members(s.find(x)) {
		l := s.ls[m]
		if !contains2(s.formKeys(l.Name, t), k) {
			continue
		}
		nameDocs[l.Doc] = true
		if xl < 0 {
			xl = m
		}
		if isAcronym(l.Name) {
			for _, n := range yNames {
				if contains2(initials(n), compact(l.Name)) || looseInitials(initials(n), compact(l.Name)) {
					acronym = true
				}
			}
		}
	}
	aliasDocs := map[string]bool{}
	for _, m := range s.members(s.find(y)) {
		l := s.ls[m]
		for _, f := range l.forms()[1:] {
			if contains2(s.formKeys(f, t), k) {
				aliasDocs[l.Doc] = true
				if yl < 0 {
					yl = m
				}
			}
		}
	}
	if xl < 0 || yl < 0 {
		return 0, 0, false
	}
	// An alias that is y's own name with more words ("Mini Countryman"
	// beside the name "Countryman") is more specific than y's name, not
	// less: it cannot be another thing's name that y swallows.
	specific := false
	for _, n := range yNames {
		if f := Fold(n); f != k && (strings.HasSuffix(k, " "+f) || strings.HasPrefix(k, f+" ")) {
			specific = true
		}
	}
	if !acronym && !specific && len(aliasDocs) <= len(nameDocs) {
		return 0, 0, false
	}
	if t == Plant && !s.operatorsAgree(x, y) {
		return 0, 0, false
	}
	return xl, yl, true
}

// operators returns the operators named in a plant group's full names.
func (s *resolveState) operators(root int) map[string]bool {
	ops := map[string]bool{}
	for _, m := range s.members(s.find(root)) {
		for _, k := range s.plantKeys(s.ls[m].Name) {
			ops[k[:strings.IndexByte(k, '|')]] = true
		}
	}
	return ops
}

// mergePartialPlants resolves plants named by their site or an acronym,
// one local entity at a time; then plants known only by a proper name
// without an operator ("Gigafactory Texas") that a document also calls by
// its site ("Austin factory").
func (s *resolveState) mergePartialPlants() {
	sites := map[string][]int{} // site -> roots with an operator's plant there
	var full []int              // roots with a full name
	companies := map[string]map[string]bool{}
	for _, r := range s.roots() {
		t := s.typeOf(r)
		if t == Company {
			for _, m := range s.members(r) {
				l := s.ls[m]
				if companies[l.Doc] == nil {
					companies[l.Doc] = map[string]bool{}
				}
				for _, k := range normKeys(l.Name, l.keys, Company) {
					if c, ok := strings.CutPrefix(k, "g:"); ok {
						companies[l.Doc][c] = true
					}
				}
			}
		}
		if t != Plant || !s.hasFull(r, Plant) {
			continue
		}
		full = append(full, r)
		seen := map[string]bool{}
		for _, m := range s.members(r) {
			for _, k := range s.plantKeys(s.ls[m].Name) {
				_, site, _ := strings.Cut(k, "|")
				if !seen[site] {
					seen[site] = true
					sites[site] = append(sites[site], r)
				}
			}
		}
	}
	// candidates returns the roots of the plants at the sites form names,
	// narrowed, when there are several, to those whose operator one of
	// the documents names.
	candidates := func(form string, docs map[string]bool) (cands []int, several bool) {
		for _, v := range []string{form, translit(form)} {
			if p, ok := parsePlant(v); ok && p.op == "" && p.site != "" {
				for _, c := range sites[p.site] {
					cands = append(cands, s.find(c))
				}
			}
		}
		cands = uniqueInts(cands)
		if len(cands) > 1 {
			several = true
			var named []int
			for _, c := range cands {
				for d := range docs {
					if overlapsSet(s.operators(c), companies[d]) {
						named = append(named, c)
						break
					}
				}
			}
			cands = named
		}
		return cands, several
	}

	for i, l := range s.ls {
		r := s.find(i)
		if s.typeOf(r) != Plant || !s.isWeak(l.Name, Plant) || s.hasFull(r, Plant) {
			continue
		}
		if isAcronym(l.Name) {
			var cands []int
			for _, c := range full {
				for _, m := range s.members(s.find(c)) {
					if contains2(initials(s.ls[m].Name), compact(l.Name)) {
						cands = append(cands, s.find(c))
						break
					}
				}
			}
			switch cands = uniqueInts(cands); len(cands) {
			case 0:
			case 1:
				s.union(cands[0], i, RuleAcronym, strong)
			default:
				s.ambiguous[i] = true
			}
			continue
		}
		cands, several := candidates(l.Name, map[string]bool{l.Doc: true})
		if len(cands) == 1 {
			s.union(cands[0], i, RulePlantSite, strong)
		} else if several {
			s.ambiguous[i] = true
		}
	}

	for _, r := range s.roots() {
		if s.typeOf(r) != Plant || len(s.operators(r)) > 0 || !s.hasFull(r, Plant) {
			continue
		}
		docs := s.docSet(r)
		var cands []int
		at := -1
		for _, m := range s.members(r) {
			for _, f := range s.ls[m].forms()[1:] {
				if c, _ := candidates(f, docs); len(c) > 0 {
					cands = append(cands, c...)
					if at < 0 {
						at = m
					}
				}
			}
		}
		if cands = uniqueInts(cands); len(cands) == 1 {
			s.union(cands[0], at, RulePlantSite, docSafe)
		}
	}
}

// mergePlaceAcronyms joins a place known by its acronym ("US") to the one
// place whose initials it is ("United States").
func (s *resolveState) mergePlaceAcronyms() {
	var full []int
	var acronyms []int
	for _, r := range s.roots() {
		if s.typeOf(r) != Location {
			continue
		}
		all := true
		for _, m := range s.members(r) {
			if !isAcronym(s.ls[m].Name) {
				all = false
			}
		}
		if all {
			acronyms = append(acronyms, r)
		} else {
			full = append(full, r)
		}
	}
	for _, a := range acronyms {
		short := compact(s.ls[a].Name)
		var cands []int
		for _, c := range full {
			for _, m := range s.members(s.find(c)) {
				if contains2(initials(s.ls[m].Name), short) {
					cands = append(cands, s.find(c))
					break
				}
			}
		}
		if cands = uniqueInts(cands); len(cands) == 1 {
			s.union(cands[0], a, RuleAcronym, strong)
		}
	}
}

// mergePeople joins misspelt full names, then resolves surnames alone one
// local entity at a time.
func (s *resolveState) mergePeople() {
	type person struct {
		root int
		m    int
		toks []string
	}
	var people []person
	bySurname := map[string][]int{}      // last-word key -> roots
	nearSurname := map[string][]string{} // ends -> last-word keys
	for _, r := range s.roots() {
		if s.typeOf(r) != Person {
			continue
		}
		for _, m := range s.members(r) {
			l := s.ls[m]
			if s.isWeak(l.Name, Person) {
				continue
			}
			for _, v := range uniqueStrings([]string{Fold(l.Name), Fold(translit(l.Name))}) {
				toks := personTokens(v)
				people = append(people, person{r, m, toks})
				last := toks[len(toks)-1]
				if len(bySurname[last]) == 0 {
					for _, e := range ends(last) {
						nearSurname[e] = append(nearSurname[e], last)
					}
				}
				bySurname[last] = append(bySurname[last], r)
			}
		}
	}
	// Misspelt surnames: compare the names that share the other words and
	// an end of the surname.
	block := map[string][]int{}
	for i, p := range people {
		if len(p.toks) > 1 {
			for _, k := range ends(p.toks[len(p.toks)-1]) {
				k = strings.Join(p.toks[:len(p.toks)-1], " ") + "\x00" + k
				block[k] = append(block[k], i)
			}
		}
	}
	type pair struct{ a, b int } // indexes into people, a < b
	pairs := map[pair]bool{}
	for _, ids := range block {
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				a, b := people[ids[x]], people[ids[y]]
				if a.root != b.root && typoOf(a.toks, b.toks) {
					pairs[pair{min(ids[x], ids[y]), max(ids[x], ids[y])}] = true
				}
			}
		}
	}
	partners := map[int]map[int]bool{}
	var list []pair
	for p := range pairs {
		list = append(list, p)
		ra, rb := people[p.a].root, people[p.b].root
		if partners[ra] == nil {
			partners[ra] = map[int]bool{}
		}
		if partners[rb] == nil {
			partners[rb] = map[int]bool{}
		}
		partners[ra][rb] = true
		partners[rb][ra] = true
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].a != list[j].a {
			return list[i].a < list[j].a
		}
		return list[i].b < list[j].b
	})
	for _, p := range list {
		a, b := people[p.a], people[p.b]
		if len(partners[a.root]) == 1 && len(partners[b.root]) == 1 {
			s.union(a.m, b.m, RuleTypo, docSafe)
		}
	}

	// Surnames alone.
	for i, l := range s.ls {
		r := s.find(i)
		if s.typeOf(r) != Person || !s.isWeak(l.Name, Person) || s.hasFull(r, Person) {
			continue
		}
		var cands []int
		for _, k := range l.keys {
			toks := personTokens(k)
			for _, c := range bySurname[toks[len(toks)-1]] {
				cands = append(cands, s.find(c))
			}
		}
		if cands = uniqueInts(cands); len(cands) == 0 {
			// A misspelt surname: the near ones.
			for _, k := range l.keys {
				toks := personTokens(k)
				sn := toks[len(toks)-1]
				for _, e := range ends(sn) {
					for _, last := range nearSurname[e] {
						if sn != last && within(sn, last, typoDistance(sn, last)) {
							for _, c := range bySurname[last] {
								cands = append(cands, s.find(c))
							}
						}
					}
				}
			}
			cands = uniqueInts(cands)
		}
		several := len(cands) > 1
		if several {
			var here []int
			for _, c := range cands {
				if s.hasDoc(s.find(c), l.Doc) {
					here = append(here, c)
				}
			}
			cands = here
		}
		if len(cands) == 1 {
			s.union(cands[0], i, RuleSurname, strong)
		} else if several {
			s.ambiguous[i] = true
		}
	}
}

// ends returns the blocking keys of a word for misspellings: its first
// and its last letters, three of each from six letters, two of each up to
// seven (so that words one letter apart in length share a length), none
// below five letters, where typoDistance allows no edit. One edit cannot
// change both ends.
func ends(w string) []string {
	var out []string
	if len(w) >= 6 {
		out = append(out, "<"+w[:3], ">"+w[len(w)-3:])
	}
	if len(w) >= 5 && len(w) <= 7 {
		out = append(out, "<<"+w[:2], ">>"+w[len(w)-2:])
	}
	return out
}

// mergeLeftovers joins the weak names that no rule resolved and that fold
// alike, except those that fit several entities: two documents' "Plant
// Debrecen" may be two plants.
func (s *resolveState) mergeLeftovers() {
	type tk struct {
		t EntityType
		k string
	}
	first := map[tk]int{}
	for i, l := range s.ls {
		r := s.find(i)
		t := s.typeOf(r)
		if !s.isWeak(l.Name, t) || s.hasFull(r, t) || s.ambiguous[i] {
			continue
		}
		for _, k := range l.keys {
			if j, ok := first[tk{t, k}]; ok {
				s.union(j, i, RuleSameName, strong)
			} else {
				first[tk{t, k}] = i
			}
		}
	}
}
