package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"github.com/plantgraph/plantgraph/graph"
)

// ResolveReference is Resolve as it was before it was made to hold less
// in memory: it reads every mention with its span into its own strings,
// gives the resolver copies of the local entities, and reads all the
// evidence before it writes. Tests compare Resolve with it, table by table
// and byte by byte.
func (s *Store) ResolveReference(ctx context.Context, r Resolver) error {
	if err := s.resolveReference(ctx, r); err != nil {
		return fmt.Errorf("resolve: %w", err)
	}
	return nil
}

// refLocal is a document-local entity and the document's row id.
type refLocal struct {
	docID int64
	graph.LocalEntity
}

func (s *Store) resolveReference(ctx context.Context, r Resolver) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	locals, err := refReadLocals(ctx, tx)
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
	evs, err := refReadEvidenceTriples(ctx, tx)
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

// refReadLocals groups the mentions table into document-local entities, sorted
// by document key, type and name.
func refReadLocals(ctx context.Context, tx *sql.Tx) ([]refLocal, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT m.document_id, d.key, m.local_type, m.local_name, m.surface, m.start, m."end"
		FROM mentions m JOIN documents d ON d.id = m.document_id
		ORDER BY d.key, m.local_type, m.local_name, m.start, m."end", m.surface`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var (
		locals  []refLocal
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
			locals = append(locals, refLocal{docID: docID, LocalEntity: graph.LocalEntity{
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

// refEvidenceTriple is the local triple of one evidence row.
type refEvidenceTriple struct {
	id              int64
	doc             string
	subject, object graph.Key
	predicate       graph.Predicate
}

// refReadEvidenceTriples returns the local triple of every evidence row, by id.
func refReadEvidenceTriples(ctx context.Context, tx *sql.Tx) ([]refEvidenceTriple, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT e.id, d.key, e.subject_name, e.subject_type, e.predicate, e.object_name, e.object_type
		FROM evidence e JOIN documents d ON d.id = e.document_id
		ORDER BY e.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var evs []refEvidenceTriple
	for rows.Next() {
		var (
			ev                            refEvidenceTriple
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
