package eval_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/eval"
)

func ent(typ graph.EntityType, name string, aliases ...string) eval.Entity {
	return eval.Entity{Name: name, Type: typ, Aliases: aliases}
}

func rel(s string, p graph.Predicate, o string) eval.Relation {
	return eval.Relation{Subject: s, Predicate: p, Object: o}
}

func rec(doc string, ents []eval.Entity, rels ...eval.Relation) eval.Record {
	return eval.Record{Doc: doc, Entities: ents, Relations: rels}
}

func ents(es ...eval.Entity) []eval.Entity { return es }

// scoreCase is a table case of Score; crosscheck_test.go runs the same
// cases through score.py.
type scoreCase struct {
	name                  string
	gold, pred            []eval.Record
	entity, untyped, rels eval.Counts
	missing               int
	errors                []string
}

func scoreCases() []scoreCase {
	bmwGold := rec("a.txt",
		ents(ent(graph.Company, "BMW Group", "BMW", "BMW AG"),
			ent(graph.Plant, "BMW Plant Leipzig", "Leipzig plant"),
			ent(graph.Location, "Leipzig")),
		rel("BMW Group", graph.Operates, "BMW Plant Leipzig"),
		rel("BMW Plant Leipzig", graph.LocatedIn, "Leipzig"))
	return []scoreCase{
		{
			name:   "exact",
			gold:   []eval.Record{bmwGold},
			pred:   []eval.Record{bmwGold},
			entity: eval.Counts{TP: 3, Pred: 3, Gold: 3}, untyped: eval.Counts{TP: 3, Pred: 3, Gold: 3},
			rels: eval.Counts{TP: 2, Pred: 2, Gold: 2},
		},
		{
			name: "folded forms and aliases match",
			gold: []eval.Record{rec("a.txt", ents(
				ent(graph.Company, "BMW Group", "BMW"),
				ent(graph.Person, "Milan Nedeljković"),
				ent(graph.Product, "high-voltage battery")))},
			pred: []eval.Record{rec("a.txt", ents(
				ent(graph.Company, "BMW’s"),
				ent(graph.Person, "MILAN NEDELJKOVIC"),
				ent(graph.Product, "High Voltage Battery")))},
			entity: eval.Counts{TP: 3, Pred: 3, Gold: 3}, untyped: eval.Counts{TP: 3, Pred: 3, Gold: 3},
		},
		{
			name:   "plural folds only a final s",
			gold:   []eval.Record{rec("a.txt", ents(ent(graph.Product, "battery")))},
			pred:   []eval.Record{rec("a.txt", ents(ent(graph.Product, "The Batteries")))},
			entity: eval.Counts{Pred: 1, Gold: 1}, untyped: eval.Counts{Pred: 1, Gold: 1},
			errors: []string{"a.txt: spurious product 'The Batteries'", "a.txt: missed product 'battery'"},
		},
		{
			name: "greedy alignment takes the first free gold entity",
			gold: []eval.Record{rec("a.txt", ents(
				ent(graph.Company, "Alpha", "AB"),
				ent(graph.Company, "AB Corp", "AB")))},
			pred: []eval.Record{rec("a.txt", ents(
				ent(graph.Company, "AB"),
				ent(graph.Company, "Alpha")))},
			entity: eval.Counts{TP: 1, Pred: 2, Gold: 2}, untyped: eval.Counts{TP: 1, Pred: 2, Gold: 2},
			errors: []string{"a.txt: spurious company 'Alpha'", "a.txt: missed company 'AB Corp'"},
		},
		{
			name:   "a gold entity matches once",
			gold:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "BMW Group", "BMW")))},
			pred:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "BMW"), ent(graph.Company, "BMW Group")))},
			entity: eval.Counts{TP: 1, Pred: 2, Gold: 1}, untyped: eval.Counts{TP: 1, Pred: 2, Gold: 1},
			errors: []string{"a.txt: spurious company 'BMW Group'"},
		},
		{
			name:   "wrong type counts untyped only",
			gold:   []eval.Record{rec("a.txt", ents(ent(graph.Plant, "Leipzig plant"), ent(graph.Location, "Leipzig")))},
			pred:   []eval.Record{rec("a.txt", ents(ent(graph.Location, "Leipzig Plant"), ent(graph.Location, "Leipzig")))},
			entity: eval.Counts{TP: 1, Pred: 2, Gold: 2}, untyped: eval.Counts{TP: 2, Pred: 2, Gold: 2},
			errors: []string{"a.txt: spurious location 'Leipzig Plant'", "a.txt: missed plant 'Leipzig plant'"},
		},
		{
			name:   "untyped alignment is a pass of its own",
			gold:   []eval.Record{rec("a.txt", ents(ent(graph.Product, "Mini"), ent(graph.Company, "Mini")))},
			pred:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "Mini"), ent(graph.Product, "Mini")))},
			entity: eval.Counts{TP: 2, Pred: 2, Gold: 2}, untyped: eval.Counts{TP: 2, Pred: 2, Gold: 2},
		},
		{
			name:   "names that fold to nothing never match",
			gold:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "BMW")))},
			pred:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "!!!"), ent(graph.Company, "", "’s")))},
			entity: eval.Counts{Pred: 2, Gold: 1}, untyped: eval.Counts{Pred: 2, Gold: 1},
			errors: []string{"a.txt: spurious company '!!!'", "a.txt: spurious company ''", "a.txt: missed company 'BMW'"},
		},
		{
			name: "names are quoted like Python repr",
			gold: []eval.Record{rec("a.txt", nil)},
			pred: []eval.Record{rec("a.txt", ents(
				ent(graph.Company, "Nissan's"),
				ent(graph.Company, `O'Neil "Motors"`),
				ent(graph.Company, "back\\slash\u00a0nbsp")))},
			entity: eval.Counts{Pred: 3}, untyped: eval.Counts{Pred: 3},
			errors: []string{
				`a.txt: spurious company "Nissan's"`,
				`a.txt: spurious company 'O\'Neil "Motors"'`,
				`a.txt: spurious company 'back\\slash\xa0nbsp'`,
			},
		},
		{
			name: "relation ends map through the aligned prediction's forms",
			gold: []eval.Record{bmwGold},
			pred: []eval.Record{rec("a.txt",
				ents(ent(graph.Company, "BMW", "Bayerische Motoren Werke"),
					ent(graph.Plant, "Leipzig plant"),
					ent(graph.Location, "Leipzig")),
				rel("Bayerische Motoren Werke", graph.Operates, "leipzig plants"),
				rel("Leipzig plant", graph.LocatedIn, "LEIPZIG"))},
			entity: eval.Counts{TP: 3, Pred: 3, Gold: 3}, untyped: eval.Counts{TP: 3, Pred: 3, Gold: 3},
			rels: eval.Counts{TP: 2, Pred: 2, Gold: 2},
		},
		{
			name:   "relation ends fall back to gold forms",
			gold:   []eval.Record{bmwGold},
			pred:   []eval.Record{rec("a.txt", nil, rel("BMW AG", graph.Operates, "BMW Plant Leipzig"))},
			entity: eval.Counts{Gold: 3}, untyped: eval.Counts{Gold: 3},
			rels: eval.Counts{TP: 1, Pred: 1, Gold: 2},
			errors: []string{
				"a.txt: missed company 'BMW Group'", "a.txt: missed plant 'BMW Plant Leipzig'", "a.txt: missed location 'Leipzig'",
				"a.txt: missed relation BMW Plant Leipzig located_in Leipzig",
			},
		},
		{
			name: "the alignment wins over the first gold form",
			gold: []eval.Record{rec("a.txt",
				ents(ent(graph.Product, "Mini"), ent(graph.Company, "Mini"), ent(graph.Product, "Mini Countryman")),
				rel("Mini", graph.Produces, "Mini Countryman"))},
			pred: []eval.Record{rec("a.txt",
				ents(ent(graph.Company, "Mini"), ent(graph.Product, "Mini Countryman")),
				rel("Mini", graph.Produces, "Mini Countryman"))},
			entity: eval.Counts{TP: 2, Pred: 2, Gold: 3}, untyped: eval.Counts{TP: 2, Pred: 2, Gold: 3},
			rels:   eval.Counts{TP: 1, Pred: 1, Gold: 1},
			errors: []string{"a.txt: missed product 'Mini'"},
		},
		{
			name: "gold relations name entities by their last listing",
			gold: []eval.Record{rec("a.txt",
				ents(ent(graph.Product, "Mini"), ent(graph.Company, "Mini"), ent(graph.Product, "Cooper")),
				rel("Mini", graph.Produces, "Cooper"))},
			pred: []eval.Record{rec("a.txt",
				ents(ent(graph.Product, "Mini"), ent(graph.Product, "Cooper")),
				rel("Mini", graph.Produces, "Cooper"))},
			entity: eval.Counts{TP: 2, Pred: 2, Gold: 3}, untyped: eval.Counts{TP: 2, Pred: 2, Gold: 3},
			rels: eval.Counts{Pred: 1, Gold: 1},
			errors: []string{
				"a.txt: missed company 'Mini'",
				"a.txt: spurious relation Mini produces Cooper",
				"a.txt: missed relation Mini produces Cooper",
			},
		},
		{
			// score.py also keys a prediction's raw name, which "The The
			// Mill" folds to.
			name: "an aligned prediction's raw name maps too",
			gold: []eval.Record{rec("a.txt",
				ents(ent(graph.Company, "Mill"), ent(graph.Product, "Flour")),
				rel("Mill", graph.Produces, "Flour"))},
			pred: []eval.Record{rec("a.txt",
				ents(ent(graph.Company, "the mill"), ent(graph.Product, "Flour")),
				rel("The The Mill", graph.Produces, "Flour"))},
			entity: eval.Counts{TP: 2, Pred: 2, Gold: 2}, untyped: eval.Counts{TP: 2, Pred: 2, Gold: 2},
			rels: eval.Counts{TP: 1, Pred: 1, Gold: 1},
		},
		{
			name: "duplicate predictions count once",
			gold: []eval.Record{bmwGold},
			pred: []eval.Record{rec("a.txt", nil,
				rel("BMW", graph.Operates, "Leipzig plant"),
				rel("BMW Group", graph.Operates, "BMW Plant Leipzig"),
				rel("BMW", graph.Supplies, "Nobody"),
				rel("BMW AG", graph.Supplies, "Nobody"))},
			entity: eval.Counts{Gold: 3}, untyped: eval.Counts{Gold: 3},
			rels: eval.Counts{TP: 1, Pred: 2, Gold: 2},
			errors: []string{
				"a.txt: missed company 'BMW Group'", "a.txt: missed plant 'BMW Plant Leipzig'", "a.txt: missed location 'Leipzig'",
				"a.txt: spurious relation BMW Group supplies ?Nobody",
				"a.txt: missed relation BMW Plant Leipzig located_in Leipzig",
			},
		},
		{
			name: "partners_with matches either way round",
			gold: []eval.Record{rec("a.txt", ents(ent(graph.Company, "A"), ent(graph.Company, "B")),
				rel("A", graph.PartnersWith, "B"), rel("A", graph.Supplies, "B"))},
			pred: []eval.Record{rec("a.txt", ents(ent(graph.Company, "A"), ent(graph.Company, "B")),
				rel("B", graph.PartnersWith, "A"), rel("B", graph.Supplies, "A"))},
			entity: eval.Counts{TP: 2, Pred: 2, Gold: 2}, untyped: eval.Counts{TP: 2, Pred: 2, Gold: 2},
			rels:   eval.Counts{TP: 1, Pred: 2, Gold: 2},
			errors: []string{"a.txt: spurious relation B supplies A", "a.txt: missed relation A supplies B"},
		},
		{
			// score.py counts each distinct predicted triple: both orders of
			// one gold pair are two hits, so recall can pass 1.
			name: "partners_with in both orders hits twice",
			gold: []eval.Record{rec("a.txt", ents(ent(graph.Company, "A"), ent(graph.Company, "B")),
				rel("A", graph.PartnersWith, "B"))},
			pred: []eval.Record{rec("a.txt", nil,
				rel("B", graph.PartnersWith, "A"), rel("A", graph.PartnersWith, "B"))},
			entity: eval.Counts{Gold: 2}, untyped: eval.Counts{Gold: 2},
			rels:   eval.Counts{TP: 2, Pred: 2, Gold: 1},
			errors: []string{"a.txt: missed company 'A'", "a.txt: missed company 'B'"},
		},
		{
			name:   "gold relations to non-entities are dropped",
			gold:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "A")), rel("A", graph.Owns, "Ghost"))},
			pred:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "A")), rel("A", graph.Owns, "Ghost"))},
			entity: eval.Counts{TP: 1, Pred: 1, Gold: 1}, untyped: eval.Counts{TP: 1, Pred: 1, Gold: 1},
			rels:   eval.Counts{Pred: 1},
			errors: []string{"a.txt: spurious relation A owns ?Ghost"},
		},
		{
			name: "records of one document are united",
			gold: []eval.Record{rec("list.txt",
				ents(ent(graph.Company, "BMW Group", "BMW"), ent(graph.Company, "Mini")),
				rel("BMW Group", graph.Owns, "Mini"))},
			pred: []eval.Record{
				rec("list.txt", ents(ent(graph.Company, "bmw groups"), ent(graph.Company, "Mini"))),
				rec("other.txt", ents(ent(graph.Company, "X"))),
				rec("feeds/list.txt", ents(ent(graph.Company, "BMW Group", "BMW"), ent(graph.Company, "Mini")),
					rel("BMW", graph.Owns, "Mini")),
			},
			entity: eval.Counts{TP: 2, Pred: 2, Gold: 2}, untyped: eval.Counts{TP: 2, Pred: 2, Gold: 2},
			rels: eval.Counts{TP: 1, Pred: 1, Gold: 1},
		},
		{
			name:   "a single record keeps its duplicates",
			gold:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "Mini")))},
			pred:   []eval.Record{rec("a.txt", ents(ent(graph.Company, "Mini"), ent(graph.Company, "MINI")))},
			entity: eval.Counts{TP: 1, Pred: 2, Gold: 1}, untyped: eval.Counts{TP: 1, Pred: 2, Gold: 1},
			errors: []string{"a.txt: spurious company 'MINI'"},
		},
		{
			name: "uniting collapses duplicates of the first record",
			gold: []eval.Record{rec("a.txt", ents(ent(graph.Company, "Mini")))},
			pred: []eval.Record{
				rec("a.txt", ents(ent(graph.Company, "Mini"), ent(graph.Company, "MINI"))),
				rec("a.txt", nil)},
			entity: eval.Counts{TP: 1, Pred: 1, Gold: 1}, untyped: eval.Counts{TP: 1, Pred: 1, Gold: 1},
		},
		{
			name: "united aliases can make a match",
			gold: []eval.Record{rec("a.txt", ents(ent(graph.Company, "Bayerische Motoren Werke", "BMW")))},
			pred: []eval.Record{
				rec("a.txt", ents(ent(graph.Company, "Munich carmaker"))),
				rec("a.txt", ents(ent(graph.Company, "Munich Carmaker", "BMW")))},
			entity: eval.Counts{TP: 1, Pred: 1, Gold: 1}, untyped: eval.Counts{TP: 1, Pred: 1, Gold: 1},
		},
		{
			name:   "documents without output",
			gold:   []eval.Record{bmwGold, rec("b.txt", ents(ent(graph.Location, "Germany")))},
			pred:   []eval.Record{rec("b.txt", ents(ent(graph.Location, "Germany")))},
			entity: eval.Counts{TP: 1, Pred: 1, Gold: 4}, untyped: eval.Counts{TP: 1, Pred: 1, Gold: 4},
			rels:    eval.Counts{Gold: 2},
			missing: 1,
			errors: []string{
				"a.txt: missed company 'BMW Group'", "a.txt: missed plant 'BMW Plant Leipzig'", "a.txt: missed location 'Leipzig'",
				"a.txt: missed relation BMW Group operates BMW Plant Leipzig",
				"a.txt: missed relation BMW Plant Leipzig located_in Leipzig",
			},
		},
	}
}

