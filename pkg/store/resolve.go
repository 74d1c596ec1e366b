package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"github.com/plantgraph/plantgraph/graph"
)

// Resolver merges the entities of all documents into the nodes of the
// graph. graph.Resolve is one, through ResolverFunc.
type Resolver interface {
	Resolve([]graph.LocalEntity) graph.Resolution
}

// ResolverFunc adapts a function, such as graph.Resolve, to a Resolver.
type ResolverFunc func([]graph.LocalEntity) graph.Resolution

// Resolve calls f.
func (f ResolverFunc) Resolve(locals []graph.LocalEntity) graph.Resolution { return f(locals) }

var _ Resolver = ResolverFunc(nil)

// Resolve derives the graph from the stored facts. It reads every
// document's local entities (sorted by document key, type and name, each
// with its mentions by offset and its aliases sorted), passes them to r,
// and in one transaction rewrites the entities, aliases and relations
// tables and links each mention to its entity and each evidence row to its
// relation.
//
// The relations are the distinct (subject node, predicate, object node)
// over all evidence, kept when the schema allows the predicate between the
// two nodes' types and the two nodes differ; evidence of a dropped relation
// is linked to none. Rows are written in sorted order with ids counted from
// 1, so the same facts and resolver give the same table contents.
//
// Resolve clears the mark that GraphStale reports, in the same
// transaction.
//
// Resolve fails, changing nothing, when the resolution leaves a local
// entity without a node, names a node it does not list, or lists a node
// twice.
func (s *Store) Resolve(ctx context.Context, r Resolver) error {
	if err := s.resolve(ctx, r); err != nil {
		return fmt.Errorf("resolve: %w", err)
	}
	return nil
}

// local is a document-local entity and the document's row id.
type local struct {
	docID int64
	graph.LocalEntity
}

