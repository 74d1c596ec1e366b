package graph

import "sort"

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

// Resolution maps every document's entities onto the nodes of the whole
// graph.
type Resolution struct {
	// Nodes are the resolved entities, with aliases and mention counts.
	Nodes []Node
	// Of gives the node ID for each document-local entity.
	Of map[LocalRef]string
}

// Resolve groups local entities into nodes. This first version merges
// entities of one type whose canonical names fold alike.
func Resolve(locals []LocalEntity) Resolution {
	res := Resolution{Of: make(map[LocalRef]string, len(locals))}
	byID := map[string]*Node{}
	docs := map[string]map[string]bool{}
	var order []string
	for _, le := range locals {
		id := NodeID(le.Type, le.Name)
		n, ok := byID[id]
		if !ok {
			n = &Node{ID: id, Name: le.Name, Type: le.Type}
			byID[id] = n
			docs[id] = map[string]bool{}
			order = append(order, id)
		}
		res.Of[LocalRef{Doc: le.Doc, Key: le.Key()}] = id
		n.Mentions += len(le.Mentions)
		docs[id][le.Doc] = true
		n.Aliases = append(n.Aliases, le.Name)
		n.Aliases = append(n.Aliases, le.Aliases...)
		for _, m := range le.Mentions {
			n.Aliases = append(n.Aliases, m.Text)
		}
	}
	sort.Strings(order)
	for _, id := range order {
		n := byID[id]
		n.Docs = len(docs[id])
		n.Aliases = uniqueExcept(n.Aliases, n.Name)
		res.Nodes = append(res.Nodes, *n)
	}
	return res
}

// uniqueExcept returns the distinct strings of ss other than skip, sorted.
func uniqueExcept(ss []string, skip string) []string {
	seen := map[string]bool{skip: true}
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
