package graph

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NameError reports a name that Find could not resolve to one node: it
// names none (Matches empty, Suggestions may hold near names) or several
// (Matches holds them).
type NameError struct {
	Name        string
	Matches     []Node
	Suggestions []Node
}

func (e *NameError) Error() string {
	if len(e.Matches) > 0 {
		return fmt.Sprintf("%q matches %d nodes: %s", e.Name, len(e.Matches), listNodes(e.Matches))
	}
	if len(e.Suggestions) > 0 {
		return fmt.Sprintf("no node named %q; did you mean %s?", e.Name, listNodes(e.Suggestions))
	}
	return fmt.Sprintf("no node named %q", e.Name)
}

func listNodes(ns []Node) string {
	const most = 5
	var parts []string
	for i, n := range ns {
		if i == most {
			parts = append(parts, fmt.Sprintf("and %d more", len(ns)-most))
			break
		}
		parts = append(parts, fmt.Sprintf("%q (%s)", n.Name, n.Type))
	}
	return strings.Join(parts, ", ")
}

// Find returns the one node that name denotes: the node with that ID, or
// else the single node Lookup returns. When Lookup finds none or several,
// the error is a *NameError; with none it carries up to five suggestions.
func (g *Graph) Find(name string) (Node, error) {
	for _, n := range g.Nodes {
		if n.ID == name {
			return n, nil
		}
	}
	switch ms := g.Lookup(name); len(ms) {
	case 1:
		return ms[0], nil
	case 0:
		return Node{}, &NameError{Name: name, Suggestions: g.Suggest(name, 5)}
	default:
		return Node{}, &NameError{Name: name, Matches: ms}
	}
}

