package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/store"
)

func runQuery(ctx context.Context, e *env, args []string) error {
	subs := map[string]func(context.Context, *env, []string) error{
		"produces":  queryProduces,
		"entity":    queryEntity,
		"neighbors": queryNeighbors,
		"path":      queryPath,
		"stats":     queryStats,
	}
	if len(args) == 0 || subs[args[0]] == nil {
		fmt.Fprintln(e.stderr, "Usage: plantgraph query produces|entity|neighbors|path|stats [flags] [args]")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return flag.ErrHelp
		}
		if len(args) == 0 {
			return fmt.Errorf("%w: name a query", errUsage)
		}
		return fmt.Errorf("%w: unknown query %q", errUsage, args[0])
	}
	return subs[args[0]](ctx, e, args[1:])
}

// loadGraph opens the database and reads the resolved graph.
func loadGraph(ctx context.Context, path string) (*graph.Graph, error) {
	st, err := store.OpenExisting(ctx, path)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return st.Graph(ctx)
}

func queryProduces(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "query produces", "[--company X] [--product Y] [--plant P] [--where Z] [--format table|json|csv]")
	db := dbFlag(e, fs)
	var f graph.ProducesFilter
	fs.StringVar(&f.Company, "company", "", "only rows whose company matches `name`")
	fs.StringVar(&f.Product, "product", "", "only rows whose product matches `name`")
	fs.StringVar(&f.Plant, "plant", "", "only rows whose plant matches `name`")
	fs.StringVar(&f.Where, "where", "", "only rows located in `place`")
	format := fs.String("format", "table", "output `format`: table, json or csv")
	if err := parse(fs, args); err != nil {
		return err
	}
	g, err := loadGraph(ctx, *db)
	if err != nil {
		return err
	}
	return writeProduces(e.stdout, g.Produces(f), *format)
}

// writeProduces prints who-produces-what-where rows.
func writeProduces(w io.Writer, rows []graph.ProducesRow, format string) error {
	switch format {
	case "table":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "COMPANY\tPRODUCT\tPLANT\tLOCATION\tDOCUMENTS")
		for _, r := range rows {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", dash(r.Company), r.Product, dash(r.Plant), dash(r.Location), strings.Join(r.Docs, " "))
		}
		return tw.Flush()
	case "json":
		type row struct {
			Company  string   `json:"company"`
			Product  string   `json:"product"`
			Plant    string   `json:"plant"`
			Location string   `json:"location"`
			Docs     []string `json:"documents"`
		}
		out := make([]row, 0, len(rows))
		for _, r := range rows {
			out = append(out, row{r.Company, r.Product, r.Plant, r.Location, r.Docs})
		}
		return encodeJSON(w, out)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"company", "product", "plant", "location", "documents"})
		for _, r := range rows {
			cw.Write([]string{r.Company, r.Product, r.Plant, r.Location, strings.Join(r.Docs, " ")})
		}
		cw.Flush()
		return cw.Error()
	}
	return fmt.Errorf("%w: unknown format %q (want table, json or csv)", errUsage, format)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// find resolves a user's name to a node, turning a miss into a helpful
// error with suggestions.
func find(g *graph.Graph, name string) (graph.Node, error) {
	n, err := g.Find(name)
	var ne *graph.NameError
	if errors.As(err, &ne) {
		return n, fmt.Errorf("%v", ne)
	}
	return n, err
}

// namedQuery parses the flags of a query about named entities (--db,
// --format text|json), checks that it got want names, and loads the graph.
func namedQuery(ctx context.Context, e *env, args []string, name, synopsis string, want int, wantText string) (*graph.Graph, []string, string, error) {
	fs := newFlagSet(e, name, synopsis)
	db := dbFlag(e, fs)
	format := fs.String("format", "text", "output `format`: text or json")
	if err := parse(fs, args); err != nil {
		return nil, nil, "", err
	}
	if fs.NArg() != want {
		return nil, nil, "", fmt.Errorf("%w: want %s", errUsage, wantText)
	}
	if err := oneOf(*format, "text", "json"); err != nil {
		return nil, nil, "", err
	}
	g, err := loadGraph(ctx, *db)
	return g, fs.Args(), *format, err
}

