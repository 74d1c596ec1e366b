package graph

import (
	"fmt"
	"sort"
)

// LocalEntity is an entity as one document named it.
type LocalEntity struct {
	Doc string // the document's Key
	Entity
}

// LocalRef names an entity within one document.
type LocalRef struct {
	Doc string
	Key Key
}

func (r LocalRef) String() string { return fmt.Sprintf("%s (%s) in %s", r.Key.Name, r.Key.Type, r.Doc) }

// Resolution maps every document's entities onto the nodes of the whole
// graph.
type Resolution struct {
	// Nodes are the resolved entities, with aliases and mention counts.
	Nodes []Node
	// Of gives the node ID for each document-local entity.
	Of map[LocalRef]string
	// Merges explains the nodes made of several local entities: one
	// entry per decision to join two groups of them, in the order taken.
	Merges []Merge
}

// Merge is one decision of the resolver to join two groups of local
// entities: the rule that decided it and one local entity of each side
// that the rule compared.
type Merge struct {
	Rule string
	A, B LocalRef
}

func (m Merge) String() string { return fmt.Sprintf("%s: %s = %s", m.Rule, m.A, m.B) }

// The rules a Merge names. An aliases-file entry is named by its line:
// "aliases file line 3".
const (
	RuleSameName    = "same name"
	RuleTypeWeight  = "same name, type by weight of mentions"
	RuleSuffix      = "same name but legal or group suffix"
	RulePlantName   = "same operator and site"
	RuleSubsidiary  = "same site, operator and its subsidiary"
	RuleAlias       = "name used as alias in another document"
	RuleSharedAlias = "proper name both use as an alias"
	RulePlantSite   = "plant named by its site only"
	RuleAcronym     = "acronym of the name"
	RuleTypo        = "person name misspelt"
	RuleSurname     = "surname only"
)

// Resolver merges the entities of all documents into the nodes of the
// graph. Its rules, strongest first:
//
//  1. Aliases-file entries (Aliases): every local entity named by one of
//     an entry's names is that entry's node, with its name and type.
//  2. Same name: names that fold alike, or alike once umlauts are spelt
//     out ("Grünheide", "Gruenheide"), are one entity. Across types the
//     groups merge too, and the node takes the type with the most
//     mentions, then documents, whatever document came first.
//  3. Companies that differ only by legal-form suffixes ("Honda Motor
//     Co.", "Honda Motor Company"), then by group words too ("BMW", "BMW
//     AG", "BMW Group", "Toyota Motor Corporation"); plants of one operator
//     and site ("BMW Plant Leipzig", "BMW Group Plant Leipzig"), or of one
//     site and a company and its subsidiary by name ("Audi Plant Győr",
//     "Audi Hungaria Plant Győr"). A name that fits several groups that
//     stay apart ("Hyundai" beside "Hyundai Motor Company" and "Hyundai
//     Motor Group") joins none.
//  4. Alias evidence: a name that some other document uses as an alias of
//     exactly one other entity of its type joins it ("GM" where another
//     article says "General Motors (GM)"), transitively. No other entity
//     may have that form as name or alias; plants of unrelated operators
//     stay apart; and unless the name is an acronym of the other's, the
//     form must serve as the other's alias in more documents than it
//     serves as a name of its own, so that one article calling "Stellantis
//     Ventures" just "Stellantis" does not swallow Stellantis. An alias
//     that is the other's name with words added ("Mini Countryman" for
//     "Countryman") needs no such count: it is the more specific form.
//     Two plants that alone share a proper name as an alias ("Toyota
//     Motor Manufacturing Kentucky") are one. A generic alias ("Leipzig plant")
//     never merges anything.
//  5. Partial plant names ("Leipzig plant", "Plant Leipzig", "the Leipzig
//     site") join the one plant of an operator at that site, or when
//     several operators have a plant there, the one whose operator the
//     same document names; so does a plant known only by a proper name
//     ("Gigafactory Texas") that a document calls by its site ("Austin
//     factory"). The acronym of a plant or a place ("HMGMA", "US") joins
//     the one plant or place whose initials it is. Companies' acronyms
//     join only on alias evidence (rule 4): "GM" is never guessed.
//  6. People: a surname misspelt (one edit from five letters, two from
//     ten: "Nedeljkovic", "Neldeljkovic") joins the one person of the same
//     first names it is close to; a surname alone joins the one person of
//     the corpus with that surname, or when there are several, the one the
//     same document names. Two full names are never merged for sharing a
//     surname, nor for first names one letter apart.
//
// Weak names (a surname alone, a plant's site or acronym) that fit no
// entity join the same weak name of other documents; those that fit
// several stay apart, one node per document.
//
// Rules 2 (across types), 3, 4 and the misspelling rule never merge two
// groups that one document names apart: a document's own distinctions
// stand ("Hyundai Motor Company" and "Hyundai Motor Group"). A "!never"
// pair of the aliases file stops every rule but an entry. The result
// depends only on the set of local entities and the aliases, not on their
// order, and every merge is listed in Resolution.Merges with its rule.
type Resolver struct {
	// Aliases are the user's entries and "!never" pairs; nil for none.
	Aliases *Aliases
}

