package graph

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Aliases is the user's say over entity resolution: names that are one
// entity, and pairs of names that are never one. It is read from an
// aliases file, a UTF-8 text file of tab-separated lines:
//
//	# A comment. Blank lines are ignored too.
//	General Motors<TAB>company<TAB>GM|General Motors Co.
//	BMW Plant Leipzig<TAB>plant<TAB>Leipzig plant|Plant Leipzig
//	!never<TAB>BMW Plant Oxford<TAB>Mini Plant Oxford
//
// An entry line (canonical name, type, then optional aliases separated by
// "|") makes one node of every local entity that a document names by the
// canonical name or one of the aliases, whatever type the document gave
// it. The node gets the entry's name and type, and the entry's aliases
// besides the forms the documents use. Names are compared folded (case,
// punctuation, hyphens, diacritics and umlaut spellings do not matter), and
// only the name a document gives an entity counts, not the other forms it
// uses for it. The format is that of an extractor lexicon (name, type,
// aliases), so one file can serve both.
//
// A "!never" line keeps apart the entities named A and B: no automatic
// rule merges a group of local entities holding a name A with one holding
// a name B. Entry lines win over automatic merging, and a "!never" line
// may not contradict an entry.
//
// Editing the file and resolving again ("plantgraph resolve") undoes or
// redoes merges without extracting anything again.
type Aliases struct {
	Entries []AliasEntry
	Never   []NeverPair
}

// AliasEntry is an entry line of an aliases file.
type AliasEntry struct {
	Name    string
	Type    EntityType
	Aliases []string
	// Line is the entry's line number in its file, from 1.
	Line int
}

// NeverPair is a "!never" line of an aliases file.
type NeverPair struct {
	A, B string
	Line int
}

// AliasesError is a bad line of an aliases file.
type AliasesError struct {
	File string
	Line int
	Err  error
}

func (e *AliasesError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *AliasesError) Unwrap() error { return e.Err }

// ReadAliases parses an aliases file; file names it in errors. It reads
// every line and returns all the bad ones, each an *AliasesError, joined:
// a line of too few fields, an unknown type, an empty name, a name that
// two entries claim, a "!never" pair of one name or of two names of one
// entry.
func ReadAliases(r io.Reader, file string) (*Aliases, error) {
	a := &Aliases{}
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &AliasesError{File: file, Line: line, Err: fmt.Errorf(format, args...)})
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if t := strings.TrimSpace(text); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "!never" {
			if len(f) != 3 || f[1] == "" || f[2] == "" {
				bad(line, "want !never<TAB>name<TAB>name")
				continue
			}
			a.Never = append(a.Never, NeverPair{A: f[1], B: f[2], Line: line})
			continue
		}
		if strings.HasPrefix(f[0], "!") {
			bad(line, "unknown directive %q (want !never)", f[0])
			continue
		}
		if len(f) < 2 || len(f) > 3 {
			bad(line, "want name<TAB>type[<TAB>alias|alias...]")
			continue
		}
		if f[0] == "" {
			bad(line, "empty name")
			continue
		}
		t, err := ParseEntityType(f[1])
		if err != nil {
			bad(line, "%v", err)
			continue
		}
		e := AliasEntry{Name: f[0], Type: t, Line: line}
		if len(f) == 3 {
			for _, s := range strings.Split(f[2], "|") {
				if s = strings.TrimSpace(s); s != "" {
					e.Aliases = append(e.Aliases, s)
				}
			}
		}
		a.Entries = append(a.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	errs = append(errs, a.check(file)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return a, nil
}

// check finds the contradictions between lines: a name that two entries
// claim, a "!never" pair naming one thing twice or two names of one entry.
func (a *Aliases) check(file string) []error {
	var errs []error
	owner := map[string]int{} // name key -> index of the entry claiming it
	for i, e := range a.Entries {
		for _, form := range e.forms() {
			for _, k := range matchKeys(form) {
				if j, ok := owner[k]; ok && j != i {
					errs = append(errs, &AliasesError{File: file, Line: e.Line,
						Err: fmt.Errorf("%q is also a name of %q on line %d", form, a.Entries[j].Name, a.Entries[j].Line)})
					continue
				}
				owner[k] = i
			}
		}
	}
	for _, p := range a.Never {
		ka, kb := matchKeys(p.A), matchKeys(p.B)
		if len(ka) == 0 || len(kb) == 0 {
			errs = append(errs, &AliasesError{File: file, Line: p.Line, Err: errors.New("a name without letters or digits")})
			continue
		}
		if overlaps(ka, kb) {
			errs = append(errs, &AliasesError{File: file, Line: p.Line, Err: fmt.Errorf("%q and %q are one name", p.A, p.B)})
			continue
		}
		ia, oka := ownerOf(owner, ka)
		ib, okb := ownerOf(owner, kb)
		if oka && okb && ia == ib {
			errs = append(errs, &AliasesError{File: file, Line: p.Line,
				Err: fmt.Errorf("%q and %q are both names of %q on line %d", p.A, p.B, a.Entries[ia].Name, a.Entries[ia].Line)})
		}
	}
	return errs
}

// forms returns the entry's name and aliases.
func (e AliasEntry) forms() []string { return append([]string{e.Name}, e.Aliases...) }

func ownerOf(owner map[string]int, keys []string) (int, bool) {
	for _, k := range keys {
		if i, ok := owner[k]; ok {
			return i, true
		}
	}
	return 0, false
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
