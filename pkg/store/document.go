package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/plantgraph/plantgraph/graph"
)

// FactsError reports the facts of one document that the store rejects
// because they break the schema.
type FactsError struct {
	Doc string // the document's Key
	Err error
}

func (e *FactsError) Error() string { return fmt.Sprintf("document %q: %v", e.Doc, e.Err) }

// Unwrap returns the underlying error.
func (e *FactsError) Unwrap() error { return e.Err }

// Put stores the facts of each document, in one transaction for the whole
// batch. For each, it inserts the document's row or updates the row with
// the same Key, then replaces that document's mentions and evidence with
// the new ones. Nothing else changes: the graph tables stay as they are
// until the next Resolve, and the new mentions and evidence are linked to
// no entity or relation until then (GraphStale reports true meanwhile).
// When several facts in the batch share a Key, the last one wins.
//
// Put checks every document before writing any. When some break the schema
// (an unknown entity type, a mention or evidence span outside the text or
// not matching it, a relation that fails graph.Relation.Check or names an
// entity the document does not have, a confidence outside [0, 1]) it stores
// nothing and returns an error joining one *FactsError per bad document.
//
// Entities of one document with the same name and type are merged.
func (s *Store) Put(ctx context.Context, facts ...graph.Facts) error {
	docs := make([]putDoc, 0, len(facts))
	var errs []error
	for _, f := range facts {
		d, err := prepare(f)
		if err != nil {
			errs = append(errs, &FactsError{Doc: f.Doc.Key, Err: err})
			continue
		}
		docs = append(docs, d)
	}
	if len(errs) > 0 {
		return fmt.Errorf("put: %w", errors.Join(errs...))
	}
	if err := s.put(ctx, docs); err != nil {
		return fmt.Errorf("put: %w", err)
	}
	return nil
}

