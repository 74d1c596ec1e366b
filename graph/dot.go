package graph

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dotStyle is how one entity type is drawn.
type dotStyle struct {
	shape, style, fill, line string
}

// dotStyles maps each entity type of the schema to its look; other types
// get dotOther.
var dotStyles = map[EntityType]dotStyle{
	Company:    {"box", "filled,rounded", "#cfe2f3", "#3d85c6"},
	Plant:      {"component", "filled", "#fce5cd", "#e69138"},
	Person:     {"ellipse", "filled", "#d9ead3", "#6aa84f"},
	Technology: {"hexagon", "filled", "#d9d2e9", "#674ea7"},
	Product:    {"note", "filled", "#fff2cc", "#bf9000"},
	Location:   {"folder", "filled", "#eeeeee", "#666666"},
}

var dotOther = dotStyle{"box", "dashed", "#ffffff", "#999999"}

func styleOf(t EntityType) dotStyle {
	if s, ok := dotStyles[t]; ok {
		return s
	}
	return dotOther
}

// WriteDOT writes g as a Graphviz digraph: nodes in ID order, shaped and
// coloured by type and labelled with their names; edges in graph order
// (source, predicate, target), labelled with their predicate and, when more
// than one sentence states them, the count; and a legend of the types that
// occur. Names are written as they are, in UTF-8, with quotes, backslashes
// and line breaks escaped, invalid UTF-8 replaced and control characters
// blanked, so any name gives a valid file. The output depends only on g.
func WriteDOT(w io.Writer, g *Graph) error {
	nodes, edges := sortedNodes(g.Nodes), sortedEdges(g.Edges)
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("digraph plantgraph {\n")
	p("\tgraph [rankdir=LR, fontname=\"Helvetica,Arial,sans-serif\", fontsize=12];\n")
	p("\tnode [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11];\n")
	p("\tedge [fontname=\"Helvetica,Arial,sans-serif\", fontsize=9, color=\"#555555\"];\n")

	if types := typesOf(nodes); len(types) > 0 {
		prefix := legendPrefix(nodes)
		p("\n\tsubgraph cluster_legend {\n")
		p("\t\tlabel=\"Legend\";\n\t\tstyle=\"rounded,dashed\";\n\t\tcolor=\"#999999\";\n")
		for _, t := range types {
			s := styleOf(t)
			p("\t\t%s [label=%s, shape=%s, style=%s, fillcolor=%s, color=%s];\n",
				dotID(prefix+string(t)), dotLabel(string(t)), s.shape, strconv.Quote(s.style),
				strconv.Quote(s.fill), strconv.Quote(s.line))
		}
		p("\t}\n")
	}

	if len(nodes) > 0 {
		p("\n")
	}
	for _, n := range nodes {
		s := styleOf(n.Type)
		label := n.Name
		if label == "" {
			label = n.ID
		}
		p("\t%s [label=%s, shape=%s, style=%s, fillcolor=%s, color=%s",
			dotID(n.ID), dotLabel(label), s.shape, strconv.Quote(s.style),
			strconv.Quote(s.fill), strconv.Quote(s.line))
		if len(n.Aliases) > 0 {
			p(", tooltip=%s", dotLabel(string(n.Type)+"; also: "+strings.Join(n.Aliases, "; ")))
		}
		p("];\n")
	}

	if len(edges) > 0 {
		p("\n")
	}
	for _, e := range edges {
		label := string(e.Predicate)
		if len(e.Evidence) > 1 {
			label += " (" + strconv.Itoa(len(e.Evidence)) + ")"
		}
		p("\t%s -> %s [label=%s", dotID(e.Source), dotID(e.Target), dotLabel(label))
		if e.Predicate.Symmetric() {
			p(", dir=none")
		}
		p("];\n")
	}
	p("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	return nil
}

// typesOf returns the types of the nodes: the schema's in schema order,
// then others by name.
func typesOf(nodes []Node) []EntityType {
	has := map[EntityType]bool{}
	for _, n := range nodes {
		has[n.Type] = true
	}
	var out, others []EntityType
	for _, t := range EntityTypes() {
		if has[t] {
			out = append(out, t)
			delete(has, t)
		}
	}
	for t := range has {
		others = append(others, t)
	}
	sort.Slice(others, func(i, j int) bool { return others[i] < others[j] })
	return append(out, others...)
}

// legendPrefix returns a prefix for the legend's node IDs that no node ID
// starts with.
func legendPrefix(nodes []Node) string {
	prefix := "legend:"
	for {
		clash := false
		for _, n := range nodes {
			if strings.HasPrefix(n.ID, prefix) {
				clash = true
				break
			}
		}
		if !clash {
			return prefix
		}
		prefix = "_" + prefix
	}
}

// dotID quotes s as a DOT ID. The mapping is one to one: quotes and
// backslashes are escaped, line breaks, other control characters and
// invalid bytes written as backslash sequences, which Graphviz keeps as
// they are in an ID.
func dotID(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case unicode.IsControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
	return b.String()
}

// dotLabel quotes s as a DOT label (an escString) that Graphviz shows as s:
// quotes and backslashes escaped, "&" written as "&amp;" so that names are
// not read as HTML entities, line breaks as "\n", invalid UTF-8 as U+FFFD
// and other control characters as spaces.
func dotLabel(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '&':
			b.WriteString("&amp;")
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// sortedNodes returns a copy of nodes ordered by ID, as NewGraph orders
// them; the writers sort again so that a Graph built by hand is written
// in the same order.
func sortedNodes(nodes []Node) []Node {
	out := append([]Node(nil), nodes...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// sortedEdges returns a copy of edges ordered by source, predicate and
// target, each with its evidence ordered by document, offsets and text.
// The edges' evidence slices are copied, not shared.
func sortedEdges(edges []Edge) []Edge {
	out := make([]Edge, len(edges))
	for i, e := range edges {
		e.Evidence = append([]Evidence(nil), e.Evidence...)
		sort.SliceStable(e.Evidence, func(i, j int) bool {
			a, b := e.Evidence[i], e.Evidence[j]
			switch {
			case a.Doc != b.Doc:
				return a.Doc < b.Doc
			case a.Start != b.Start:
				return a.Start < b.Start
			case a.End != b.End:
				return a.End < b.End
			}
			return a.Sentence < b.Sentence
		})
		out[i] = e
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Source != b.Source:
			return a.Source < b.Source
		case a.Predicate != b.Predicate:
			return a.Predicate < b.Predicate
		}
		return a.Target < b.Target
	})
	return out
}
