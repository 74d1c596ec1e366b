package store_test

import (
	"context"
	"slices"
	"testing"
)

// TestGraphStale follows the mark through Put, Resolve, DeleteDocuments
// and a reopen: it is set by every change of the facts and cleared only by
// Resolve.
func TestGraphStale(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	stale := func(want bool, when string) {
		t.Helper()
		got, err := s.GraphStale(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: GraphStale = %v, want %v", when, got, want)
		}
	}
	stale(false, "new database")
	MustPut(t, s, docA())
	stale(true, "after Put")
	MustResolve(t, s)
	stale(false, "after Resolve")
	if err := s.DeleteDocuments(ctx, "no-such-key"); err != nil {
		t.Fatal(err)
	}
	stale(false, "after deleting nothing")
	if err := s.DeleteDocuments(ctx, docA().Doc.Key); err != nil {
		t.Fatal(err)
	}
	stale(true, "after DeleteDocuments")
	MustResolve(t, s)
	MustPut(t, s, docA())
	stale(true, "after a second Put")
}

// TestDocumentKeysOf lists the documents of one file.
func TestDocumentKeysOf(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	a := docA()
	a2 := docA()
	a2.Doc.Key = a.Doc.Key + "#2"
	MustPut(t, s, a, a2, docB())
	keys, err := s.DocumentKeysOf(ctx, a.Doc.Path)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{a.Doc.Key, a2.Doc.Key}; !slices.Equal(keys, want) {
		t.Errorf("DocumentKeysOf(%q) = %q, want %q", a.Doc.Path, keys, want)
	}
	if keys, err := s.DocumentKeysOf(ctx, "no/such/file"); err != nil || len(keys) != 0 {
		t.Errorf("DocumentKeysOf of a file never read = %q, %v; want none", keys, err)
	}
}
