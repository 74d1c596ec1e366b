package eval_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/eval"
)

// The tests in this file run the corpus's reference scorers, score.py and
// graph_score.py, on the same input as Score and ScoreGraph and compare the
// results. They skip when python3 or the corpus (../shared/corpus beside
// the module root) is missing.

// corpusDir returns the shared corpus folder, skipping the test when it or
// python3 is missing.
func corpusDir(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no module root above the working directory")
		}
		dir = parent
	}
	corpus := filepath.Join(dir, "..", "shared", "corpus")
	for _, f := range []string{"score.py", "graph_score.py", "dev"} {
		if _, err := os.Stat(filepath.Join(corpus, f)); err != nil {
			t.Skipf("no corpus: %v", err)
		}
	}
	return corpus
}

func runPython(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("python3", args...)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// writeGold writes records as gold files of a new folder, named so that
// they sort in their order, and returns the folder.
func writeGold(t *testing.T, recs []eval.Record) string {
	t.Helper()
	dir := t.TempDir()
	for i, r := range recs {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.json", i)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// pyReport is score.py's --json output.
type pyReport struct {
	Docs          int                   `json:"docs"`
	DocsMissing   int                   `json:"docs_missing"`
	Entity        [3]float64            `json:"entity"`
	EntityUntyped [3]float64            `json:"entity_untyped"`
	Relation      [3]float64            `json:"relation"`
	ByType        map[string][3]float64 `json:"by_type"`
	ByPredicate   map[string][3]float64 `json:"by_predicate"`
	Counts        struct {
		EntityGold   int `json:"entity_gold"`
		EntityPred   int `json:"entity_pred"`
		RelationGold int `json:"relation_gold"`
		RelationPred int `json:"relation_pred"`
	} `json:"counts"`
}

func prf(c eval.Counts) [3]float64 { return [3]float64{c.Precision(), c.Recall(), c.F1()} }

func closePRF(a, b [3]float64) bool {
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-9 {
			return false
		}
	}
	return true
}

// reportLines is how many lines score.py's text report has.
const reportLines = 1 + 6 + 10 + 4

// crossCheckScore scores pred against the gold folder with score.py and
// with Score (on the records read back from the JSONL file score.py reads)
// and reports every difference.
func crossCheckScore(t *testing.T, corpus, goldDir string, pred []eval.Record) {
	t.Helper()
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "pred.jsonl")
	var buf bytes.Buffer
	if err := eval.WriteJSONL(&buf, pred); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := eval.ReadJSONL(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Score(gold, back)
	script := filepath.Join(corpus, "score.py")

	var py pyReport
	if err := json.Unmarshal([]byte(runPython(t, script, goldDir, path, "--json")), &py); err != nil {
		t.Fatal(err)
	}
	if py.Docs != r.Docs || py.DocsMissing != r.DocsMissing {
		t.Errorf("docs %d missing %d, score.py %d missing %d", r.Docs, r.DocsMissing, py.Docs, py.DocsMissing)
	}
	c := py.Counts
	if c.EntityGold != r.Entity.Gold || c.EntityPred != r.Entity.Pred || c.RelationGold != r.Relation.Gold || c.RelationPred != r.Relation.Pred {
		t.Errorf("counts entity %d/%d relation %d/%d, score.py %+v",
			r.Entity.Pred, r.Entity.Gold, r.Relation.Pred, r.Relation.Gold, c)
	}
	check := func(what string, got eval.Counts, want [3]float64) {
		if !closePRF(prf(got), want) {
			t.Errorf("%s: P/R/F1 %v (%+v), score.py %v", what, prf(got), got, want)
		}
	}
	check("entity", r.Entity, py.Entity)
	check("entity untyped", r.EntityUntyped, py.EntityUntyped)
	check("relation", r.Relation, py.Relation)
	for _, typ := range graph.EntityTypes() {
		check("type "+string(typ), r.ByType[typ], py.ByType[string(typ)])
	}
	for _, p := range graph.Predicates() {
		check("predicate "+string(p), r.ByPredicate[p], py.ByPredicate[string(p)])
	}

	// The text report must agree byte for byte. score.py prints relation
	// mistakes in set order, so mistakes are compared as sorted lists.
	out := strings.Split(strings.TrimSuffix(runPython(t, script, goldDir, path, "--errors"), "\n"), "\n")
	if len(out) < reportLines {
		t.Fatalf("score.py printed %d lines", len(out))
	}
	var text bytes.Buffer
	if err := r.Write(&text, false); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s (%d mistakes)", out[len(out)-1], len(out)-reportLines)
	if want := strings.Join(out[len(out)-reportLines:], "\n") + "\n"; text.String() != want {
		t.Errorf("report (-score.py +Write):\n-%s\n+%s", want, text.String())
	}
	wantErrs := slices.Clone(out[:len(out)-reportLines])
	gotErrs := r.Errors()
	slices.Sort(wantErrs)
	slices.Sort(gotErrs)
	if !slices.Equal(gotErrs, wantErrs) {
		for _, l := range diffLines(wantErrs, gotErrs) {
			t.Error(l)
		}
	}
}

// diffLines lists the lines only in want ("-") or only in got ("+"), both
// sorted.
func diffLines(want, got []string) []string {
	var out []string
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		switch {
		case j == len(got) || i < len(want) && want[i] < got[j]:
			out = append(out, "-"+want[i])
			i++
		case i == len(want) || got[j] < want[i]:
			out = append(out, "+"+got[j])
			j++
		default:
			i++
			j++
		}
	}
	return out
}

func TestScoreCasesAgainstScorePy(t *testing.T) {
	corpus := corpusDir(t)
	for _, tt := range scoreCases() {
		t.Run(tt.name, func(t *testing.T) {
			crossCheckScore(t, corpus, writeGold(t, tt.gold), tt.pred)
		})
	}
}

// perturbation says how to turn gold records into imperfect predictions;
// each field is the probability of one change.
type perturbation struct {
	name    string
	seed    uint64
	dropDoc float64 // no output for the document
	prefix  float64 // a folder before the doc name
	dropEnt float64
	retype  float64
	alias   float64 // an alias becomes the name
	dupEnt  float64
	spurEnt float64 // per document
	dropRel float64
	useNew  float64 // a relation names a renamed entity by its new name
	swap    float64 // partners_with written the other way round
	both    float64 // partners_with written both ways
	dupRel  float64
	spurRel float64 // per document: several relations between random names
	split   float64 // the record is split in two, as teasers of a listing
}

func (p perturbation) apply(gold []eval.Record) []eval.Record {
	rng := rand.New(rand.NewPCG(p.seed, 0x5eed))
	hit := func(prob float64) bool { return rng.Float64() < prob }
	types := graph.EntityTypes()
	preds := graph.Predicates()
	var out, tail []eval.Record
	for _, g := range gold {
		if hit(p.dropDoc) {
			continue
		}
		r := eval.Record{Doc: g.Doc}
		if hit(p.prefix) {
			r.Doc = "out/" + g.Doc
		}
		var names []string // forms relations may use
		renamed := map[string]string{}
		for _, e := range g.Entities {
			names = append(names, e.Name)
			names = append(names, e.Aliases...)
			if hit(p.dropEnt) {
				continue
			}
			e.Aliases = slices.Clone(e.Aliases)
			if hit(p.retype) {
				e.Type = types[rng.IntN(len(types))]
			}
			if len(e.Aliases) > 0 && hit(p.alias) {
				k := rng.IntN(len(e.Aliases))
				old := e.Name
				e.Name = e.Aliases[k]
				e.Aliases = slices.Delete(e.Aliases, k, k+1)
				if hit(0.5) {
					e.Aliases = append(e.Aliases, old)
				}
				renamed[old] = e.Name
			}
			r.Entities = append(r.Entities, e)
			if hit(p.dupEnt) {
				d := e
				d.Name = strings.ToUpper(e.Name)
				r.Entities = append(r.Entities, d)
			}
		}
		if hit(p.spurEnt) {
			r.Entities = append(r.Entities,
				eval.Entity{Name: fmt.Sprintf("Spurious Works %d", rng.IntN(3)), Type: types[rng.IntN(len(types))]},
				eval.Entity{Name: `O'Brien "Cells"`, Type: graph.Company})
		}
		for _, rl := range g.Relations {
			if hit(p.dropRel) {
				continue
			}
			if n, ok := renamed[rl.Subject]; ok && hit(p.useNew) {
				rl.Subject = n
			}
			if n, ok := renamed[rl.Object]; ok && hit(p.useNew) {
				rl.Object = n
			}
			if rl.Predicate == graph.PartnersWith {
				if hit(p.both) {
					r.Relations = append(r.Relations, rl)
				}
				if hit(p.swap) {
					rl.Subject, rl.Object = rl.Object, rl.Subject
				}
			}
			r.Relations = append(r.Relations, rl)
			if hit(p.dupRel) {
				r.Relations = append(r.Relations, rl)
			}
		}
		if hit(p.spurRel) && len(names) > 0 {
			for k := 0; k < 3; k++ {
				s, o := names[rng.IntN(len(names))], names[rng.IntN(len(names))]
				if k == 2 {
					o = "Nowhere Inc"
				}
				r.Relations = append(r.Relations, eval.Relation{Subject: s, Predicate: preds[rng.IntN(len(preds))], Object: o})
			}
		}
		if len(r.Entities) > 1 && hit(p.split) {
			// Two teasers of one page: the middle entities in both, the
			// second copy with its aliases only in part; the second record
			// comes last, after every other document.
			cut := 1 + rng.IntN(len(r.Entities)-1)
			lo, hi := max(0, cut-2), min(len(r.Entities), cut+2)
			second := eval.Record{Doc: "listing/" + g.Doc}
			for _, e := range r.Entities[lo:] {
				e.Aliases = slices.Clone(e.Aliases[:rng.IntN(len(e.Aliases)+1)])
				second.Entities = append(second.Entities, e)
			}
			r.Entities = r.Entities[:hi]
			rcut := rng.IntN(len(r.Relations) + 1)
			second.Relations = r.Relations[rcut:]
			r.Relations = r.Relations[:rcut]
			tail = append(tail, second)
		}
		out = append(out, r)
	}
	out = append(out, tail...)
	out = append(out, eval.Record{Doc: "not-in-gold.txt", Entities: []eval.Entity{{Name: "BMW", Type: graph.Company}}})
	return out
}

func perturbations() []perturbation {
	return []perturbation{
		{name: "identity", seed: 1},
		{name: "drop", seed: 2, dropDoc: 0.1, dropEnt: 0.3, dropRel: 0.3},
		{name: "retype", seed: 3, retype: 0.3},
		{name: "alias", seed: 4, alias: 0.7, useNew: 0.5},
		{name: "spurious", seed: 5, spurEnt: 0.5, spurRel: 0.7, dupEnt: 0.1, dupRel: 0.2},
		{name: "partners", seed: 6, swap: 0.6, both: 0.3},
		{name: "split", seed: 7, split: 0.6, prefix: 0.3},
		{name: "mixed-8", seed: 8, dropDoc: 0.05, prefix: 0.2, dropEnt: 0.15, retype: 0.1, alias: 0.3, dupEnt: 0.05,
			spurEnt: 0.3, dropRel: 0.15, useNew: 0.5, swap: 0.5, both: 0.2, dupRel: 0.1, spurRel: 0.4, split: 0.3},
		{name: "mixed-9", seed: 9, dropDoc: 0.05, prefix: 0.2, dropEnt: 0.25, retype: 0.2, alias: 0.5, dupEnt: 0.1,
			spurEnt: 0.5, dropRel: 0.25, useNew: 0.3, swap: 0.5, both: 0.3, dupRel: 0.2, spurRel: 0.6, split: 0.5},
	}
}

func TestScoreAgainstScorePy(t *testing.T) {
	corpus := corpusDir(t)
	dev := filepath.Join(corpus, "dev")
	gold, err := eval.LoadGold(dev)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range perturbations() {
		t.Run(p.name, func(t *testing.T) {
			crossCheckScore(t, corpus, dev, p.apply(gold))
		})
	}
}

// graphJSON is the graph file graph_score.py reads.
type graphJSON struct {
	Nodes []graphJSONNode `json:"nodes"`
	Edges []graphJSONEdge `json:"edges"`
}

type graphJSONNode struct {
	ID      string           `json:"id"`
	Name    string           `json:"name"`
	Type    graph.EntityType `json:"type"`
	Aliases []string         `json:"aliases"`
}

type graphJSONEdge struct {
	Source    string          `json:"source"`
	Target    string          `json:"target"`
	Predicate graph.Predicate `json:"predicate"`
}

// crossCheckGraph scores g with graph_score.py and ScoreGraph and compares
// the printed reports.
func crossCheckGraph(t *testing.T, corpus, goldDir string, g *graph.Graph) {
	t.Helper()
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	gj := graphJSON{Nodes: []graphJSONNode{}, Edges: []graphJSONEdge{}}
	for _, n := range g.Nodes {
		gj.Nodes = append(gj.Nodes, graphJSONNode{n.ID, n.Name, n.Type, n.Aliases})
	}
	for _, e := range g.Edges {
		gj.Edges = append(gj.Edges, graphJSONEdge{e.Source, e.Target, e.Predicate})
	}
	data, err := json.Marshal(gj)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "graph.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := eval.ScoreGraph(gold, g)
	out := runPython(t, filepath.Join(corpus, "graph_score.py"), goldDir, path)
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != out {
		t.Errorf("report (-graph_score.py +Write):\n-%s\n+%s", out, buf.String())
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	t.Log(lines[len(lines)-1])
	fields := map[string]float64{}
	for _, kv := range strings.Fields(lines[len(lines)-1]) {
		k, v, _ := strings.Cut(kv, "=")
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("final line %q: %v", lines[len(lines)-1], err)
		}
		fields[k] = f
	}
	for k, got := range map[string]float64{
		"node_f1": r.NodeF1(), "split_rate": r.SplitRate(), "merge_rate": r.MergeRate(), "edge_f1": r.Edges.F1(),
	} {
		want, ok := fields[k]
		if !ok || math.Abs(got-want) > 0.0005 {
			t.Errorf("%s = %v, graph_score.py %v (present %v)", k, got, want, ok)
		}
	}
}

func TestGraphCasesAgainstGraphScorePy(t *testing.T) {
	corpus := corpusDir(t)
	goldDir := writeGold(t, graphGold())
	for _, tt := range graphCases() {
		t.Run(tt.name, func(t *testing.T) {
			crossCheckGraph(t, corpus, goldDir, &graph.Graph{Nodes: tt.nodes, Edges: tt.edges})
		})
	}
}

// perturbedGraph resolves the gold records into a graph and spoils it:
// drops, splits, merges and retypes nodes, adds spurious nodes and edges,
// turns partners_with round and leaves edges pointing at dropped nodes.
func perturbedGraph(gold []eval.Record, seed uint64) *graph.Graph {
	rng := rand.New(rand.NewPCG(seed, 0x9a9))
	hit := func(prob float64) bool { return rng.Float64() < prob }
	var locals []graph.LocalEntity
	var edges []graph.Edge
	for _, r := range gold {
		typeOf := map[string]graph.EntityType{}
		for _, e := range r.Entities {
			typeOf[e.Name] = e.Type
			locals = append(locals, graph.LocalEntity{Doc: r.Doc, Entity: graph.Entity{Name: e.Name, Type: e.Type, Aliases: e.Aliases}})
		}
		for _, rl := range r.Relations {
			edges = append(edges, graph.Edge{
				Source:    graph.NodeID(typeOf[rl.Subject], rl.Subject),
				Target:    graph.NodeID(typeOf[rl.Object], rl.Object),
				Predicate: rl.Predicate,
			})
		}
	}
	types := graph.EntityTypes()
	var nodes []graph.Node
	moved := map[string]string{}
	for _, n := range graph.Resolve(locals).Nodes {
		switch {
		case hit(0.1):
			continue // dropped; its edges now dangle
		case hit(0.05):
			n.Type = types[rng.IntN(len(types))]
		case len(n.Aliases) > 0 && hit(0.15):
			k := rng.IntN(len(n.Aliases))
			part := graph.Node{ID: n.ID + "#split", Name: n.Aliases[k], Type: n.Type}
			n.Aliases = slices.Delete(slices.Clone(n.Aliases), k, k+1)
			nodes = append(nodes, part)
			moved[n.ID] = part.ID
		case len(nodes) > 0 && hit(0.1):
			// Take in the name of an earlier node, which may stay too.
			prev := nodes[rng.IntN(len(nodes))]
			n.Aliases = append(slices.Clone(n.Aliases), prev.Name)
			if hit(0.5) {
				n.Aliases = append(n.Aliases, prev.Aliases...)
			}
		}
		nodes = append(nodes, n)
	}
	for i := range 5 {
		nodes = append(nodes, graph.Node{ID: fmt.Sprintf("spurious:%d", i), Name: fmt.Sprintf("Spurious Site %d", i), Type: types[i%len(types)]})
	}
	nodes = append(nodes, graph.Node{ID: nodes[0].ID, Name: "Duplicate of the first ID", Type: nodes[0].Type})
	var out []graph.Edge
	for _, e := range edges {
		if hit(0.1) {
			continue
		}
		if to, ok := moved[e.Source]; ok && hit(0.5) {
			e.Source = to
		}
		if to, ok := moved[e.Target]; ok && hit(0.5) {
			e.Target = to
		}
		if e.Predicate == graph.PartnersWith && hit(0.5) {
			e.Source, e.Target = e.Target, e.Source
		}
		out = append(out, e)
		if hit(0.05) {
			out = append(out, e)
		}
	}
	preds := graph.Predicates()
	for range 30 {
		a, b := nodes[rng.IntN(len(nodes))], nodes[rng.IntN(len(nodes))]
		out = append(out, graph.Edge{Source: a.ID, Target: b.ID, Predicate: preds[rng.IntN(len(preds))]})
	}
	g := graph.NewGraph(nodes, nil)
	g.Edges = out // keep the edges to dropped nodes, which NewGraph would drop
	return g
}

func TestScoreGraphAgainstGraphScorePy(t *testing.T) {
	corpus := corpusDir(t)
	dev := filepath.Join(corpus, "dev")
	gold, err := eval.LoadGold(dev)
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprintf("seed-%d", seed), func(t *testing.T) {
			crossCheckGraph(t, corpus, dev, perturbedGraph(gold, seed))
		})
	}
	t.Run("resolved", func(t *testing.T) {
		var locals []graph.LocalEntity
		for _, r := range gold {
			for _, e := range r.Entities {
				locals = append(locals, graph.LocalEntity{Doc: r.Doc, Entity: graph.Entity{Name: e.Name, Type: e.Type, Aliases: e.Aliases}})
			}
		}
		crossCheckGraph(t, corpus, dev, graph.NewGraph(graph.Resolve(locals).Nodes, nil))
	})
}