func queryEntity(ctx context.Context, e *env, args []string) error {
	g, names, format, err := namedQuery(ctx, e, args, "query entity", "[--format text|json] NAME\n\n"+
		"NAME is found whatever its case, accents or punctuation, by an alias, or by a part\n"+
		"of a name; when nothing matches, the closest names are suggested.", 1, "one NAME")
	if err != nil {
		return err
	}
	n, err := find(g, names[0])
	if err != nil {
		return err
	}
	var edges []graph.Edge
	for _, ed := range g.Edges {
		if ed.Source == n.ID || ed.Target == n.ID {
			edges = append(edges, ed)
		}
	}
	if format == "json" {
		return writeEntityJSON(e.stdout, g, n, edges)
	}
	w := e.stdout
	fmt.Fprintf(w, "%s (%s)\n", n.Name, n.Type)
	if len(n.Aliases) > 0 {
		fmt.Fprintf(w, "  aliases: %s\n", strings.Join(n.Aliases, ", "))
	}
	fmt.Fprintf(w, "  mentions: %d in %d documents\n", n.Mentions, n.Docs)
	for _, ed := range edges {
		s, _ := g.Node(ed.Source)
		t, _ := g.Node(ed.Target)
		fmt.Fprintf(w, "\n  %s %s %s\n", s.Name, ed.Predicate, t.Name)
		for _, ev := range ed.Evidence {
			fmt.Fprintf(w, "    [%s %d-%d] %s\n", ev.Doc, ev.Start, ev.End, oneLine(ev.Sentence))
		}
	}
	return nil
}

// jsonNode is an entity in the JSON of the queries.
type jsonNode struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	Docs     int      `json:"docs"`
}

func nodeJSON(n graph.Node) jsonNode {
	return jsonNode{ID: n.ID, Name: n.Name, Type: string(n.Type), Aliases: append([]string{}, n.Aliases...),
		Mentions: n.Mentions, Docs: n.Docs}
}

// jsonEdge is a relation in the JSON of the queries: its ends by ID and
// name, and its evidence.
type jsonEdge struct {
	Source     string         `json:"source"`
	SourceName string         `json:"source_name"`
	Predicate  string         `json:"predicate"`
	Target     string         `json:"target"`
	TargetName string         `json:"target_name"`
	Evidence   []jsonEvidence `json:"evidence"`
}

type jsonEvidence struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

func edgesJSON(g *graph.Graph, edges []graph.Edge) []jsonEdge {
	out := make([]jsonEdge, 0, len(edges))
	for _, ed := range edges {
		s, _ := g.Node(ed.Source)
		t, _ := g.Node(ed.Target)
		je := jsonEdge{Source: ed.Source, SourceName: s.Name, Predicate: string(ed.Predicate),
			Target: ed.Target, TargetName: t.Name, Evidence: []jsonEvidence{}}
		for _, ev := range ed.Evidence {
			je.Evidence = append(je.Evidence, jsonEvidence{ev.Doc, ev.Sentence, ev.Start, ev.End})
		}
		out = append(out, je)
	}
	return out
}

func writeEntityJSON(w io.Writer, g *graph.Graph, n graph.Node, edges []graph.Edge) error {
	return encodeJSON(w, struct {
		jsonNode
		Relations []jsonEdge `json:"relations"`
	}{nodeJSON(n), edgesJSON(g, edges)})
}