func (s *Store) put(ctx context.Context, docs []putDoc) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	upsert, err := tx.PrepareContext(ctx, `
		INSERT INTO documents (key, path, name, hash, title, date, author, url, source, bytes, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET
			path = excluded.path, name = excluded.name, hash = excluded.hash,
			title = excluded.title, date = excluded.date, author = excluded.author,
			url = excluded.url, source = excluded.source, bytes = excluded.bytes
		RETURNING id`)
	if err != nil {
		return err
	}
	defer upsert.Close()
	insMention, err := tx.PrepareContext(ctx, `
		INSERT INTO mentions (document_id, local_name, local_type, surface, start, "end")
		VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insMention.Close()
	insEvidence, err := tx.PrepareContext(ctx, `
		INSERT INTO evidence (document_id, subject_name, subject_type, predicate,
			object_name, object_type, sentence, start, "end", confidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insEvidence.Close()

	now := s.Now().UTC().Format(time.RFC3339)
	for _, d := range docs {
		doc := d.doc
		var id int64
		if err := upsert.QueryRowContext(ctx, doc.Key, doc.Path, doc.Name, doc.Hash,
			doc.Meta.Title, doc.Meta.Date, doc.Meta.Author, doc.Meta.URL, doc.Meta.Source,
			d.bytes, now).Scan(&id); err != nil {
			return fmt.Errorf("document %q: %w", doc.Key, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM mentions WHERE document_id = ?`, id); err != nil {
			return fmt.Errorf("document %q: %w", doc.Key, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM evidence WHERE document_id = ?`, id); err != nil {
			return fmt.Errorf("document %q: %w", doc.Key, err)
		}
		for _, m := range d.mentions {
			if _, err := insMention.ExecContext(ctx, id, m.key.Name, string(m.key.Type),
				m.surface, m.start, m.end); err != nil {
				return fmt.Errorf("document %q: mention %s: %w", doc.Key, m.key, err)
			}
		}
		for _, r := range d.relations {
			ev := r.Evidence
			if _, err := insEvidence.ExecContext(ctx, id,
				r.Subject.Name, string(r.Subject.Type), string(r.Predicate),
				r.Object.Name, string(r.Object.Type),
				ev.Sentence, ev.Start, ev.End, ev.Confidence); err != nil {
				return fmt.Errorf("document %q: relation %s %s %s: %w",
					doc.Key, r.Subject, r.Predicate, r.Object, err)
			}
		}
	}
	if len(docs) > 0 {
		if err := setStale(ctx, tx, true); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// putDoc is one document's facts, checked and in the rows Put writes.
type putDoc struct {
	doc       graph.Document
	bytes     int
	mentions  []mentionRow
	relations []graph.Relation
}

// mentionRow is one row of the mentions table. An alias-only row has
// start = end = -1.
type mentionRow struct {
	key        graph.Key
	surface    string
	start, end int
}

// prepare checks the facts of one document against the schema and returns
// the rows to store, in a deterministic order: entities by type and name,
// each with its mentions by offset and then its alias-only rows by alias;
// relations by evidence offset, then triple.
func prepare(f graph.Facts) (putDoc, error) {
	text := f.Doc.Text
	if f.Doc.Key == "" {
		return putDoc{}, errors.New("empty document key")
	}

	type group struct {
		spans   map[graph.Span]bool
		aliases map[string]bool
	}
	locals := map[graph.Key]*group{}
	for _, e := range f.Entities {
		if e.Name == "" {
			return putDoc{}, fmt.Errorf("entity of type %q with an empty name", e.Type)
		}
		if !e.Type.Valid() {
			return putDoc{}, fmt.Errorf("entity %q: unknown entity type %q", e.Name, e.Type)
		}
		l := locals[e.Key()]
		if l == nil {
			l = &group{spans: map[graph.Span]bool{}, aliases: map[string]bool{}}
			locals[e.Key()] = l
		}
		for _, m := range e.Mentions {
			if err := checkSpan(m.Span, m.Text, text); err != nil {
				return putDoc{}, fmt.Errorf("entity %s: mention %q: %w", e.Key(), m.Text, err)
			}
			if m.Start == m.End {
				return putDoc{}, fmt.Errorf("entity %s: empty mention at %d", e.Key(), m.Start)
			}
			l.spans[m.Span] = true
		}
		for _, a := range e.Aliases {
			if a == "" {
				return putDoc{}, fmt.Errorf("entity %s: empty alias", e.Key())
			}
			l.aliases[a] = true
		}
	}

	d := putDoc{doc: f.Doc, bytes: len(text)}
	keys := make([]graph.Key, 0, len(locals))
	for k := range locals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Less(keys[j]) })
	for _, k := range keys {
		l := locals[k]
		spans := make([]graph.Span, 0, len(l.spans))
		for sp := range l.spans {
			spans = append(spans, sp)
		}
		sort.Slice(spans, func(i, j int) bool {
			if spans[i].Start != spans[j].Start {
				return spans[i].Start < spans[j].Start
			}
			return spans[i].End < spans[j].End
		})
		surfaces := map[string]bool{k.Name: true}
		for _, sp := range spans {
			d.mentions = append(d.mentions, mentionRow{key: k, surface: sp.Of(text), start: sp.Start, end: sp.End})
			surfaces[sp.Of(text)] = true
		}
		var extra []string
		for a := range l.aliases {
			if !surfaces[a] {
				extra = append(extra, a)
			}
		}
		sort.Strings(extra)
		for _, a := range extra {
			d.mentions = append(d.mentions, mentionRow{key: k, surface: a, start: -1, end: -1})
		}
		if len(spans) == 0 && len(extra) == 0 {
			// Keep an entity that has neither mentions nor aliases.
			d.mentions = append(d.mentions, mentionRow{key: k, surface: k.Name, start: -1, end: -1})
		}
	}

	for _, r := range f.Relations {
		if err := r.Check(); err != nil {
			return putDoc{}, fmt.Errorf("relation: %w", err)
		}
		for _, k := range []graph.Key{r.Subject, r.Object} {
			if locals[k] == nil {
				return putDoc{}, fmt.Errorf("relation %s %s %s: no entity %s in the document",
					r.Subject.Name, r.Predicate, r.Object.Name, k)
			}
		}
		ev := r.Evidence
		if err := checkSpan(ev.Span, ev.Sentence, text); err != nil {
			return putDoc{}, fmt.Errorf("relation %s %s %s: evidence: %w",
				r.Subject.Name, r.Predicate, r.Object.Name, err)
		}
		if math.IsNaN(ev.Confidence) || ev.Confidence < 0 || ev.Confidence > 1 {
			return putDoc{}, fmt.Errorf("relation %s %s %s: confidence %v outside [0, 1]",
				r.Subject.Name, r.Predicate, r.Object.Name, ev.Confidence)
		}
		d.relations = append(d.relations, r)
	}
	sort.SliceStable(d.relations, func(i, j int) bool {
		return relationLess(d.relations[i], d.relations[j])
	})
	return d, nil
}

// checkSpan reports whether sp lies within text and covers exactly want.
func checkSpan(sp graph.Span, want, text string) error {
	if sp.Start < 0 || sp.End < sp.Start || sp.End > len(text) {
		return fmt.Errorf("span %d-%d outside the text (%d bytes)", sp.Start, sp.End, len(text))
	}
	if got := text[sp.Start:sp.End]; got != want {
		return fmt.Errorf("span %d-%d covers %q", sp.Start, sp.End, got)
	}
	return nil
}

// relationLess orders relations by evidence span, then triple, then the
// rest of the evidence.
func relationLess(a, b graph.Relation) bool {
	switch {
	case a.Evidence.Start != b.Evidence.Start:
		return a.Evidence.Start < b.Evidence.Start
	case a.Evidence.End != b.Evidence.End:
		return a.Evidence.End < b.Evidence.End
	case a.Subject != b.Subject:
		return a.Subject.Less(b.Subject)
	case a.Predicate != b.Predicate:
		return a.Predicate < b.Predicate
	case a.Object != b.Object:
		return a.Object.Less(b.Object)
	}
	return a.Evidence.Confidence < b.Evidence.Confidence
}

// DocumentHash returns the hash stored for the document with the given
// key, and whether there is one.
func (s *Store) DocumentHash(ctx context.Context, key string) (hash string, found bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT hash FROM documents WHERE key = ?`, key).Scan(&hash)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("document hash %q: %w", key, err)
	}
	return hash, true, nil
}

// DeleteDocuments removes the documents with the given keys, with their
// mentions and evidence, in one transaction. Keys not in the store are
// ignored. The graph tables stay as they are until the next Resolve, and
// GraphStale reports true when anything was deleted.
func (s *Store) DeleteDocuments(ctx context.Context, keys ...string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("delete documents: %w", err)
	}
	defer tx.Rollback()
	del, err := tx.PrepareContext(ctx, `DELETE FROM documents WHERE key = ?`)
	if err != nil {
		return fmt.Errorf("delete documents: %w", err)
	}
	defer del.Close()
	deleted := int64(0)
	for _, k := range keys {
		res, err := del.ExecContext(ctx, k)
		if err != nil {
			return fmt.Errorf("delete document %q: %w", k, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("delete document %q: %w", k, err)
		}
		deleted += n
	}
	if deleted > 0 {
		if err := setStale(ctx, tx, true); err != nil {
			return fmt.Errorf("delete documents: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("delete documents: %w", err)
	}
	return nil
}

// DocumentKeys returns the keys of all stored documents, sorted.
func (s *Store) DocumentKeys(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key FROM documents ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("document keys: %w", err)
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("document keys: %w", err)
		}
		keys = append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document keys: %w", err)
	}
	return keys, nil
}

// DocumentKeysOf returns the keys of the stored documents read from the
// file path (graph.Document.Path), sorted.
func (s *Store) DocumentKeysOf(ctx context.Context, path string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key FROM documents WHERE path = ? ORDER BY key`, path)
	if err != nil {
		return nil, fmt.Errorf("document keys of %q: %w", path, err)
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("document keys of %q: %w", path, err)
		}
		keys = append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document keys of %q: %w", path, err)
	}
	return keys, nil
}

// Documents returns all stored documents sorted by key, without their text,
// which the store does not keep.
func (s *Store) Documents(ctx context.Context) ([]graph.Document, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT key, path, name, hash, title, date, author, url, source
		FROM documents ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var docs []graph.Document
	for rows.Next() {
		var d graph.Document
		if err := rows.Scan(&d.Key, &d.Path, &d.Name, &d.Hash,
			&d.Meta.Title, &d.Meta.Date, &d.Meta.Author, &d.Meta.URL, &d.Meta.Source); err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return docs, nil
}
