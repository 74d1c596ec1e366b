package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// aliasesUsage describes --aliases for every command that takes it.
const aliasesUsage = "aliases `file` steering entity resolution (or set PLANTGRAPH_ALIASES): " +
	"lines canonical<TAB>type<TAB>alias|alias and !never<TAB>name<TAB>name"

// aliasesFlag adds --aliases with its default from PLANTGRAPH_ALIASES.
func aliasesFlag(e *env, fs *flag.FlagSet) *string {
	return fs.String("aliases", e.getenv("PLANTGRAPH_ALIASES"), aliasesUsage)
}

// newResolver returns the resolver for the aliases file at path, or nil
// for "", which resolves with graph.Resolve's default rules (a nil
// *graph.Resolver does). A file that cannot be read or parsed is an error
// naming every bad line.
func newResolver(path string) (*graph.Resolver, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	defer f.Close()
	a, err := graph.ReadAliases(f, path)
	if err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	return &graph.Resolver{Aliases: a}, nil
}

func runResolve(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "resolve", "[--db FILE] [--aliases FILE] [--explain]")
	db := dbFlag(e, fs)
	aliases := aliasesFlag(e, fs)
	explain := fs.Bool("explain", false, "list every merge beyond identical names: node, rule, and the two names it joined")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: resolve takes no arguments (got %q)", errUsage, fs.Args())
	}
	rv, err := newResolver(*aliases)
	if err != nil {
		return err
	}
	st, err := store.OpenExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var res graph.Resolution
	var locals int
	rec := store.ResolverFunc(func(ls []graph.LocalEntity) graph.Resolution {
		locals = len(ls)
		res = rv.Resolve(ls)
		return res
	})
	if err := st.Resolve(ctx, rec); err != nil {
		return err
	}
	c, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "resolved %d local entities of %d documents into %d entities (%d merges), %d relations\n",
		locals, c.Documents, c.Entities, len(res.Merges), c.Relations)
	if *explain {
		return writeMerges(e, res)
	}
	return nil
}

// writeMerges prints one line per merge other than of identical names,
// tab-separated: the node, the rule, and the two local entities the rule
// compared, sorted by node and then in the order the resolver took them.
func writeMerges(e *env, res graph.Resolution) error {
	type line struct {
		node string
		m    graph.Merge
	}
	var lines []line
	for _, m := range res.Merges {
		if m.Rule != graph.RuleSameName {
			lines = append(lines, line{res.Of[m.A], m})
		}
	}
	sort.SliceStable(lines, func(a, b int) bool { return lines[a].node < lines[b].node })
	for _, l := range lines {
		if _, err := fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\n", l.node, l.m.Rule, l.m.A, l.m.B); err != nil {
			return err
		}
	}
	return nil
}