// Resolve resolves with the default rules and no aliases file.
func Resolve(locals []LocalEntity) Resolution { return (&Resolver{}).Resolve(locals) }

// Resolve groups the local entities into nodes and explains its merges.
// A nil *Resolver resolves like one without aliases.
//
// Each node's name is the full form its documents use most (by mentions,
// then documents, then the spelling with diacritics, then the longer, then
// the first in byte order), or its aliases entry's name. Its aliases are
// every other name, alias and surface form of its local entities and of
// its entry, except forms that name another node of the type (and, for
// companies, forms that begin with another company's whole name and not
// with this one's). Node IDs are NodeID of type and name; when two nodes
// would share one, the one with fewer mentions gets "#2", and so on.
func (r *Resolver) Resolve(locals []LocalEntity) Resolution {
	var aliases *Aliases
	if r != nil {
		aliases = r.Aliases
	}
	s := newResolveState(locals, aliases)
	s.applyEntries()
	s.mergeSameName()
	s.mergeNormalized()
	s.mergeByAliases()
	s.mergePartialPlants()
	s.mergePlaceAcronyms()
	s.mergePeople()
	s.mergeLeftovers()
	s.mergeByAliases()
	return s.resolution()
}

// rlocal is a local entity with what the rules compare it by. It points
// into the caller's slice, which Resolve does not change, rather than copy
// the entity: the resolver holds every local entity of the corpus at once.
type rlocal struct {
	*LocalEntity
	keys     []string // matchKeys(Name), shared by the locals of one name
	mentions int
}

// rgroup is a group of local entities under one union-find root. Only
// groups that have been merged or pinned have one: a local entity alone
// under its own root is described by the entity itself (see members,
// hasDoc, hasName), which saves two maps for each of the many local
// entities before the first rule runs.
type rgroup struct {
	members []int
	docs    map[string]bool
	names   map[string]bool // name keys of the members
	pin     int             // aliases entry index + 1; 0 for none
	typ     EntityType      // typeOf, once known; "" until then
}

type resolveState struct {
	ls     []rlocal
	parent []int
	// groups holds, by root, the groups made by union or pinned by an
	// aliases entry; it is nil for other indexes, among them the roots
	// that are still a single local entity.
	groups  []*rgroup
	aliases *Aliases
	never   [][2][]string
	merges  []merge
	// ambiguous marks the weak local entities that fit several
	// entities: they stay apart rather than join each other.
	ambiguous map[int]bool
	memo      memo
}

// memo keeps the name analysis of every form, which the rules ask for
// again and again.
type memo struct {
	matchKeys map[string][]string // by name
	formKeys  map[string][]string // by typedKey(type, form)
	plantKeys map[string][]string
	weak      map[string]bool // by typedKey(type, name)
}