func (s *Store) resolve(ctx context.Context, r Resolver) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	locals, err := readLocals(ctx, tx)
	if err != nil {
		return fmt.Errorf("read mentions: %w", err)
	}
	in := make([]graph.LocalEntity, len(locals))
	for i, l := range locals {
		in[i] = l.LocalEntity
	}
	res := r.Resolve(in)

	// Check the resolution and index its nodes.
	nodes := append([]graph.Node(nil), res.Nodes...)
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].ID < nodes[j].ID })
	entityID := make(map[string]int64, len(nodes)) // node ID -> entities.id
	nodeType := make(map[string]graph.EntityType, len(nodes))
	for i, n := range nodes {
		if _, dup := entityID[n.ID]; dup {
			return fmt.Errorf("node %q listed twice", n.ID)
		}
		entityID[n.ID] = int64(i + 1)
		nodeType[n.ID] = n.Type
	}
	nodeOf := func(doc string, k graph.Key) (string, error) {
		id, ok := res.Of[graph.LocalRef{Doc: doc, Key: k}]
		if !ok {
			return "", fmt.Errorf("no node for %s in document %q", k, doc)
		}
		if _, ok := entityID[id]; !ok {
			return "", fmt.Errorf("%s in document %q resolved to unknown node %q", k, doc, id)
		}
		return id, nil
	}
	localNode := make([]string, len(locals))
	for i, l := range locals {
		if localNode[i], err = nodeOf(l.Doc, l.Key()); err != nil {
			return err
		}
	}

	// Map each evidence row onto a relation between nodes.
	evs, err := readEvidenceTriples(ctx, tx)
	if err != nil {
		return fmt.Errorf("read evidence: %w", err)
	}
	type triple struct {
		subject   string
		predicate graph.Predicate
		object    string
	}
	evTriple := make(map[int64]triple, len(evs))
	seen := map[triple]bool{}
	var triples []triple
	for _, ev := range evs {
		subj, err := nodeOf(ev.doc, ev.subject)
		if err != nil {
			return err
		}
		obj, err := nodeOf(ev.doc, ev.object)
		if err != nil {
			return err
		}
		if subj == obj || !ev.predicate.Allows(nodeType[subj], nodeType[obj]) {
			continue
		}
		t := triple{subj, ev.predicate, obj}
		evTriple[ev.id] = t
		if !seen[t] {
			seen[t] = true
			triples = append(triples, t)
		}
	}
	sort.Slice(triples, func(i, j int) bool {
		a, b := triples[i], triples[j]
		if a.subject != b.subject {
			return a.subject < b.subject
		}
		if a.predicate != b.predicate {
			return a.predicate < b.predicate
		}
		return a.object < b.object
	})
	relationID := make(map[triple]int64, len(triples))
	for i, t := range triples {
		relationID[t] = int64(i + 1)
	}

	// Rewrite the graph tables. Deleting the entities cascades to aliases
	// and relations and unlinks every mention and evidence row.
	for _, q := range []string{`DELETE FROM relations`, `DELETE FROM aliases`, `DELETE FROM entities`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	if err := insertNodes(ctx, tx, nodes); err != nil {
		return err
	}
	insRelation, err := tx.PrepareContext(ctx,
		`INSERT INTO relations (id, subject_id, predicate, object_id) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insRelation.Close()
	for i, t := range triples {
		if _, err := insRelation.ExecContext(ctx, i+1,
			entityID[t.subject], string(t.predicate), entityID[t.object]); err != nil {
			return fmt.Errorf("relation %s %s %s: %w", t.subject, t.predicate, t.object, err)
		}
	}

	linkMention, err := tx.PrepareContext(ctx, `
		UPDATE mentions SET entity_id = ?
		WHERE document_id = ? AND local_type = ? AND local_name = ?`)
	if err != nil {
		return err
	}
	defer linkMention.Close()
	for i, l := range locals {
		if _, err := linkMention.ExecContext(ctx, entityID[localNode[i]],
			l.docID, string(l.Type), l.Name); err != nil {
			return fmt.Errorf("link %s in document %q: %w", l.Key(), l.Doc, err)
		}
	}
	linkEvidence, err := tx.PrepareContext(ctx, `UPDATE evidence SET relation_id = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer linkEvidence.Close()
	for _, ev := range evs {
		t, ok := evTriple[ev.id]
		if !ok {
			continue
		}
		if _, err := linkEvidence.ExecContext(ctx, relationID[t], ev.id); err != nil {
			return fmt.Errorf("link evidence %d: %w", ev.id, err)
		}
	}
	if err := setStale(ctx, tx, false); err != nil {
		return err
	}
	return tx.Commit()
}

// insertNodes writes the entities, with ids counted from 1 in the given
// order, and their aliases sorted, leaving out duplicates, empty aliases
// and the canonical name itself.
func insertNodes(ctx context.Context, tx *sql.Tx, nodes []graph.Node) error {
	insEntity, err := tx.PrepareContext(ctx, `
		INSERT INTO entities (id, node_id, name, type, mentions, docs) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insEntity.Close()
	insAlias, err := tx.PrepareContext(ctx, `INSERT INTO aliases (entity_id, alias) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer insAlias.Close()
	for i, n := range nodes {
		id := int64(i + 1)
		if _, err := insEntity.ExecContext(ctx, id, n.ID, n.Name, string(n.Type), n.Mentions, n.Docs); err != nil {
			return fmt.Errorf("node %q: %w", n.ID, err)
		}
		aliases := append([]string(nil), n.Aliases...)
		sort.Strings(aliases)
		for j, a := range aliases {
			if a == "" || a == n.Name || j > 0 && a == aliases[j-1] {
				continue
			}
			if _, err := insAlias.ExecContext(ctx, id, a); err != nil {
				return fmt.Errorf("node %q: alias %q: %w", n.ID, a, err)
			}
		}
	}
	return nil
}

// readLocals groups the mentions table into document-local entities, sorted
// by document key, type and name.
func readLocals(ctx context.Context, tx *sql.Tx) ([]local, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT m.document_id, d.key, m.local_type, m.local_name, m.surface, m.start, m."end"
		FROM mentions m JOIN documents d ON d.id = m.document_id
		ORDER BY d.key, m.local_type, m.local_name, m.start, m."end", m.surface`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var (
		locals  []local
		aliases map[string]bool
	)
	flush := func() {
		if len(locals) == 0 {
			return
		}
		l := &locals[len(locals)-1]
		for a := range aliases {
			l.Aliases = append(l.Aliases, a)
		}
		sort.Strings(l.Aliases)
	}
	for rows.Next() {
		var (
			docID        int64
			key, typ, nm string
			surface      string
			start, end   int
		)
		if err := rows.Scan(&docID, &key, &typ, &nm, &surface, &start, &end); err != nil {
			return nil, err
		}
		k := graph.Key{Name: nm, Type: graph.EntityType(typ)}
		if n := len(locals); n == 0 || locals[n-1].docID != docID || locals[n-1].Key() != k {
			flush()
			locals = append(locals, local{docID: docID, LocalEntity: graph.LocalEntity{
				Doc:    key,
				Entity: graph.Entity{Name: nm, Type: k.Type},
			}})
			aliases = map[string]bool{}
		}
		l := &locals[len(locals)-1]
		if start >= 0 {
			l.Mentions = append(l.Mentions, graph.Mention{
				Span: graph.Span{Start: start, End: end},
				Text: surface,
			})
		}
		if surface != nm {
			aliases[surface] = true
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	flush()
	return locals, nil
}

// evidenceTriple is the local triple of one evidence row.
type evidenceTriple struct {
	id              int64
	doc             string
	subject, object graph.Key
	predicate       graph.Predicate
}

// readEvidenceTriples returns the local triple of every evidence row, by id.
func readEvidenceTriples(ctx context.Context, tx *sql.Tx) ([]evidenceTriple, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT e.id, d.key, e.subject_name, e.subject_type, e.predicate, e.object_name, e.object_type
		FROM evidence e JOIN documents d ON d.id = e.document_id
		ORDER BY e.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var evs []evidenceTriple
	for rows.Next() {
		var (
			ev                            evidenceTriple
			sName, sType, p, oName, oType string
		)
		if err := rows.Scan(&ev.id, &ev.doc, &sName, &sType, &p, &oName, &oType); err != nil {
			return nil, err
		}
		ev.subject = graph.Key{Name: sName, Type: graph.EntityType(sType)}
		ev.predicate = graph.Predicate(p)
		ev.object = graph.Key{Name: oName, Type: graph.EntityType(oType)}
		evs = append(evs, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return evs, nil
}
