package graph

// This file builds the nodes of a resolution: names, aliases, IDs.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// rnode is a node being built.
type rnode struct {
	root     int
	node     Node
	canon    []string // keys of the canonical name
	forms    []string
	mentions int
}

// resolution builds the nodes and the Resolution. It is the last step: it
// leaves s unusable.
func (s *resolveState) resolution() Resolution {
	var nodes []*rnode
	for _, r := range s.roots() {
		t := s.typeOf(r)
		n := &rnode{root: r, node: Node{Type: t, Docs: s.docCount(r)}}
		var forms []string
		for _, m := range s.members(r) {
			n.mentions += s.ls[m].mentions
			forms = append(forms, s.ls[m].forms()...)
		}
		n.node.Mentions = n.mentions
		if pin := s.pin(r); pin != 0 {
			e := s.aliases.Entries[pin-1]
			n.node.Name = e.Name
			forms = append(forms, e.Aliases...)
		} else {
			n.node.Name = s.canonical(r, t)
		}
		n.canon = s.identityKeys(n.node.Name, t)
		n.forms = forms
		nodes = append(nodes, n)
	}
	// A form that is another node's name, or for companies one that
	// extends another company's name further than this one's ("Gotion
	// High-Tech" beside "Gotion" and "Gotion InoBat Batteries"), is not an
	// alias of this node, unless its aliases entry gives it.
	canonOf := map[string][]int{}
	for i, n := range nodes {
		for _, k := range n.canon {
			tk := typedKey(n.node.Type, k)
			canonOf[tk] = append(canonOf[tk], i)
		}
	}
	for i, n := range nodes {
		var entryAliases map[string]bool
		if pin := s.pin(n.root); pin != 0 {
			entryAliases = map[string]bool{}
			for _, a := range s.aliases.Entries[pin-1].Aliases {
				entryAliases[a] = true
			}
		}
		var keep []string
		for _, f := range n.forms {
			if !entryAliases[f] && (s.namesOther(f, n.node.Type, i, canonOf) ||
				n.node.Type == Company && extendsOther(f, i, nodes, canonOf)) {
				continue
			}
			keep = append(keep, f)
		}
		n.node.Aliases = uniqueExcept(keep, n.node.Name)
		n.forms = nil
	}
	// IDs: the heavier node keeps the plain ID.
	order := make([]*rnode, len(nodes))
	copy(order, nodes)
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.mentions != b.mentions {
			return a.mentions > b.mentions
		}
		if a.node.Docs != b.node.Docs {
			return a.node.Docs > b.node.Docs
		}
		return a.root < b.root
	})
	used := map[string]bool{}
	for _, n := range order {
		id := NodeID(n.node.Type, n.node.Name)
		for k := 2; used[id]; k++ {
			id = fmt.Sprintf("%s#%d", NodeID(n.node.Type, n.node.Name), k)
		}
		used[id] = true
		n.node.ID = id
	}
	// Spell out the result. This is the last step of Resolve, and Of and
	// Merges outweigh all the state but the local entities: let the
	// groups and the merges by index go as soon as they have been read.
	var res Resolution
	node := make([]int, len(s.ls)) // the index in nodes of each local's node
	for i, n := range nodes {
		for _, m := range s.members(n.root) {
			node[m] = i
		}
		res.Nodes = append(res.Nodes, n.node)
	}
	sort.Slice(res.Nodes, func(i, j int) bool { return res.Nodes[i].ID < res.Nodes[j].ID })
	s.groups, s.parent = nil, nil
	if len(s.merges) > 0 {
		res.Merges = make([]Merge, len(s.merges))
		for i, m := range s.merges {
			res.Merges[i] = Merge{Rule: m.rule, A: s.ref(m.a), B: s.ref(m.b)}
		}
	}
	s.merges = nil
	res.Of = make(map[LocalRef]string, len(s.ls))
	for i, n := range node {
		res.Of[s.ref(i)] = nodes[n].node.ID
	}
	return res
}

// identityKeys returns the keys under which two forms of type t name one
// thing for sure: their folds, a company's name without its legal form,
// a plant's operator and site. (A company's name without group words is
// left out: "Hyundai Motor Co." names Hyundai Motor Company, not Hyundai
// Motor Group.)
func (s *resolveState) identityKeys(form string, t EntityType) []string {
	var out []string
	for _, k := range s.formKeys(form, t) {
		if !strings.HasPrefix(k, "g:") {
			out = append(out, k)
		}
	}
	return out
}

// namesOther reports whether form f of type t is the name of a node
// other than node i.
func (s *resolveState) namesOther(f string, t EntityType, i int, canonOf map[string][]int) bool {
	for _, k := range s.identityKeys(f, t) {
		for _, j := range canonOf[typedKey(t, k)] {
			if j != i {
				return true
			}
		}
	}
	return false
}

// extendsOther reports whether the company name f of node i begins with
// the whole name of another company node, and with more words of it than
// of node i's own name.
func extendsOther(f string, i int, nodes []*rnode, canonOf map[string][]int) bool {
	words := strings.Fields(Fold(f))
	own := Fold(nodes[i].node.Name)
	for n := len(words) - 1; n > 0; n-- {
		prefix := strings.Join(words[:n], " ")
		if prefix == own {
			return false
		}
		for _, j := range canonOf[typedKey(Company, prefix)] {
			if j != i && Fold(nodes[j].node.Name) == prefix {
				return true
			}
		}
	}
	return false
}

// canonical picks the name of the group of root r: among the names its
// members of type t give (all members' when none has type t), the full
// ones when there are any, the one with the most mentions, then
// documents, then the most letters with diacritics, then the longest,
// then the first in byte order.
func (s *resolveState) canonical(r int, t EntityType) string {
	type cand struct {
		mentions int
		docs     map[string]bool
	}
	pick := func(filter func(rlocal) bool) map[string]*cand {
		cs := map[string]*cand{}
		for _, m := range s.members(r) {
			l := s.ls[m]
			if !filter(l) {
				continue
			}
			c := cs[l.Name]
			if c == nil {
				c = &cand{docs: map[string]bool{}}
				cs[l.Name] = c
			}
			c.mentions += l.mentions
			c.docs[l.Doc] = true
		}
		return cs
	}
	var cs map[string]*cand
	for _, f := range []func(rlocal) bool{
		func(l rlocal) bool { return l.Type == t && !s.isWeak(l.Name, t) && !isAcronym(l.Name) },
		func(l rlocal) bool { return l.Type == t && !s.isWeak(l.Name, t) },
		func(l rlocal) bool { return l.Type == t },
		func(l rlocal) bool { return true },
	} {
		if cs = pick(f); len(cs) > 0 {
			break
		}
	}
	best := ""
	for name, c := range cs {
		if best == "" {
			best = name
			continue
		}
		b := cs[best]
		switch {
		case c.mentions != b.mentions:
			if c.mentions > b.mentions {
				best = name
			}
		case len(c.docs) != len(b.docs):
			if len(c.docs) > len(b.docs) {
				best = name
			}
		case marks(name) != marks(best):
			if marks(name) > marks(best) {
				best = name
			}
		case len(name) != len(best):
			if len(name) > len(best) {
				best = name
			}
		case name < best:
			best = name
		}
	}
	return best
}

// marks counts the letters of s outside ASCII.
func marks(s string) int {
	n := 0
	for _, r := range s {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// uniqueExcept returns the distinct non-empty strings of ss other than
// skip, sorted.
func uniqueExcept(ss []string, skip string) []string {
	seen := map[string]bool{skip: true, "": true}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