// matchKeys is matchKeys, remembered. The slices are shared: callers
// must not change them.
func (s *resolveState) matchKeys(name string) []string {
	keys, ok := s.memo.matchKeys[name]
	if !ok {
		keys = matchKeys(name)
		s.memo.matchKeys[name] = keys
	}
	return keys
}

// formKeys is formKeys, remembered.
func (s *resolveState) formKeys(form string, t EntityType) []string {
	k := typedKey(t, form)
	keys, ok := s.memo.formKeys[k]
	if !ok {
		keys = formKeys(form, t)
		s.memo.formKeys[k] = keys
	}
	return keys
}

// plantKeys is plantKeys, remembered.
func (s *resolveState) plantKeys(name string) []string {
	keys, ok := s.memo.plantKeys[name]
	if !ok {
		keys = plantKeys(name)
		s.memo.plantKeys[name] = keys
	}
	return keys
}

// isWeak is isWeak, remembered.
func (s *resolveState) isWeak(name string, t EntityType) bool {
	k := typedKey(t, name)
	w, ok := s.memo.weak[k]
	if !ok {
		w = isWeak(name, t)
		s.memo.weak[k] = w
	}
	return w
}

// merge is a Merge by the indexes of its two local entities in ls. Nearly
// every local entity is merged into another, and a Merge, which names
// both by document and key, is several times the size.
type merge struct {
	rule string
	a, b int
}

// guard says whether a merge must respect the documents' distinctions.
type guard bool

const (
	strong  guard = false // merge even when a document has both sides
	docSafe guard = true  // no merge when a document has both sides
)

