package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/plantgraph/plantgraph/graph"
)

// Graph returns the graph as the last Resolve left it: a node per entity
// with its aliases, an edge per relation with every evidence row linked to
// it (Evidence.Doc is the document's key). The store reads it in one
// transaction, so it sees no half-written Resolve.
func (s *Store) Graph(ctx context.Context) (*graph.Graph, error) {
	g, err := s.graph(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	return g, nil
}

func (s *Store) graph(ctx context.Context) (*graph.Graph, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	// Nodes.
	rows, err := tx.QueryContext(ctx, `
		SELECT id, node_id, name, type, mentions, docs FROM entities ORDER BY node_id`)
	if err != nil {
		return nil, err
	}
	var nodes []graph.Node
	index := map[int64]int{} // entities.id -> index in nodes
	for rows.Next() {
		var (
			id  int64
			n   graph.Node
			typ string
		)
		if err := rows.Scan(&id, &n.ID, &n.Name, &typ, &n.Mentions, &n.Docs); err != nil {
			rows.Close()
			return nil, err
		}
		n.Type = graph.EntityType(typ)
		index[id] = len(nodes)
		nodes = append(nodes, n)
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}

	// Aliases.
	rows, err = tx.QueryContext(ctx, `SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var (
			id    int64
			alias string
		)
		if err := rows.Scan(&id, &alias); err != nil {
			rows.Close()
			return nil, err
		}
		if i, ok := index[id]; ok {
			nodes[i].Aliases = append(nodes[i].Aliases, alias)
		}
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}

	// Edges.
	rows, err = tx.QueryContext(ctx, `
		SELECT r.id, s.node_id, r.predicate, o.node_id
		FROM relations r
		JOIN entities s ON s.id = r.subject_id
		JOIN entities o ON o.id = r.object_id
		ORDER BY s.node_id, r.predicate, o.node_id`)
	if err != nil {
		return nil, err
	}
	var edges []graph.Edge
	edgeIndex := map[int64]int{} // relations.id -> index in edges
	for rows.Next() {
		var (
			id int64
			e  graph.Edge
			p  string
		)
		if err := rows.Scan(&id, &e.Source, &p, &e.Target); err != nil {
			rows.Close()
			return nil, err
		}
		e.Predicate = graph.Predicate(p)
		edgeIndex[id] = len(edges)
		edges = append(edges, e)
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}

	// Evidence.
	rows, err = tx.QueryContext(ctx, `
		SELECT e.relation_id, d.key, e.sentence, e.start, e."end", e.confidence
		FROM evidence e JOIN documents d ON d.id = e.document_id
		WHERE e.relation_id IS NOT NULL
		ORDER BY e.relation_id, d.key, e.start, e."end", e.id`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var (
			id int64
			ev graph.Evidence
		)
		if err := rows.Scan(&id, &ev.Doc, &ev.Sentence, &ev.Start, &ev.End, &ev.Confidence); err != nil {
			rows.Close()
			return nil, err
		}
		if i, ok := edgeIndex[id]; ok {
			edges[i].Evidence = append(edges[i].Evidence, ev)
		}
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	return graph.NewGraph(nodes, edges), nil
}

// closeRows closes rows and returns the error that ended the iteration.
func closeRows(rows *sql.Rows) error {
	if err := rows.Err(); err != nil {
		rows.Close()
		return err
	}
	return rows.Close()
}
