package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// command is one subcommand: its name, a one-line summary and its run
// function, which gets the arguments after the name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch: its streams and the environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

func commands() []command {
	return []command{
		{"build", "extract articles into the database", runBuild},
		{"extract", "print entities and relations of articles as JSON lines", runExtract},
		{"query", "ask the database: produces, entity, neighbors, path, stats", runQuery},
		{"export", "write the graph as DOT, JSON and other formats", runExport},
		{"eval", "score extraction against a gold corpus", runEval},
		{"resolve", "merge entities across articles again, after editing an aliases file", runResolve},
		{"demo", "build the bundled sample corpus and show what it holds", runDemo},
	}
}

// errUsage marks an error in the command line; it exits with status 2.
var errUsage = errors.New("usage")

// run is the whole program: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(stderr, "plantgraph %s: %v\n", c.name, err)
			return 2
		case errors.Is(err, errFailedInputs):
			fmt.Fprintf(stderr, "plantgraph %s: %v\n", c.name, err)
			return 1
		default:
			fmt.Fprintf(stderr, "plantgraph %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "plantgraph: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "plantgraph turns manufacturing news into a knowledge graph of who produces what where.")
	fmt.Fprintln(w, "\nUsage: plantgraph COMMAND [flags] [args]\n\nCommands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"plantgraph COMMAND -h\" for a command's flags.")
}

// errFailedInputs marks a run that finished but could not read some inputs.
var errFailedInputs = errors.New("some inputs failed")

// newFlagSet returns a flag set that reports errors instead of exiting
// and prints its usage with a synopsis.
func newFlagSet(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: plantgraph %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, turning a bad command line into errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(interleave(fs, args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

// interleave moves flags after positional arguments to the front, so
// "build corpus/ --db x.db" works as users expect.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && strings.HasPrefix(a, "-") {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

// dbFlag adds --db with its default from PLANTGRAPH_DB or ./plantgraph.db.
func dbFlag(e *env, fs *flag.FlagSet) *string {
	def := e.getenv("PLANTGRAPH_DB")
	if def == "" {
		def = "plantgraph.db"
	}
	return fs.String("db", def, "SQLite database `file` (or set PLANTGRAPH_DB)")
}
