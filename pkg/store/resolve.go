package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
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
	res := r.Resolve(locals.entities)

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
	of := res.Of
	res = graph.Resolution{} // the rest of it is not needed
	nodeOf := func(doc string, k graph.Key) (string, error) {
		id, ok := of[graph.LocalRef{Doc: doc, Key: k}]
		if !ok {
			return "", fmt.Errorf("no node for %s in document %q", k, doc)
		}
		if _, ok := entityID[id]; !ok {
			return "", fmt.Errorf("%s in document %q resolved to unknown node %q", k, doc, id)
		}
		return id, nil
	}
	localEntity := make([]int64, len(locals.entities)) // entities.id of each local entity
	for i := range locals.entities {
		l := &locals.entities[i]
		id, err := nodeOf(l.Doc, l.Key())
		if err != nil {
			return err
		}
		localEntity[i] = entityID[id]
	}

	// Map each evidence row onto a relation between nodes, or none when
	// the relation is dropped.
	relate := func(doc string, subject graph.Key, p graph.Predicate, object graph.Key) (triple, bool, error) {
		subj, err := nodeOf(doc, subject)
		if err != nil {
			return triple{}, false, err
		}
		obj, err := nodeOf(doc, object)
		if err != nil {
			return triple{}, false, err
		}
		if subj == obj || !p.Allows(nodeType[subj], nodeType[obj]) {
			return triple{}, false, nil
		}
		return triple{subj, p, obj}, true, nil
	}
	links, triples, err := readEvidence(ctx, tx, relate)
	if err != nil {
		return err
	}
	of = nil
	// Relation ids count from 1 in the triples' sorted order.
	order := make([]int, len(triples))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return triples[order[i]].less(triples[order[j]]) })
	relationID := make([]int64, len(triples)) // by index in triples
	for i, t := range order {
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
	for i, ti := range order {
		t := triples[ti]
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
	for i := range locals.entities {
		l := &locals.entities[i]
		if _, err := linkMention.ExecContext(ctx, localEntity[i],
			locals.docIDs[i], string(l.Type), l.Name); err != nil {
			return fmt.Errorf("link %s in document %q: %w", l.Key(), l.Doc, err)
		}
	}
	linkEvidence, err := tx.PrepareContext(ctx, `UPDATE evidence SET relation_id = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer linkEvidence.Close()
	for _, ev := range links {
		if _, err := linkEvidence.ExecContext(ctx, relationID[ev.triple], ev.id); err != nil {
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

// localSet holds the document-local entities of the store, sorted by
// document key, type and name, and the row id of each one's document.
type localSet struct {
	entities []graph.LocalEntity
	docIDs   []int64
}

// readLocals groups the mentions table into document-local entities,
// sorted by document key, type and name, each with its mentions by offset
// and its aliases sorted.
//
// A large corpus has hundreds of thousands of local entities, all held at
// once while the resolver runs, so readLocals keeps them compact: the
// slices are sized by counting first, every entity's mentions share one
// backing array, and the entities of a document share its key, and equal
// names, types and surfaces one string.
func readLocals(ctx context.Context, tx *sql.Tx) (localSet, error) {
	var nLocals, nMentions int
	if err := tx.QueryRowContext(ctx, `
		SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT document_id, local_type, local_name FROM mentions)),
		       (SELECT COUNT(*) FROM mentions WHERE start >= 0)`).Scan(&nLocals, &nMentions); err != nil {
		return localSet{}, err
	}
	out := localSet{entities: make([]graph.LocalEntity, 0, nLocals), docIDs: make([]int64, 0, nLocals)}
	mentions := make([]graph.Mention, 0, nMentions)

	rows, err := tx.QueryContext(ctx, `
		SELECT m.document_id, d.key, m.local_type, m.local_name, m.surface, m.start, m."end"
		FROM mentions m JOIN documents d ON d.id = m.document_id
		ORDER BY d.key, m.local_type, m.local_name, m.start, m."end", m.surface`)
	if err != nil {
		return localSet{}, err
	}
	defer rows.Close()

	var (
		strs    = interner{}
		first   int      // the current entity's first mention in mentions
		aliases []string // the current entity's surfaces other than its name
	)
	flush := func() {
		n := len(out.entities)
		if n == 0 {
			return
		}
		l := &out.entities[n-1]
		if len(mentions) > first {
			l.Mentions = mentions[first:len(mentions):len(mentions)]
		}
		if len(aliases) > 0 {
			sort.Strings(aliases)
			l.Aliases = slices.Clone(slices.Compact(aliases))
		}
	}
	for rows.Next() {
		var (
			docID        int64
			key, typ, nm string
			surface      string
			start, end   int
		)
		if err := rows.Scan(&docID, &key, &typ, &nm, &surface, &start, &end); err != nil {
			return localSet{}, err
		}
		n := len(out.entities)
		if n == 0 || out.docIDs[n-1] != docID || string(out.entities[n-1].Type) != typ || out.entities[n-1].Name != nm {
			flush()
			if n > 0 && out.docIDs[n-1] == docID {
				key = out.entities[n-1].Doc
			}
			out.entities = append(out.entities, graph.LocalEntity{
				Doc:    key,
				Entity: graph.Entity{Name: strs.get(nm), Type: graph.EntityType(strs.get(typ))},
			})
			out.docIDs = append(out.docIDs, docID)
			first, aliases = len(mentions), aliases[:0]
		}
		l := &out.entities[len(out.entities)-1]
		if start >= 0 {
			mentions = append(mentions, graph.Mention{
				Span: graph.Span{Start: start, End: end},
				Text: strs.get(surface),
			})
		}
		if surface != l.Name {
			aliases = append(aliases, strs.get(surface))
		}
	}
	if err := rows.Err(); err != nil {
		return localSet{}, err
	}
	flush()
	return out, nil
}

// interner gives equal strings one copy.
type interner map[string]string

func (in interner) get(s string) string {
	if t, ok := in[s]; ok {
		return t
	}
	in[s] = s
	return s
}

// triple is a relation between two nodes, by node ID.
type triple struct {
	subject   string
	predicate graph.Predicate
	object    string
}

func (a triple) less(b triple) bool {
	if a.subject != b.subject {
		return a.subject < b.subject
	}
	if a.predicate != b.predicate {
		return a.predicate < b.predicate
	}
	return a.object < b.object
}

// evidenceLink is an evidence row and the relation it states, by index in
// the triples readEvidence returns.
type evidenceLink struct {
	id     int64
	triple int
}

// readEvidence maps every evidence row, by id, through relate, which
// returns the relation between nodes that the row's local triple states,
// or false to link the row to none. It returns the rows to link, in id
// order, and the distinct relations in the order first seen. It returns
// the errors of relate as they are, and wraps those of reading.
func readEvidence(ctx context.Context, tx *sql.Tx,
	relate func(doc string, subject graph.Key, p graph.Predicate, object graph.Key) (triple, bool, error),
) ([]evidenceLink, []triple, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT e.id, d.key, e.subject_name, e.subject_type, e.predicate, e.object_name, e.object_type
		FROM evidence e JOIN documents d ON d.id = e.document_id
		ORDER BY e.id`)
	if err != nil {
		return nil, nil, fmt.Errorf("read evidence: %w", err)
	}
	defer rows.Close()
	var (
		links   []evidenceLink
		triples []triple
		index   = map[triple]int{}
	)
	for rows.Next() {
		var (
			id                            int64
			doc                           string
			sName, sType, p, oName, oType string
		)
		if err := rows.Scan(&id, &doc, &sName, &sType, &p, &oName, &oType); err != nil {
			return nil, nil, fmt.Errorf("read evidence: %w", err)
		}
		t, ok, err := relate(doc, graph.Key{Name: sName, Type: graph.EntityType(sType)},
			graph.Predicate(p), graph.Key{Name: oName, Type: graph.EntityType(oType)})
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			continue
		}
		i, seen := index[t]
		if !seen {
			i = len(triples)
			index[t] = i
			triples = append(triples, t)
		}
		links = append(links, evidenceLink{id: id, triple: i})
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("read evidence: %w", err)
	}
	return links, triples, nil
}
