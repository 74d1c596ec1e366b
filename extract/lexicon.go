package extract

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
)

// Lexicon is a list of known names: canonical name, type and aliases. It
// is read from a tab-separated file, one entry a line:
//
//	name<TAB>type<TAB>alias|alias|...
//
// Blank lines and lines starting with # are ignored.
type Lexicon struct {
	entries []graph.Entity
	byForm  map[string]int // surface form → entry index
}

// ReadLexicon parses a lexicon. name is used in error messages.
func ReadLexicon(r io.Reader, name string) (*Lexicon, error) {
	lx := &Lexicon{byForm: map[string]int{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: want name<TAB>type[<TAB>aliases]", name, line)
		}
		t, err := graph.ParseEntityType(strings.TrimSpace(f[1]))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		e := graph.Entity{Name: strings.TrimSpace(f[0]), Type: t}
		if len(f) > 2 {
			for _, a := range strings.Split(f[2], "|") {
				if a = strings.TrimSpace(a); a != "" {
					e.Aliases = append(e.Aliases, a)
				}
			}
		}
		lx.add(e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return lx, nil
}

// Merge adds the entries of o; o's entries win on conflicting forms.
func (lx *Lexicon) Merge(o *Lexicon) {
	for _, e := range o.entries {
		lx.add(e)
	}
}

// Len returns the number of entries.
func (lx *Lexicon) Len() int { return len(lx.entries) }

func (lx *Lexicon) add(e graph.Entity) {
	i := len(lx.entries)
	lx.entries = append(lx.entries, e)
	lx.byForm[e.Name] = i
	for _, a := range e.Aliases {
		lx.byForm[a] = i
	}
}

func (lx *Lexicon) lookup(form string) (graph.Entity, bool) {
	if lx == nil {
		return graph.Entity{}, false
	}
	i, ok := lx.byForm[form]
	if !ok {
		return graph.Entity{}, false
	}
	return lx.entries[i], true
}