func newResolveState(in []LocalEntity, aliases *Aliases) *resolveState {
	s := &resolveState{aliases: aliases, ambiguous: map[int]bool{},
		memo: memo{matchKeys: map[string][]string{}, formKeys: map[string][]string{},
			plantKeys: map[string][]string{}, weak: map[string]bool{}}}
	s.ls = make([]rlocal, len(in))
	for i := range in {
		l := &in[i]
		s.ls[i] = rlocal{LocalEntity: l, keys: s.matchKeys(l.Name), mentions: len(l.Mentions)}
	}
	sort.SliceStable(s.ls, func(i, j int) bool {
		a, b := s.ls[i], s.ls[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		return a.Key().Less(b.Key())
	})
	if aliases != nil {
		for _, p := range aliases.Never {
			s.never = append(s.never, [2][]string{matchKeys(p.A), matchKeys(p.B)})
		}
	}
	s.parent = make([]int, len(s.ls))
	for i := range s.parent {
		s.parent[i] = i
	}
	s.groups = make([]*rgroup, len(s.ls))
	// The same local entity listed twice is one.
	for i := 1; i < len(s.ls); i++ {
		if s.ls[i].Doc == s.ls[i-1].Doc && s.ls[i].Key() == s.ls[i-1].Key() {
			s.union(i-1, i, RuleSameName, strong)
		}
	}
	return s
}

func (s *resolveState) find(i int) int {
	for s.parent[i] != i {
		s.parent[i] = s.parent[s.parent[i]]
		i = s.parent[i]
	}
	return i
}

func (s *resolveState) ref(i int) LocalRef { return LocalRef{Doc: s.ls[i].Doc, Key: s.ls[i].Key()} }

// canUnion reports whether the groups of a and b may merge under g.
func (s *resolveState) canUnion(a, b int, g guard) bool {
	ra, rb := s.find(a), s.find(b)
	if ra == rb {
		return false
	}
	if pa, pb := s.pin(ra), s.pin(rb); pa != 0 && pb != 0 && pa != pb {
		return false
	}
	for _, p := range s.never {
		if s.hasName(ra, p[0]) && s.hasName(rb, p[1]) || s.hasName(ra, p[1]) && s.hasName(rb, p[0]) {
			return false
		}
	}
	if g == docSafe && s.shareDoc(ra, rb) {
		return false
	}
	return true
}

// group returns the group of root r, made if r is still a single local
// entity.
func (s *resolveState) group(r int) *rgroup {
	if g := s.groups[r]; g != nil {
		return g
	}
	l := s.ls[r]
	g := &rgroup{members: []int{r}, docs: map[string]bool{l.Doc: true}, names: map[string]bool{}}
	for _, k := range l.keys {
		g.names[k] = true
	}
	s.groups[r] = g
	return g
}

// members returns the local entities of the group of root r. The slice
// belongs to the group: callers must not change it.
func (s *resolveState) members(r int) []int {
	if g := s.groups[r]; g != nil {
		return g.members
	}
	return []int{r}
}

// pin returns the aliases entry index + 1 of the group of root r; 0 for
// none.
func (s *resolveState) pin(r int) int {
	if g := s.groups[r]; g != nil {
		return g.pin
	}
	return 0
}

// docCount returns the number of documents of the group of root r.
func (s *resolveState) docCount(r int) int {
	if g := s.groups[r]; g != nil {
		return len(g.docs)
	}
	return 1
}

// hasDoc reports whether a member of the group of root r is of document
// doc.
func (s *resolveState) hasDoc(r int, doc string) bool {
	if g := s.groups[r]; g != nil {
		return g.docs[doc]
	}
	return s.ls[r].Doc == doc
}

// docSet returns the documents of the group of root r. It belongs to the
// group: callers must not change it.
func (s *resolveState) docSet(r int) map[string]bool {
	if g := s.groups[r]; g != nil {
		return g.docs
	}
	return map[string]bool{s.ls[r].Doc: true}
}

// shareDoc reports whether the groups of roots a and b have a document in
// common.
func (s *resolveState) shareDoc(a, b int) bool {
	ga, gb := s.groups[a], s.groups[b]
	switch {
	case ga == nil:
		return s.hasDoc(b, s.ls[a].Doc)
	case gb == nil:
		return ga.docs[s.ls[b].Doc]
	}
	small, large := ga.docs, gb.docs
	if len(small) > len(large) {
		small, large = large, small
	}
	for d := range small {
		if large[d] {
			return true
		}
	}
	return false
}

// hasName reports whether a member of the group of root r has a name key
// among keys.
func (s *resolveState) hasName(r int, keys []string) bool {
	if g := s.groups[r]; g != nil {
		return hasAny(g.names, keys)
	}
	for _, k := range keys {
		if contains2(s.ls[r].keys, k) {
			return true
		}
	}
	return false
}

// union merges the groups of a and b when canUnion allows, recording why.
func (s *resolveState) union(a, b int, rule string, g guard) bool {
	if !s.canUnion(a, b, g) {
		return false
	}
	ra, rb := s.find(a), s.find(b)
	if rb < ra {
		ra, rb = rb, ra
	}
	ga := s.group(ra)
	if gb := s.groups[rb]; gb != nil {
		ga.members = append(ga.members, gb.members...)
		for d := range gb.docs {
			ga.docs[d] = true
		}
		for k := range gb.names {
			ga.names[k] = true
		}
		if ga.pin == 0 {
			ga.pin = gb.pin
		}
	} else {
		ga.members = append(ga.members, rb)
		ga.docs[s.ls[rb].Doc] = true
		for _, k := range s.ls[rb].keys {
			ga.names[k] = true
		}
	}
	s.parent[rb] = ra
	ga.typ = ""
	s.groups[rb] = nil
	s.merges = append(s.merges, merge{rule: rule, a: a, b: b})
	return true
}

func hasAny(set map[string]bool, keys []string) bool {
	for _, k := range keys {
		if set[k] {
			return true
		}
	}
	return false
}

// roots returns the current group roots in order.
func (s *resolveState) roots() []int {
	var out []int
	for i, p := range s.parent {
		if p == i {
			out = append(out, i)
		}
	}
	return out
}

// typeOf returns a group's type: its entry's, or the type with the most
// mentions among its members, then the most documents, then the first in
// EntityTypes order.
func (s *resolveState) typeOf(root int) EntityType {
	r := s.find(root)
	g := s.groups[r]
	if g == nil {
		return s.ls[r].Type // one local entity, no entry
	}
	if g.pin != 0 {
		return s.aliases.Entries[g.pin-1].Type
	}
	if g.typ != "" {
		return g.typ
	}
	mentions := map[EntityType]int{}
	docs := map[EntityType]map[string]bool{}
	for _, m := range g.members {
		l := s.ls[m]
		mentions[l.Type] += l.mentions
		if docs[l.Type] == nil {
			docs[l.Type] = map[string]bool{}
		}
		docs[l.Type][l.Doc] = true
	}
	best := EntityType("")
	for _, t := range EntityTypes() {
		if docs[t] == nil {
			continue
		}
		if best == "" || mentions[t] > mentions[best] ||
			mentions[t] == mentions[best] && len(docs[t]) > len(docs[best]) {
			best = t
		}
	}
	if best == "" {
		best = s.ls[g.members[0]].Type // a type outside the schema
	}
	g.typ = best
	return best
}

// weight returns the mentions and documents of a group.
func (s *resolveState) weight(root int) (mentions, docs int) {
	r := s.find(root)
	for _, m := range s.members(r) {
		mentions += s.ls[m].mentions
	}
	return mentions, s.docCount(r)
}

// isWeak reports whether a name of type t only points at an entity that
// a fuller name names: a surname alone, a plant named by its site only,
// an acronym. Weak names are resolved one document at a time.
func isWeak(name string, t EntityType) bool {
	switch t {
	case Person:
		return len(personTokens(Fold(name))) == 1
	case Plant:
		if isAcronym(name) {
			return true
		}
		p, ok := parsePlant(name)
		return ok && p.op == ""
	}
	return false
}

// clusterBuckets merges, in each bucket, the groups that may merge. The
// groups are taken largest first; one joins the single cluster it may
// merge with, starts a cluster when there is none, and stays alone when
// it could join several that are kept apart from each other. differ,
// when not nil, must hold for two groups to be compared at all.
func (s *resolveState) clusterBuckets(buckets map[string][]int, rule string, differ func(a, b int) bool) {
	keys := make([]string, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		locals := buckets[k]
		if len(locals) < 2 {
			continue
		}
		// One representative local per group, the first.
		rep := map[int]int{}
		var groups []int
		for _, i := range locals {
			r := s.find(i)
			if _, ok := rep[r]; !ok {
				rep[r] = i
				groups = append(groups, r)
			}
		}
		if len(groups) < 2 {
			continue
		}
		sort.SliceStable(groups, func(a, b int) bool {
			ma, da := s.weight(groups[a])
			mb, db := s.weight(groups[b])
			if ma != mb {
				return ma > mb
			}
			if da != db {
				return da > db
			}
			return groups[a] < groups[b]
		})
		var clusters []int // representative locals
		for _, g := range groups {
			i := rep[g]
			var fits []int
			for _, c := range clusters {
				if differ != nil && !differ(c, i) {
					continue
				}
				if s.canUnion(c, i, docSafe) {
					fits = append(fits, c)
				}
			}
			switch len(fits) {
			case 0:
				clusters = append(clusters, i)
			case 1:
				s.union(fits[0], i, rule, docSafe)
			}
		}
	}
}

// forms returns a local entity's name, aliases and surface forms.
func (l rlocal) forms() []string {
	out := append([]string{l.Name}, l.Aliases...)
	for _, m := range l.Mentions {
		out = append(out, m.Text)
	}
	return out
}

func contains2(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func overlapsSet(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// hasFull reports whether a group has a member whose name is not weak
// for type t.
func (s *resolveState) hasFull(root int, t EntityType) bool {
	for _, m := range s.members(s.find(root)) {
		if !s.isWeak(s.ls[m].Name, t) {
			return true
		}
	}
	return false
}

func uniqueInts(xs []int) []int {
	sort.Ints(xs)
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func uniqueStrings(ss []string) []string {
	sort.Strings(ss)
	out := ss[:0]
	for i, x := range ss {
		if x != "" && (i == 0 || x != ss[i-1]) {
			out = append(out, x)
		}
	}
	return out
}
