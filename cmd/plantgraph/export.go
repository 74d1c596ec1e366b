package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

// exportFormats are the formats of "export --format", in the order the
// usage lists them.
var exportFormats = []string{"json", "dot", "svg", "png", "cytoscape", "graphml", "csv"}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "[--format FORMAT] [--out FILE|DIR] [filters]\n\n"+
		"Formats: json (node-link), dot (Graphviz), svg and png (rendered by Graphviz's dot),\n"+
		"cytoscape (Cytoscape.js elements), graphml (Gephi, yEd), csv (Neo4j import: --out DIR\n"+
		"gets nodes.csv and edges.csv).\n\n"+
		"Filters select a subgraph for every format: --types and --min-mentions keep nodes,\n"+
		"--predicates and --since keep edges (and the nodes they touch), --around keeps what\n"+
		"lies within --depth edges of a node.")
	db := dbFlag(e, fs)
	format := fs.String("format", "json", "output `format`: "+strings.Join(exportFormats, ", "))
	out := fs.String("out", "", "write to `file` instead of standard output (csv: a directory)")
	ff := filterFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	opts, err := ff.options(fs)
	if err != nil {
		return err
	}
	if *format == "csv" {
		if *out == "" {
			return fmt.Errorf("%w: --format csv writes two files: name a directory with --out DIR", errUsage)
		}
		g, err := loadSubgraph(ctx, *db, opts)
		if err != nil {
			return err
		}
		return writeCSVDir(*out, g)
	}
	write, err := exporter(ctx, *format)
	if err != nil {
		return err
	}
	g, err := loadSubgraph(ctx, *db, opts)
	if err != nil {
		return err
	}
	if *out == "" {
		return write(e.stdout, g)
	}
	return writeFile(*out, func(w io.Writer) error { return write(w, g) })
}

// exporter returns the writer of a graph format; svg and png run
// Graphviz under ctx.
func exporter(ctx context.Context, format string) (func(io.Writer, *graph.Graph) error, error) {
	switch format {
	case "dot":
		return graph.WriteDOT, nil
	case "json":
		return graph.WriteJSON, nil
	case "cytoscape":
		return graph.WriteCytoscape, nil
	case "graphml":
		return graph.WriteGraphML, nil
	case "svg", "png":
		return func(w io.Writer, g *graph.Graph) error { return renderGraphviz(ctx, w, g, format) }, nil
	case "csv":
		return nil, fmt.Errorf("%w: --format csv writes a directory: use export --format csv --out DIR", errUsage)
	}
	return nil, fmt.Errorf("%w: unknown format %q (want %s)", errUsage, format, strings.Join(exportFormats, ", "))
}

// errNoGraphviz is returned when svg or png is asked for and Graphviz's dot
// is not on the PATH.
var errNoGraphviz = errors.New("graphviz is not installed: install the graphviz package (it provides dot)")

// renderGraphviz writes g as DOT through Graphviz's dot, which renders it
// in format (svg or png) to w. dot's complaints are part of the error.
func renderGraphviz(ctx context.Context, w io.Writer, g *graph.Graph, format string) error {
	dot, err := exec.LookPath("dot")
	if err != nil {
		return errNoGraphviz
	}
	var in bytes.Buffer
	if err := graph.WriteDOT(&in, g); err != nil {
		return err
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, dot, "-T"+format)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = &in, w, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("render %s: %w", format, ctx.Err())
		}
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return fmt.Errorf("render %s: dot: %w", format, err)
		}
		return fmt.Errorf("render %s: dot: %w: %s", format, err, msg)
	}
	return nil
}

// writeCSVDir writes nodes.csv and edges.csv for a Neo4j import into dir,
// creating it when needed.
func writeCSVDir(dir string, g *graph.Graph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var nodes, edges bytes.Buffer
	if err := graph.WriteNeo4jCSV(&nodes, &edges, g); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		data *bytes.Buffer
	}{{"nodes.csv", &nodes}, {"edges.csv", &edges}} {
		err := writeFile(filepath.Join(dir, f.name), func(w io.Writer) error {
			_, err := f.data.WriteTo(w)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// filterValues are the subgraph flags as given on the command line.
type filterValues struct {
	around      *string
	depth       *int
	types       *string
	predicates  *string
	minMentions *int
	since       *string
}

// filterFlags adds the subgraph flags to fs.
func filterFlags(fs *flag.FlagSet) *filterValues {
	return &filterValues{
		around:      fs.String("around", "", "keep only what lies within --depth edges of the entity `name`"),
		depth:       fs.Int("depth", 1, "with --around, how many edges out to go (-1: no limit)"),
		types:       fs.String("types", "", "keep only entities of these `types`, e.g. company,plant"),
		predicates:  fs.String("predicates", "", "keep only relations with these `predicates`, e.g. produces,operates"),
		minMentions: fs.Int("min-mentions", 0, "keep only entities mentioned at least `N` times"),
		since:       fs.String("since", "", "keep only evidence from documents dated on or after `date` (YYYY-MM-DD, YYYY-MM or YYYY)"),
	}
}

// options checks the flags and returns them as graph filter options.
func (f *filterValues) options(fs *flag.FlagSet) (graph.FilterOptions, error) {
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	o := graph.FilterOptions{
		Around: strings.TrimSpace(*f.around), Depth: *f.depth,
		MinMentions: *f.minMentions, Since: strings.TrimSpace(*f.since),
	}
	if set["depth"] && o.Around == "" {
		return o, fmt.Errorf("%w: --depth needs --around NAME", errUsage)
	}
	if set["around"] && o.Around == "" {
		return o, fmt.Errorf("%w: --around needs a name", errUsage)
	}
	var err error
	if o.Types, err = graph.ParseTypes(*f.types); err != nil {
		return o, fmt.Errorf("%w: --types: %v", errUsage, err)
	}
	if o.Predicates, err = graph.ParsePredicates(*f.predicates); err != nil {
		return o, fmt.Errorf("%w: --predicates: %v", errUsage, err)
	}
	if o.Since != "" {
		if err := graph.ParseSince(o.Since); err != nil {
			return o, fmt.Errorf("%w: --since: %v", errUsage, err)
		}
	}
	return o, nil
}

// loadSubgraph reads the resolved graph and applies the filter options to
// it; a name in o.Around that names no single entity is an error with
// suggestions, and o.Since reads the documents' dates.
func loadSubgraph(ctx context.Context, db string, o graph.FilterOptions) (*graph.Graph, error) {
	st, err := store.OpenExisting(ctx, db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	g, err := st.Graph(ctx)
	if err != nil {
		return nil, err
	}
	if o.IsZero() {
		return g, nil
	}
	if o.Around != "" {
		n, err := find(g, o.Around)
		if err != nil {
			return nil, fmt.Errorf("--around: %w", err)
		}
		o.Around = n.ID
	}
	if o.Since != "" {
		docs, err := st.Documents(ctx)
		if err != nil {
			return nil, err
		}
		o.DocDates = make(map[string]string, len(docs))
		for _, d := range docs {
			o.DocDates[d.Key] = d.Meta.Date
		}
	}
	return g.Filter(o)
}

// writeFile writes a file through a buffer and reports close errors, so a
// full disk does not go unnoticed. When fill fails, the file is removed.
func writeFile(path string, fill func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := fill(bw); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