// encodeJSON writes v indented by one space, with "<", ">" and "&" as
// they are.
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// oneOf returns a usage error unless format is one of formats.
func oneOf(format string, formats ...string) error {
	for _, f := range formats {
		if f == format {
			return nil
		}
	}
	return fmt.Errorf("%w: unknown format %q (want %s)", errUsage, format, strings.Join(formats, ", "))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func queryNeighbors(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "query neighbors", "[--depth N] [--format text|json|dot|cytoscape|graphml] NAME\n\n"+
		"Prints the relations among the entities at most N relations away from NAME,\n"+
		"one a line: \"A (type) predicate B (type)\"; the other formats write that subgraph\n"+
		"as \"export --format\" does.")
	db := dbFlag(e, fs)
	depth := fs.Int("depth", 1, "how many hops out")
	format := fs.String("format", "text", "output `format`: text, json, dot, cytoscape or graphml")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want one NAME", errUsage)
	}
	var write func(io.Writer, *graph.Graph) error
	if *format != "text" {
		if err := oneOf(*format, "text", "json", "dot", "cytoscape", "graphml"); err != nil {
			return err
		}
		var err error
		if write, err = exporter(ctx, *format); err != nil {
			return err
		}
	}
	g, err := loadGraph(ctx, *db)
	if err != nil {
		return err
	}
	n, err := find(g, fs.Arg(0))
	if err != nil {
		return err
	}
	sub := g.Neighbors(n.ID, *depth)
	if write != nil {
		return write(e.stdout, sub)
	}
	for _, ed := range sub.Edges {
		s, _ := sub.Node(ed.Source)
		t, _ := sub.Node(ed.Target)
		fmt.Fprintf(e.stdout, "%s (%s) %s %s (%s)\n", s.Name, s.Type, ed.Predicate, t.Name, t.Type)
	}
	return nil
}

func queryPath(ctx context.Context, e *env, args []string) error {
	g, names, format, err := namedQuery(ctx, e, args, "query path", "[--format text|json] A B\n\n"+
		"Prints a shortest chain of relations from A to B, relations counting in either\n"+
		"direction: each relation as \"X predicate Y\", then its first evidence sentence.", 2, "two names, A and B")
	if err != nil {
		return err
	}
	a, err := find(g, names[0])
	if err != nil {
		return err
	}
	b, err := find(g, names[1])
	if err != nil {
		return err
	}
	ids, err := g.ShortestPath(a.ID, b.ID)
	if errors.Is(err, graph.ErrNoPath) {
		return fmt.Errorf("no path from %s (%s) to %s (%s): no chain of relations links them",
			a.Name, a.Type, b.Name, b.Type)
	}
	if err != nil {
		return err
	}
	edges := g.PathEdges(ids)
	if format == "json" {
		nodes := make([]jsonNode, 0, len(ids))
		for _, id := range ids {
			n, _ := g.Node(id)
			nodes = append(nodes, nodeJSON(n))
		}
		return encodeJSON(e.stdout, struct {
			Hops  int        `json:"hops"`
			Nodes []jsonNode `json:"nodes"`
			Edges []jsonEdge `json:"edges"`
		}{len(ids) - 1, nodes, edgesJSON(g, edges)})
	}
	for _, ed := range edges {
		s, _ := g.Node(ed.Source)
		t, _ := g.Node(ed.Target)
		fmt.Fprintf(e.stdout, "%s %s %s\n", s.Name, ed.Predicate, t.Name)
		if len(ed.Evidence) > 0 {
			fmt.Fprintf(e.stdout, "    [%s] %s\n", ed.Evidence[0].Doc, oneLine(ed.Evidence[0].Sentence))
		}
	}
	return nil
}

func queryStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "query stats", "[--json]")
	db := dbFlag(e, fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	g, err := loadGraph(ctx, *db)
	if err != nil {
		return err
	}
	s := g.Stats()
	if *asJSON {
		return encodeJSON(e.stdout, s)
	}
	fmt.Fprintf(e.stdout, "%d entities, %d relations, %d evidence sentences\n", s.Nodes, s.Edges, s.Evidence)
	for _, t := range s.Types {
		fmt.Fprintf(e.stdout, "  %-11s %d\n", t.Type, t.Count)
	}
	for _, p := range s.Predicates {
		fmt.Fprintf(e.stdout, "  %-14s %d\n", p.Predicate, p.Count)
	}
	if len(s.Top) > 0 {
		fmt.Fprintln(e.stdout, "most connected:")
		for _, t := range s.Top {
			fmt.Fprintf(e.stdout, "  %-40s %d\n", t.Node.Name+" ("+string(t.Node.Type)+")", t.Degree)
		}
	}
	return nil
}