func TestScore(t *testing.T) {
	for _, tt := range scoreCases() {
		t.Run(tt.name, func(t *testing.T) {
			r := eval.Score(tt.gold, tt.pred)
			if r.Entity != tt.entity {
				t.Errorf("entity = %+v, want %+v", r.Entity, tt.entity)
			}
			if r.EntityUntyped != tt.untyped {
				t.Errorf("untyped = %+v, want %+v", r.EntityUntyped, tt.untyped)
			}
			if r.Relation != tt.rels {
				t.Errorf("relation = %+v, want %+v", r.Relation, tt.rels)
			}
			if r.Docs != len(tt.gold) || r.DocsMissing != tt.missing {
				t.Errorf("docs = %d (%d missing), want %d (%d missing)", r.Docs, r.DocsMissing, len(tt.gold), tt.missing)
			}
			if got := r.Errors(); !slices.Equal(got, tt.errors) {
				t.Errorf("errors (-want +got):\n-%s\n+%s", strings.Join(tt.errors, "\n-"), strings.Join(got, "\n+"))
			}
		})
	}
}

func TestScoreBreakdown(t *testing.T) {
	gold := []eval.Record{rec("a.txt",
		ents(ent(graph.Company, "A"), ent(graph.Company, "B"), ent(graph.Plant, "A Plant X")),
		rel("A", graph.Operates, "A Plant X"), rel("A", graph.Owns, "B"))}
	pred := []eval.Record{rec("a.txt",
		ents(ent(graph.Company, "A"), ent(graph.Location, "B"), ent(graph.Technology, "C")),
		rel("A", graph.Owns, "B"), rel("A", graph.Uses, "C"))}
	r := eval.Score(gold, pred)
	wantType := map[graph.EntityType]eval.Counts{
		graph.Company:    {TP: 1, Pred: 1, Gold: 2},
		graph.Plant:      {Gold: 1},
		graph.Location:   {Pred: 1},
		graph.Technology: {Pred: 1},
	}
	for typ, want := range wantType {
		if got := r.ByType[typ]; got != want {
			t.Errorf("ByType[%s] = %+v, want %+v", typ, got, want)
		}
	}
	wantPred := map[graph.Predicate]eval.Counts{
		graph.Operates: {Gold: 1},
		graph.Owns:     {TP: 1, Pred: 1, Gold: 1},
		graph.Uses:     {Pred: 1},
	}
	for p, want := range wantPred {
		if got := r.ByPredicate[p]; got != want {
			t.Errorf("ByPredicate[%s] = %+v, want %+v", p, got, want)
		}
	}
	if len(r.PerDoc) != 1 || r.PerDoc[0].Doc != "a.txt" || r.PerDoc[0].Relation != r.Relation {
		t.Errorf("PerDoc = %+v", r.PerDoc)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf, true); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if got, want := lines[len(lines)-1], "entity_f1=0.333 relation_f1=0.500"; got != want {
		t.Errorf("last line = %q, want %q", got, want)
	}
	if got, want := lines[0], "a.txt: spurious location 'B'"; got != want {
		t.Errorf("first line = %q, want %q", got, want)
	}
	if !slices.Contains(lines, "  entity plant       P 0.000 R 0.000 F1 0.000   gold 1") {
		t.Errorf("no plant line in\n%s", buf.String())
	}
}

func TestCountsZero(t *testing.T) {
	var c eval.Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Errorf("zero counts score %v %v %v", c.Precision(), c.Recall(), c.F1())
	}
}
