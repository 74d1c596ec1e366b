package extract

import (
	"bufio"
	"fmt"
	"io"
	"sort"
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
	// phrases indexes the forms of two or more tokens by their first
	// token, longest first.
	phrases map[string][]lexPhrase
}

// lexPhrase is a multi-token form of an entry.
type lexPhrase struct {
	toks  []string
	entry int
}

// ReadLexicon parses a lexicon. name is used in error messages.
func ReadLexicon(r io.Reader, name string) (*Lexicon, error) {
	lx := &Lexicon{byForm: map[string]int{}, phrases: map[string][]lexPhrase{}}
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
	for _, form := range append([]string{e.Name}, e.Aliases...) {
		lx.byForm[form] = i
		toks := tokenize(form, 0)
		if len(toks) < 2 {
			continue
		}
		words := make([]string, len(toks))
		for k, t := range toks {
			words[k] = t.Text
		}
		keys := []string{words[0]}
		if up := strings.ToUpper(words[0]); up != words[0] {
			keys = append(keys, up) // "NEUE KLASSE" in a headline
		}
		for _, key := range keys {
			ps := append(lx.phrases[key], lexPhrase{toks: words, entry: i})
			sort.SliceStable(ps, func(a, b int) bool { return len(ps[a].toks) > len(ps[b].toks) })
			lx.phrases[key] = ps
		}
	}
}

// sameWord reports whether text token t spells lexicon word w, also
// when t is w in capitals.
func sameWord(t, w string) bool {
	return t == w || isAllCaps(t) && t == strings.ToUpper(w)
}

// match returns the entry of the longest multi-token form that starts at
// toks[i], and the number of tokens it covers.
func (lx *Lexicon) match(toks []token, i int) (graph.Entity, int, bool) {
	if lx == nil {
		return graph.Entity{}, 0, false
	}
next:
	for _, p := range lx.phrases[toks[i].Text] {
		if i+len(p.toks) > len(toks) {
			continue
		}
		for k, w := range p.toks {
			if !sameWord(toks[i+k].Text, w) {
				continue next
			}
		}
		return lx.entries[p.entry], len(p.toks), true
	}
	return graph.Entity{}, 0, false
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