// Lookup returns the nodes a name denotes, forgivingly, in ID order. It
// tries in turn, stopping at the first step that finds any: the node ID,
// canonical name or an alias equal to name; a name or alias equal to it
// after Fold (case, diacritics, punctuation, plural s) or, for names in
// scripts Fold drops, after lower-casing; a name or alias containing it in
// those forms. A blank name finds nothing.
func (g *Graph) Lookup(name string) []Node {
	q := strings.TrimSpace(name)
	if q == "" {
		return nil
	}
	nodes := sortedNodes(g.Nodes)
	exact := func(n Node) bool {
		if n.ID == name || n.Name == q {
			return true
		}
		for _, a := range n.Aliases {
			if a == q {
				return true
			}
		}
		return false
	}
	qk := keysOf(q)
	same := func(n Node) bool { return anyName(n, func(s string) bool { return keysOf(s).equal(qk) }) }
	within := func(n Node) bool { return anyName(n, func(s string) bool { return keysOf(s).contains(qk) }) }
	for _, match := range []func(Node) bool{exact, same, within} {
		var out []Node
		for _, n := range nodes {
			if match(n) {
				out = append(out, n)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// Suggest returns up to n nodes whose name or an alias is closest to name
// by edit distance between folded forms, for "did you mean". Only names
// within max(2, a third of the folded length) edits count. Ties go to the
// node with more mentions, then the smaller ID.
func (g *Graph) Suggest(name string, n int) []Node {
	q := keysOf(name).main()
	if q == "" || n <= 0 {
		return nil
	}
	limit := max(2, utf8.RuneCountInString(q)/3)
	type cand struct {
		node Node
		dist int
	}
	var cs []cand
	for _, nd := range g.Nodes {
		best := -1
		anyName(nd, func(s string) bool {
			k := keysOf(s).main()
			if k == "" {
				return false
			}
			if d := editDistance(q, k); best < 0 || d < best {
				best = d
			}
			return false
		})
		if best >= 0 && best <= limit {
			cs = append(cs, cand{nd, best})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		if a.node.Mentions != b.node.Mentions {
			return a.node.Mentions > b.node.Mentions
		}
		return a.node.ID < b.node.ID
	})
	var out []Node
	for i := 0; i < len(cs) && i < n; i++ {
		out = append(out, cs[i].node)
	}
	return out
}

// anyName reports whether f holds for the node's name or one of its aliases.
func anyName(n Node, f func(string) bool) bool {
	if f(n.Name) {
		return true
	}
	for _, a := range n.Aliases {
		if f(a) {
			return true
		}
	}
	return false
}

// nameKeys are the forms names are compared in: Fold, and a looser fold
// that keeps letters of every script, for names such as "宁德时代" that
// Fold reduces to nothing.
type nameKeys struct{ fold, loose string }

func keysOf(s string) nameKeys { return nameKeys{Fold(s), looseFold(s)} }

func (k nameKeys) main() string {
	if k.fold != "" {
		return k.fold
	}
	return k.loose
}

func (k nameKeys) equal(q nameKeys) bool {
	return q.fold != "" && k.fold == q.fold || q.loose != "" && k.loose == q.loose
}

func (k nameKeys) contains(q nameKeys) bool {
	return q.fold != "" && strings.Contains(k.fold, q.fold) || q.loose != "" && strings.Contains(k.loose, q.loose)
}

// looseFold lower-cases s, drops combining marks and turns every run of
// characters other than letters and digits (of any script) into one space.
func looseFold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// ProducesFilter narrows Produces. Each non-empty field must match, after
// Fold (or, for scripts Fold drops, lower-casing), part of a name or alias:
// Company the producing or operating company, Product the product, Plant
// the plant, and Where a place of the row's location chain or the plant's
// own name. Rows without a company or plant do not match a Company or
// Plant filter.
type ProducesFilter struct {
	Company, Product, Plant, Where string
}

// ProducesRow says who produces what where.
type ProducesRow struct {
	// Company produces Product itself, or operates Plant; empty when
	// nothing says who operates the plant.
	Company string
	Product string
	// Plant is empty when the company itself is said to produce.
	Plant string
	// Location is the located_in chain of the plant, or of the company when
	// there is no plant, most specific place first: "Regensburg, Germany".
	Location string
	// Docs are the distinct keys of the documents that state the row's
	// produces, operates and located_in edges, sorted.
	Docs []string
}

// maxLocationHops bounds the located_in chain of a row.
const maxLocationHops = 4

// Produces answers "who produces what where" from the produces edges, one
// row per edge and operator: a plant's row names each company that
// operates it (or none), a company's row names no plant. Rows that say the
// same are merged; rows are sorted by company, product, plant, location.
func (g *Graph) Produces(f ProducesFilter) []ProducesRow {
	ix := newIndex(g)
	matches := func(q string, n Node) bool {
		if q == "" {
			return true
		}
		qk := keysOf(q)
		return anyName(n, func(s string) bool { return keysOf(s).contains(qk) })
	}
	where := func(plant *Node, chain []Node) bool {
		if f.Where == "" {
			return true
		}
		if plant != nil && matches(f.Where, *plant) {
			return true
		}
		for _, n := range chain {
			if matches(f.Where, n) {
				return true
			}
		}
		return false
	}
	var rows []ProducesRow
	for _, e := range ix.edges {
		if e.Predicate != Produces {
			continue
		}
		subj, ok1 := ix.nodes[e.Source]
		prod, ok2 := ix.nodes[e.Target]
		if !ok1 || !ok2 || !matches(f.Product, prod) {
			continue
		}
		if subj.Type != Plant {
			if f.Plant != "" || !matches(f.Company, subj) {
				continue
			}
			chain, used := ix.locate(subj.ID)
			if !where(nil, chain) {
				continue
			}
			rows = append(rows, ProducesRow{
				Company:  subj.Name,
				Product:  prod.Name,
				Location: joinNames(chain),
				Docs:     docsOf(append([]Edge{e}, used...)),
			})
			continue
		}
		if !matches(f.Plant, subj) {
			continue
		}
		chain, used := ix.locate(subj.ID)
		if !where(&subj, chain) {
			continue
		}
		row := ProducesRow{Product: prod.Name, Plant: subj.Name, Location: joinNames(chain)}
		ops := ix.operators(subj.ID)
		if len(ops) == 0 && f.Company == "" {
			row.Docs = docsOf(append([]Edge{e}, used...))
			rows = append(rows, row)
		}
		for _, op := range ops {
			if c := ix.nodes[op.Source]; matches(f.Company, c) {
				row.Company = c.Name
				row.Docs = docsOf(append([]Edge{e, op}, used...))
				rows = append(rows, row)
			}
		}
	}
	return mergeRows(rows)
}

func joinNames(ns []Node) string {
	names := make([]string, len(ns))
	for i, n := range ns {
		names[i] = n.Name
	}
	return strings.Join(names, ", ")
}

// docsOf returns the distinct non-empty document keys of the edges'
// evidence, sorted.
func docsOf(es []Edge) []string {
	var docs []string
	for _, e := range es {
		for _, ev := range e.Evidence {
			if ev.Doc != "" {
				docs = append(docs, ev.Doc)
			}
		}
	}
	return uniqueSorted(docs)
}

func uniqueSorted(ss []string) []string {
	sort.Strings(ss)
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// mergeRows sorts rows and merges those alike but for their documents.
func mergeRows(rows []ProducesRow) []ProducesRow {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		switch {
		case a.Company != b.Company:
			return a.Company < b.Company
		case a.Product != b.Product:
			return a.Product < b.Product
		case a.Plant != b.Plant:
			return a.Plant < b.Plant
		}
		return a.Location < b.Location
	})
	var out []ProducesRow
	for _, r := range rows {
		if k := len(out) - 1; k >= 0 && out[k].Company == r.Company && out[k].Product == r.Product &&
			out[k].Plant == r.Plant && out[k].Location == r.Location {
			out[k].Docs = uniqueSorted(append(out[k].Docs, r.Docs...))
			continue
		}
		out = append(out, r)
	}
	return out
}

// index is a read-only lookup over a graph, built for one query.
type index struct {
	nodes     map[string]Node
	edges     []Edge            // in graph order
	locatedIn map[string][]Edge // by source
	inside    map[string]int    // how many located_in edges point at a node
	operates  map[string][]Edge // by target
}

func newIndex(g *Graph) *index {
	ix := &index{
		nodes:     make(map[string]Node, len(g.Nodes)),
		edges:     sortedEdges(g.Edges),
		locatedIn: map[string][]Edge{},
		inside:    map[string]int{},
		operates:  map[string][]Edge{},
	}
	for _, n := range g.Nodes {
		if _, dup := ix.nodes[n.ID]; !dup {
			ix.nodes[n.ID] = n
		}
	}
	for _, e := range ix.edges {
		if _, ok := ix.nodes[e.Source]; !ok {
			continue
		}
		if _, ok := ix.nodes[e.Target]; !ok {
			continue
		}
		switch e.Predicate {
		case LocatedIn:
			ix.locatedIn[e.Source] = append(ix.locatedIn[e.Source], e)
			ix.inside[e.Target]++
		case Operates:
			ix.operates[e.Target] = append(ix.operates[e.Target], e)
		}
	}
	return ix
}

// operators returns the operates edges that point at the plant.
func (ix *index) operators(plant string) []Edge { return ix.operates[plant] }

// locate follows located_in edges from start for at most maxLocationHops
// places, never visiting a node twice, and returns the places in order and
// the edges it followed. Each hop goes from the last place reached, or,
// when that is in nothing known, from the closest earlier one (a plant "in
// Regensburg" and "in Germany" gives "Regensburg, Germany"). Of several
// places, it takes the most specific: one no other candidate lies in, then
// the one fewest things lie in, then by name and ID.
func (ix *index) locate(start string) ([]Node, []Edge) {
	seen := map[string]bool{start: true}
	from := []string{start}
	var places []Node
	var used []Edge
	for len(places) < maxLocationHops {
		var cands []Edge
		for i := len(from) - 1; i >= 0 && len(cands) == 0; i-- {
			for _, e := range ix.locatedIn[from[i]] {
				if !seen[e.Target] {
					cands = append(cands, e)
				}
			}
		}
		if len(cands) == 0 {
			break
		}
		e := ix.mostSpecific(cands)
		seen[e.Target] = true
		from = append(from, e.Target)
		places = append(places, ix.nodes[e.Target])
		used = append(used, e)
	}
	return places, used
}

func (ix *index) mostSpecific(cands []Edge) Edge {
	var inner []Edge
	for _, c := range cands {
		outer := false
		for _, o := range cands {
			if o.Target != c.Target && ix.within(o.Target, c.Target) {
				outer = true
				break
			}
		}
		if !outer {
			inner = append(inner, c)
		}
	}
	if len(inner) == 0 {
		inner = cands // the candidates lie in each other: a cycle
	}
	best := inner[0]
	for _, c := range inner[1:] {
		if ix.lessSpecific(best.Target, c.Target) {
			best = c
		}
	}
	return best
}

// lessSpecific reports whether place b is a better pick than place a.
func (ix *index) lessSpecific(a, b string) bool {
	na, nb := ix.nodes[a], ix.nodes[b]
	switch {
	case ix.inside[a] != ix.inside[b]:
		return ix.inside[b] < ix.inside[a]
	case na.Docs != nb.Docs:
		return nb.Docs < na.Docs
	case na.Mentions != nb.Mentions:
		return nb.Mentions < na.Mentions
	case na.Name != nb.Name:
		return nb.Name < na.Name
	}
	return b < a
}

// within reports whether located_in edges lead from a to b in at most
// maxLocationHops steps.
func (ix *index) within(a, b string) bool {
	seen := map[string]bool{a: true}
	level := []string{a}
	for d := 0; d < maxLocationHops && len(level) > 0; d++ {
		var next []string
		for _, v := range level {
			for _, e := range ix.locatedIn[v] {
				if e.Target == b {
					return true
				}
				if !seen[e.Target] {
					seen[e.Target] = true
					next = append(next, e.Target)
				}
			}
		}
		level = next
	}
	return false
}

// Stats summarises a graph.
type Stats struct {
	Nodes    int `json:"nodes"`
	Edges    int `json:"edges"`
	Evidence int `json:"evidence"` // sentences over all edges
	// Types counts nodes by type: the schema's types in schema order, then
	// any others by name.
	Types []TypeCount `json:"types"`
	// Predicates counts edges by predicate, in the same way.
	Predicates []PredicateCount `json:"predicates"`
	// Top are the StatsTop nodes with the most edges, most first, ties by
	// ID; nodes without edges are left out.
	Top []NodeDegree `json:"top"`
}

// StatsTop is how many of the most connected nodes Stats lists.
const StatsTop = 10

// TypeCount is the number of nodes of one type.
type TypeCount struct {
	Type  EntityType `json:"type"`
	Count int        `json:"count"`
}

// PredicateCount is the number of edges with one predicate.
type PredicateCount struct {
	Predicate Predicate `json:"predicate"`
	Count     int       `json:"count"`
}

// NodeDegree is a node and the number of edges that touch it, in either
// direction; an edge from a node to itself counts once.
type NodeDegree struct {
	Node   Node `json:"node"`
	Degree int  `json:"degree"`
}

// knownFirst returns every known key, counted or not, in the order given,
// then the other keys of counts sorted: stats list the schema's types and
// predicates first, and anything else a database holds after them.
func knownFirst[K ~string](counts map[K]int, known []K) []K {
	out := append([]K(nil), known...)
	var others []K
	for k := range counts {
		if !slices.Contains(known, k) {
			others = append(others, k)
		}
	}
	slices.Sort(others)
	return append(out, others...)
}

// Stats counts the graph's nodes by type and edges by predicate and finds
// its most connected nodes.
func (g *Graph) Stats() Stats {
	s := Stats{Nodes: len(g.Nodes), Edges: len(g.Edges)}
	types := map[EntityType]int{}
	for _, n := range g.Nodes {
		types[n.Type]++
	}
	for _, t := range knownFirst(types, EntityTypes()) {
		s.Types = append(s.Types, TypeCount{t, types[t]})
	}

	preds := map[Predicate]int{}
	degree := map[string]int{}
	for _, e := range g.Edges {
		preds[e.Predicate]++
		s.Evidence += len(e.Evidence)
		degree[e.Source]++
		if e.Target != e.Source {
			degree[e.Target]++
		}
	}
	for _, p := range knownFirst(preds, Predicates()) {
		s.Predicates = append(s.Predicates, PredicateCount{p, preds[p]})
	}

	for _, n := range sortedNodes(g.Nodes) {
		if d := degree[n.ID]; d > 0 {
			s.Top = append(s.Top, NodeDegree{n, d})
			degree[n.ID] = 0 // a duplicate ID is listed once
		}
	}
	sort.SliceStable(s.Top, func(i, j int) bool { return s.Top[i].Degree > s.Top[j].Degree })
	if len(s.Top) > StatsTop {
		s.Top = s.Top[:StatsTop]
	}
	return s
}
