package graph

import (
	"fmt"
	"strings"
	"time"
)

// FilterOptions selects a subgraph. The zero value selects the whole
// graph; each set field narrows it.
type FilterOptions struct {
	// Around is the node, by ID or by a name Find resolves, whose
	// neighbourhood to keep: the nodes at most Depth edges away from it,
	// edges counting in either direction, through the nodes and edges
	// the other options keep. The Around node itself is always kept,
	// whatever its type or mentions.
	Around string
	// Depth is how many edges out from Around to go; 0 keeps Around
	// alone and a negative depth has no limit (the connected component).
	// It is ignored without Around.
	Depth int
	// Types keeps only nodes of these types.
	Types []EntityType
	// Predicates keeps only edges with these predicates, and then only
	// the nodes such an edge touches.
	Predicates []Predicate
	// MinMentions keeps only nodes mentioned at least this often.
	MinMentions int
	// Since keeps only the evidence of documents dated on or after it, and
	// then only the edges with some evidence left and the nodes such an
	// edge touches (the graph does not say which documents mention a node,
	// so a node is dated by its edges). It is a date as YYYY-MM-DD, or a
	// month (YYYY-MM) or a year (YYYY) meaning its first day. Evidence
	// from a document without a date in DocDates is dropped.
	Since string
	// DocDates maps document keys (Evidence.Doc) to their dates as
	// YYYY-MM-DD; Since needs it.
	DocDates map[string]string
}

// IsZero reports whether o selects the whole graph.
func (o FilterOptions) IsZero() bool {
	return o.Around == "" && len(o.Types) == 0 && len(o.Predicates) == 0 &&
		o.MinMentions <= 0 && o.Since == ""
}

// ParseSince checks a FilterOptions.Since value: a date as YYYY-MM-DD, a
// month as YYYY-MM or a year as YYYY.
func ParseSince(s string) error {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return nil
			}
		}
	}
	return fmt.Errorf("bad date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// Filter returns the subgraph o selects, as a new graph that shares no
// slices with g. It applies, in turn: the node options (Types,
// MinMentions), the edge options (Predicates, Since) on the edges between
// the nodes kept, and last the neighbourhood of Around in what is left.
// The error is a *NameError, wrapped, when Around names no single node of
// g, and also reports a malformed Since.
func (g *Graph) Filter(o FilterOptions) (*Graph, error) {
	var center Node
	if o.Around != "" {
		n, err := g.Find(o.Around)
		if err != nil {
			return nil, fmt.Errorf("filter around: %w", err)
		}
		center = n
	}
	if o.Since != "" {
		if err := ParseSince(o.Since); err != nil {
			return nil, fmt.Errorf("filter since: %w", err)
		}
	}

	types := setOf(o.Types)
	preds := setOf(o.Predicates)
	keep := map[string]bool{}
	for _, n := range g.Nodes {
		switch {
		case n.ID == center.ID && o.Around != "":
		case len(types) > 0 && !types[n.Type]:
			continue
		case n.Mentions < o.MinMentions:
			continue
		}
		keep[n.ID] = true
	}

	var edges []Edge
	touched := map[string]bool{}
	for _, e := range g.Edges {
		if !keep[e.Source] || !keep[e.Target] {
			continue
		}
		if len(preds) > 0 && !preds[e.Predicate] {
			continue
		}
		evs := append([]Evidence(nil), e.Evidence...)
		if o.Since != "" {
			evs = evs[:0]
			for _, ev := range e.Evidence {
				if d := o.DocDates[ev.Doc]; d != "" && d >= o.Since {
					evs = append(evs, ev)
				}
			}
			if len(evs) == 0 {
				continue
			}
		}
		e.Evidence = evs
		edges = append(edges, e)
		touched[e.Source], touched[e.Target] = true, true
	}
	if len(preds) > 0 || o.Since != "" {
		for id := range keep {
			if !touched[id] && !(o.Around != "" && id == center.ID) {
				delete(keep, id)
			}
		}
	}

	var nodes []Node
	for _, n := range g.Nodes {
		if keep[n.ID] {
			n.Aliases = append([]string(nil), n.Aliases...)
			nodes = append(nodes, n)
		}
	}
	sub := NewGraph(nodes, edges)
	if o.Around == "" {
		return sub, nil
	}

	c, err := sub.connections()
	if err != nil {
		return nil, fmt.Errorf("filter around: %w", err)
	}
	near := c.distances(center.ID, o.Depth)
	nodes, edges = nil, nil
	for _, n := range sub.Nodes {
		if _, ok := near[n.ID]; ok {
			nodes = append(nodes, n)
		}
	}
	for _, e := range sub.Edges {
		_, s := near[e.Source]
		_, t := near[e.Target]
		if s && t {
			edges = append(edges, e)
		}
	}
	return NewGraph(nodes, edges), nil
}

func setOf[T comparable](xs []T) map[T]bool {
	if len(xs) == 0 {
		return nil
	}
	m := make(map[T]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// ParseTypes reads a comma-separated list of entity types, such as
// "company,plant". Blanks around names and empty items are ignored; an
// unknown type is an error.
func ParseTypes(s string) ([]EntityType, error) {
	var out []EntityType
	for _, f := range splitList(s) {
		t, err := ParseEntityType(f)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// ParsePredicates reads a comma-separated list of predicates, such as
// "produces,operates", as ParseTypes reads types.
func ParsePredicates(s string) ([]Predicate, error) {
	var out []Predicate
	for _, f := range splitList(s) {
		p, err := ParsePredicate(f)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
