package graph

import (
	"sort"
	"strings"
	"sync"
)

// Node is one resolved entity of the whole graph.
type Node struct {
	// ID is stable across builds of the same input: the type and the
	// folded canonical name, e.g. "company:bmw group".
	ID       string
	Name     string
	Type     EntityType
	Aliases  []string
	Mentions int // how many mentions in all documents
	Docs     int // how many documents mention it
}

// Edge is one predicate between two nodes, with every sentence that states it.
type Edge struct {
	Source, Target string // node IDs
	Predicate      Predicate
	Evidence       []Evidence
}

// NodeID returns the ID a node of that type and canonical name gets.
func NodeID(t EntityType, name string) string {
	f := Fold(name)
	if f == "" {
		f = strings.ToLower(strings.TrimSpace(name))
	}
	return string(t) + ":" + f
}

// Graph is the resolved knowledge graph: nodes and edges in a deterministic
// order (nodes by ID; edges by source, predicate, target).
//
// The path and neighbourhood algorithms build their view of the graph on
// first use and keep it: change Nodes or Edges only before the first call.
type Graph struct {
	Nodes []Node
	Edges []Edge
	index map[string]int

	connOnce sync.Once
	conn     *connections
	connErr  error
}

// NewGraph returns a graph over the given nodes and edges, sorted. Edges
// whose ends are not among the nodes are dropped.
func NewGraph(nodes []Node, edges []Edge) *Graph {
	g := &Graph{Nodes: append([]Node(nil), nodes...)}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	g.reindex()
	for _, e := range edges {
		if _, ok := g.index[e.Source]; !ok {
			continue
		}
		if _, ok := g.index[e.Target]; !ok {
			continue
		}
		g.Edges = append(g.Edges, e)
	}
	sortEdges(g.Edges)
	return g
}

func (g *Graph) reindex() {
	g.index = make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		g.index[n.ID] = i
	}
}

func sortEdges(es []Edge) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Target < b.Target
	})
	for _, e := range es {
		sort.Slice(e.Evidence, func(i, j int) bool {
			a, b := e.Evidence[i], e.Evidence[j]
			if a.Doc != b.Doc {
				return a.Doc < b.Doc
			}
			return a.Start < b.Start
		})
	}
}

// Node returns the node with the given ID.
func (g *Graph) Node(id string) (Node, bool) {
	i, ok := g.index[id]
	if !ok {
		return Node{}, false
	}
	return g.Nodes[i], true
}
