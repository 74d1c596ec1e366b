package graph

import (
	"errors"
	"fmt"
	"sort"

	dgraph "github.com/dominikbraun/graph"
)

// ErrNoPath is returned, wrapped, by ShortestPath when no chain of edges
// links the two nodes.
var ErrNoPath = errors.New("no path")

// connections is the graph seen by the path algorithms: node IDs and, for
// each, its neighbours in ID order, every edge taken as undirected and
// several predicates between two nodes as one link.
//
// It is built through dominikbraun/graph, which keeps one edge per pair of
// vertices. The traversals themselves are done here on its adjacency map:
// the library's ShortestPath breaks ties between equally short paths in map
// order, and its BFSWithDepth counts visited vertices rather than levels
// (dominikbraun/graph#153), so neither gives a deterministic or correct
// answer on its own.
type connections struct {
	adj map[string][]string
}

// connections returns the undirected view of g, built once.
func (g *Graph) connections() (*connections, error) {
	g.connOnce.Do(func() { g.conn, g.connErr = g.buildConnections() })
	return g.conn, g.connErr
}

// buildConnections builds the undirected view of g.
func (g *Graph) buildConnections() (*connections, error) {
	u := dgraph.New(dgraph.StringHash)
	for _, n := range g.Nodes {
		if err := u.AddVertex(n.ID); err != nil && !errors.Is(err, dgraph.ErrVertexAlreadyExists) {
			return nil, fmt.Errorf("add node %q: %w", n.ID, err)
		}
	}
	for _, e := range g.Edges {
		if e.Source == e.Target {
			continue
		}
		err := u.AddEdge(e.Source, e.Target)
		switch {
		case err == nil, errors.Is(err, dgraph.ErrEdgeAlreadyExists):
		case errors.Is(err, dgraph.ErrVertexNotFound):
			// An edge to a node the graph does not hold; NewGraph drops these.
		default:
			return nil, fmt.Errorf("add edge %q -> %q: %w", e.Source, e.Target, err)
		}
	}
	am, err := u.AdjacencyMap()
	if err != nil {
		return nil, fmt.Errorf("adjacency: %w", err)
	}
	c := &connections{adj: make(map[string][]string, len(am))}
	for v, m := range am {
		ns := make([]string, 0, len(m))
		for w := range m {
			ns = append(ns, w)
		}
		sort.Strings(ns)
		c.adj[v] = ns
	}
	return c, nil
}

// distances returns the number of hops from start to every node at most
// max hops away (every reachable node when max < 0). Start itself is at 0.
func (c *connections) distances(start string, max int) map[string]int {
	dist := map[string]int{}
	if _, ok := c.adj[start]; !ok {
		return dist
	}
	dist[start] = 0
	level := []string{start}
	for d := 1; len(level) > 0 && (max < 0 || d <= max); d++ {
		var next []string
		for _, v := range level {
			for _, w := range c.adj[v] {
				if _, seen := dist[w]; !seen {
					dist[w] = d
					next = append(next, w)
				}
			}
		}
		level = next
	}
	return dist
}

// ShortestPath returns the IDs of the nodes along a shortest chain of edges
// from one node to another, both ends included. from and to are node IDs
// or names that Find resolves. Edges count in either direction; PathEdges
// gives the edges along the path with their real direction. Among equally
// short paths it returns the one whose IDs come first in order, step by
// step. A path from a node to itself is that node alone. The error is a
// *NameError when from or to names no single node, and wraps ErrNoPath when
// the two are not connected.
func (g *Graph) ShortestPath(from, to string) ([]string, error) {
	a, err := g.Find(from)
	if err != nil {
		return nil, fmt.Errorf("path start: %w", err)
	}
	b, err := g.Find(to)
	if err != nil {
		return nil, fmt.Errorf("path end: %w", err)
	}
	c, err := g.connections()
	if err != nil {
		return nil, fmt.Errorf("shortest path: %w", err)
	}
	dist := c.distances(b.ID, -1)
	if _, ok := dist[a.ID]; !ok {
		return nil, fmt.Errorf("%s to %s: %w", a.Name, b.Name, ErrNoPath)
	}
	path := []string{a.ID}
	for cur := a.ID; cur != b.ID; {
		next, found := "", false
		for _, w := range c.adj[cur] {
			if d, ok := dist[w]; ok && d == dist[cur]-1 {
				next, found = w, true
				break
			}
		}
		if !found {
			// Cannot happen: the links are symmetric, so every node at
			// distance d > 0 has a neighbour at d-1.
			return nil, fmt.Errorf("%s to %s: broken path at %s", a.Name, b.Name, cur)
		}
		cur = next
		path = append(path, cur)
	}
	return path, nil
}

// PathEdges returns the edges between each pair of consecutive IDs, in
// either direction, as they are in the graph: with their own source,
// target, predicate and evidence. Pairs linked by several predicates give
// several edges, in graph order; pairs not linked give none.
func (g *Graph) PathEdges(ids []string) []Edge {
	type pair struct{ a, b string }
	link := func(a, b string) pair {
		if b < a {
			a, b = b, a
		}
		return pair{a, b}
	}
	byPair := map[pair][]Edge{}
	for _, e := range g.Edges {
		p := link(e.Source, e.Target)
		byPair[p] = append(byPair[p], e)
	}
	var out []Edge
	done := map[pair]bool{}
	for i := 0; i+1 < len(ids); i++ {
		p := link(ids[i], ids[i+1])
		if done[p] {
			continue // the same step again: already reported
		}
		done[p] = true
		out = append(out, byPair[p]...)
	}
	return out
}

// Neighbors returns the subgraph of the nodes at most depth edges away
// from the node id (an ID or a name that Find resolves), edges counting in
// either direction, with every edge among those nodes. Depth 0 gives the
// node alone; a negative depth counts as 0. An id that names no single
// node gives an empty graph. The subgraph shares no slices with g.
func (g *Graph) Neighbors(id string, depth int) *Graph {
	n, err := g.Find(id)
	if err != nil {
		return NewGraph(nil, nil)
	}
	c, err := g.connections()
	if err != nil {
		return NewGraph(nil, nil)
	}
	if depth < 0 {
		depth = 0
	}
	keep := c.distances(n.ID, depth)
	var nodes []Node
	for _, n := range g.Nodes {
		if _, ok := keep[n.ID]; ok {
			n.Aliases = append([]string(nil), n.Aliases...)
			nodes = append(nodes, n)
		}
	}
	var edges []Edge
	for _, e := range g.Edges {
		_, s := keep[e.Source]
		_, t := keep[e.Target]
		if s && t {
			e.Evidence = append([]Evidence(nil), e.Evidence...)
			edges = append(edges, e)
		}
	}
	return NewGraph(nodes, edges)
}
