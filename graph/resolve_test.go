package graph_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plantgraph/plantgraph/graph"
)

// le returns a local entity of document doc with n mentions of its name
// and the given aliases.
func le(doc string, t graph.EntityType, name string, n int, aliases ...string) graph.LocalEntity {
	e := graph.LocalEntity{Doc: doc, Entity: graph.Entity{Name: name, Type: t, Aliases: aliases}}
	for i := 0; i < n; i++ {
		e.Mentions = append(e.Mentions, graph.Mention{Span: graph.Span{Start: 10 * i, End: 10*i + len(name)}, Text: name})
	}
	return e
}

// resolveCase is a set of local entities and what must become of them.
// A local entity is named "doc/name", or "doc/name/type" when its
// document has that name under two types.
type resolveCase struct {
	name    string
	locals  []graph.LocalEntity
	aliases string // an aliases file, "" for none
	// same lists groups of local entities that must share a node; two
	// groups must not.
	same [][]string
	// node gives the name and type the node of a local entity must have,
	// as "name (type)".
	node map[string]string
	// rule names a rule some merge must have used.
	rule string
}

var resolveCases = []resolveCase{
	{
		name: "company suffixes, case, punctuation, diacritics",
		locals: []graph.LocalEntity{
			le("a", graph.Company, "BMW", 2),
			le("b", graph.Company, "BMW AG", 1),
			le("c", graph.Company, "BMW Group", 5, "BMW"),
			le("a", graph.Company, "Mercedes-Benz Group", 3),
			le("b", graph.Company, "MERCEDES BENZ GROUP AG", 1),
			le("c", graph.Company, "Škoda Auto", 1),
			le("d", graph.Company, "Skoda Auto", 2),
			le("d", graph.Company, "Toyota Motor Corporation", 2),
			le("e", graph.Company, "Toyota", 1),
		},
		same: [][]string{
			{"a/BMW", "b/BMW AG", "c/BMW Group"},
			{"a/Mercedes-Benz Group", "b/MERCEDES BENZ GROUP AG"},
			{"c/Škoda Auto", "d/Skoda Auto"},
			{"d/Toyota Motor Corporation", "e/Toyota"},
		},
		node: map[string]string{
			"a/BMW":        "BMW Group (company)",
			"c/Škoda Auto": "Skoda Auto (company)",
		},
		rule: graph.RuleSuffix,
	},
	{
		name: "GM is General Motors through an alias another article gives",
		locals: []graph.LocalEntity{
			le("a", graph.Company, "General Motors", 3, "GM"),
			le("b", graph.Company, "GM", 2),
			le("c", graph.Company, "GM", 1),
		},
		same: [][]string{{"a/General Motors", "b/GM", "c/GM"}},
		node: map[string]string{"b/GM": "General Motors (company)"},
		rule: graph.RuleAlias,
	},
	{
		name: "GM and General Motors stay apart without an alias",
		locals: []graph.LocalEntity{
			le("a", graph.Company, "General Motors", 3),
			le("b", graph.Company, "GM", 2),
		},
		same: [][]string{{"a/General Motors"}, {"b/GM"}},
	},
	{
		name: "transitive alias evidence",
		locals: []graph.LocalEntity{
			le("a", graph.Company, "Contemporary Amperex Technology Limited", 2, "CATL"),
			le("b", graph.Company, "CATL", 4, "Ningde Shidai"),
			le("b2", graph.Company, "CATL", 1, "Ningde Shidai"),
			le("c", graph.Company, "Ningde Shidai", 1),
		},
		same: [][]string{{"a/Contemporary Amperex Technology Limited", "b/CATL", "c/Ningde Shidai"}},
		rule: graph.RuleAlias,
	},
	{
		name: "one article's short form does not swallow the company of that name",
		locals: []graph.LocalEntity{
			le("a", graph.Company, "Stellantis", 3),
			le("b", graph.Company, "Stellantis", 2),
			le("c", graph.Company, "Stellantis Ventures", 2, "Stellantis", "Stellantis N.V."),
		},
		same: [][]string{{"a/Stellantis", "b/Stellantis"}, {"c/Stellantis Ventures"}},
	},
	{
		name: "a longer alias of a shorter name joins the entity so named",
		locals: []graph.LocalEntity{
			le("a", graph.Product, "Mini Countryman", 1),
			le("b", graph.Product, "Mini Countryman", 1),
			le("c", graph.Product, "Countryman", 3, "Mini Countryman"),
			le("d", graph.Product, "Countryman E", 1),
		},
		same: [][]string{{"a/Mini Countryman", "b/Mini Countryman", "c/Countryman"}, {"d/Countryman E"}},
		rule: graph.RuleAlias,
	},
	{
		name: "a document's own distinction stands",
		locals: []graph.LocalEntity{
			le("a", graph.Company, "Hyundai Motor Company", 2, "Hyundai"),
			le("a", graph.Company, "Hyundai Motor Group", 2),
			le("b", graph.Company, "Hyundai Motor Group", 1),
			le("c", graph.Company, "Hyundai Motor Co.", 1),
		},
		same: [][]string{
			{"a/Hyundai Motor Company", "c/Hyundai Motor Co."},
			{"a/Hyundai Motor Group", "b/Hyundai Motor Group"},
		},
	},
	{
		name: "plant forms of one operator and site",
		locals: []graph.LocalEntity{
			le("a", graph.Plant, "BMW Plant Leipzig", 4, "Leipzig plant"),
			le("a", graph.Company, "BMW Group", 2),
			le("b", graph.Plant, "Plant Leipzig", 1),
			le("c", graph.Plant, "BMW Group Plant Leipzig", 1),
			le("d", graph.Plant, "the Leipzig site", 1),
			le("e", graph.Plant, "Leipzig plant", 2),
		},
		same: [][]string{{"a/BMW Plant Leipzig", "b/Plant Leipzig", "c/BMW Group Plant Leipzig", "d/the Leipzig site", "e/Leipzig plant"}},
		node: map[string]string{"d/the Leipzig site": "BMW Plant Leipzig (plant)"},
		rule: graph.RulePlantSite,
	},
	{
		name: "a generic alias does not merge two operators' plants",
		locals: []graph.LocalEntity{
			le("a", graph.Plant, "BMW Plant Leipzig", 4, "Leipzig plant"),
			le("b", graph.Plant, "Porsche Plant Leipzig", 2, "Leipzig plant", "BMW Group Plant Leipzig"),
			le("c", graph.Plant, "Leipzig plant", 1),
			le("c", graph.Company, "Porsche", 1),
			le("d", graph.Plant, "Leipzig plant", 1),
			le("e", graph.Plant, "Leipzig plant", 1),
		},
		same: [][]string{
			{"a/BMW Plant Leipzig"},
			{"b/Porsche Plant Leipzig", "c/Leipzig plant"},
			{"d/Leipzig plant"},
			{"e/Leipzig plant"},
		},
	},
	{
		name: "acronyms of plants and places, not of companies",
		locals: []graph.LocalEntity{
			le("a", graph.Plant, "Hyundai Motor Group Metaplant America", 2),
			le("b", graph.Plant, "HMGMA", 3),
			le("c", graph.Plant, "Advanced Manufacturing Plant 1", 1),
			le("c", graph.Plant, "Advanced Manufacturing Plant 2", 1),
			le("d", graph.Plant, "AMP-1", 1),
			le("a", graph.Location, "United States", 2),
			le("b", graph.Location, "US", 4),
			le("c", graph.Location, "US", 1),
			le("a", graph.Company, "Automotive Cells Company", 1),
			le("b", graph.Company, "ACC", 1),
		},
		same: [][]string{
			{"a/Hyundai Motor Group Metaplant America", "b/HMGMA"},
			{"c/Advanced Manufacturing Plant 1", "d/AMP-1"},
			{"c/Advanced Manufacturing Plant 2"},
			{"a/United States", "b/US", "c/US"},
			{"a/Automotive Cells Company"},
			{"b/ACC"},
		},
		node: map[string]string{
			"b/HMGMA": "Hyundai Motor Group Metaplant America (plant)",
			"c/US":    "United States (location)",
		},
		rule: graph.RuleAcronym,
	},
	{
		name: "an acronym that respells its last letter",
		locals: []graph.LocalEntity{
			le("a", graph.Technology, "Artificial Intelligence Quality Next", 2, "AIQX"),
			le("b", graph.Technology, "AIQX", 1),
			le("c", graph.Technology, "Artificial Intelligence Quality Control", 1),
			le("d", graph.Technology, "AIQZ", 1),
		},
		same: [][]string{
			{"a/Artificial Intelligence Quality Next", "b/AIQX"},
			{"c/Artificial Intelligence Quality Control"},
			{"d/AIQZ"},
		},
	},
	{
		name: "a plant's proper name and its site",
		locals: []graph.LocalEntity{
			le("a", graph.Plant, "Gigafactory Texas", 2, "Austin factory"),
			le("b", graph.Plant, "Tesla Plant Austin", 2),
			le("c", graph.Plant, "Toyota Plant Georgetown", 1, "Toyota Motor Manufacturing Kentucky"),
			le("d", graph.Plant, "Toyota Motor Manufacturing Plant Kentucky", 1, "Toyota Motor Manufacturing Kentucky"),
			le("g", graph.Plant, "BMW Plant Oxford", 1, "Oxford Body Works"),
			le("h", graph.Plant, "Unipart Plant Cowley", 1, "Oxford Body Works"),
			le("e", graph.Plant, "Audi Plant Győr", 1),
			le("f", graph.Plant, "Audi Hungaria Plant Gyor", 1),
		},
		same: [][]string{
			{"a/Gigafactory Texas", "b/Tesla Plant Austin"},
			{"c/Toyota Plant Georgetown", "d/Toyota Motor Manufacturing Plant Kentucky"},
			{"g/BMW Plant Oxford"},
			{"h/Unipart Plant Cowley"},
			{"e/Audi Plant Győr", "f/Audi Hungaria Plant Gyor"},
		},
	},
	{
		name: "people with and without diacritics, misspelt, by surname",
		locals: []graph.LocalEntity{
			le("a", graph.Person, "Milan Nedeljković", 3),
			le("b", graph.Person, "Milan Nedeljkovic", 2),
			le("c", graph.Person, "Milan Neldeljkovic", 1),
			le("d", graph.Person, "Nedeljković", 1),
			le("e", graph.Person, "Petra Peterhänsel", 1),
			le("f", graph.Person, "Petra Peterhaensel", 1),
			le("f", graph.Person, "Dr. Martin Brudermüller", 1),
			le("g", graph.Person, "Martin Brudermüller", 1),
		},
		same: [][]string{
			{"a/Milan Nedeljković", "b/Milan Nedeljkovic", "c/Milan Neldeljkovic", "d/Nedeljković"},
			{"e/Petra Peterhänsel", "f/Petra Peterhaensel"},
			{"f/Dr. Martin Brudermüller", "g/Martin Brudermüller"},
		},
		node: map[string]string{
			"c/Milan Neldeljkovic": "Milan Nedeljković (person)",
			"d/Nedeljković":        "Milan Nedeljković (person)",
		},
		rule: graph.RuleTypo,
	},
	{
		name: "two people with one surname stay apart",
		locals: []graph.LocalEntity{
			le("a", graph.Person, "Anna Schmidt", 2),
			le("a", graph.Person, "Schmidt", 1),
			le("b", graph.Person, "Peter Schmidt", 2),
			le("c", graph.Person, "Schmidt", 1),
			le("d", graph.Person, "Schmidt", 1),
			le("e", graph.Person, "Maria Weber", 1),
			le("f", graph.Person, "Mario Weber", 1),
			le("g", graph.Person, "Jan Mrosik", 1),
			le("h", graph.Person, "Mrosik", 1),
		},
		same: [][]string{
			{"a/Anna Schmidt", "a/Schmidt"},
			{"b/Peter Schmidt"},
			{"c/Schmidt"},
			{"d/Schmidt"},
			{"e/Maria Weber"},
			{"f/Mario Weber"},
			{"g/Jan Mrosik", "h/Mrosik"},
		},
		rule: graph.RuleSurname,
	},
	{
		name: "type by weight of mentions, not by the first document",
		locals: []graph.LocalEntity{
			le("a", graph.Plant, "Ultium Cells", 1),
			le("b", graph.Company, "Ultium Cells", 4),
			le("c", graph.Company, "Ultium Cells", 1),
			le("d", graph.Company, "Mini", 1),
			le("d", graph.Product, "Mini", 1),
		},
		same: [][]string{
			{"a/Ultium Cells", "b/Ultium Cells", "c/Ultium Cells"},
			{"d/Mini/company"},
			{"d/Mini/product"},
		},
		node: map[string]string{"a/Ultium Cells": "Ultium Cells (company)"},
		rule: graph.RuleTypeWeight,
	},
	{
		name: "canonical name: most mentions, then diacritics",
		locals: []graph.LocalEntity{
			le("a", graph.Location, "Gruenheide", 1),
			le("b", graph.Location, "Grünheide", 1),
			le("c", graph.Company, "Volkswagen AG", 1),
			le("d", graph.Company, "Volkswagen Group", 3, "Volkswagen"),
			le("e", graph.Company, "VOLKSWAGEN", 1),
		},
		same: [][]string{
			{"a/Gruenheide", "b/Grünheide"},
			{"c/Volkswagen AG", "d/Volkswagen Group", "e/VOLKSWAGEN"},
		},
		node: map[string]string{
			"a/Gruenheide": "Grünheide (location)",
			"e/VOLKSWAGEN": "Volkswagen Group (company)",
		},
	},
	{
		name: "aliases file entries and never pairs",
		locals: []graph.LocalEntity{
			le("a", graph.Company, "General Motors", 3),
			le("b", graph.Company, "GM", 2),
			le("c", graph.Company, "BMW", 1),
			le("d", graph.Company, "BMW AG", 1),
			le("e", graph.Company, "Giga Texas", 2),
			le("f", graph.Plant, "Gigafactory Texas", 1),
		},
		aliases: "# test\n" +
			"General Motors\tcompany\tGM|General Motors Co.\n" +
			"Tesla Gigafactory Texas\tplant\tGiga Texas|Gigafactory Texas\n" +
			"!never\tBMW\tBMW AG\n",
		same: [][]string{
			{"a/General Motors", "b/GM"},
			{"c/BMW"},
			{"d/BMW AG"},
			{"e/Giga Texas", "f/Gigafactory Texas"},
		},
		node: map[string]string{
			"b/GM":         "General Motors (company)",
			"e/Giga Texas": "Tesla Gigafactory Texas (plant)",
		},
		rule: "aliases file line 2",
	},
}

func TestResolve(t *testing.T) {
	for _, tt := range resolveCases {
		t.Run(tt.name, func(t *testing.T) {
			res := resolveWith(t, tt)
			checkResolution(t, tt, res)
			if tt.rule != "" && !hasRule(res, tt.rule) {
				t.Errorf("no merge by rule %q; merges:\n%s", tt.rule, merges(res))
			}
		})
	}
}

// TestResolve_OrderFree checks that the resolution does not depend on the
// order of the local entities.
func TestResolve_OrderFree(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tt := range resolveCases {
		t.Run(tt.name, func(t *testing.T) {
			want := resolveWith(t, tt)
			for range 5 {
				shuffled := tt
				shuffled.locals = append([]graph.LocalEntity(nil), tt.locals...)
				rng.Shuffle(len(shuffled.locals), func(i, j int) {
					shuffled.locals[i], shuffled.locals[j] = shuffled.locals[j], shuffled.locals[i]
				})
				got := resolveWith(t, shuffled)
				if diff := cmp.Diff(want.Nodes, got.Nodes); diff != "" {
					t.Fatalf("nodes differ with input order (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(want.Of, got.Of); diff != "" {
					t.Fatalf("node of each local differs with input order (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestResolve_Node checks the node's counts and aliases: another node's
// name is no alias, and the mentions and documents add up.
func TestResolve_Node(t *testing.T) {
	res := graph.Resolve([]graph.LocalEntity{
		le("a", graph.Company, "Stellantis", 3),
		le("b", graph.Company, "Stellantis Ventures", 2, "Stellantis", "Stellantis N.V."),
		le("c", graph.Company, "Gotion", 2, "Gotion High-Tech"),
		le("d", graph.Company, "Gotion InoBat Batteries", 2, "GIB", "Gotion High-Tech"),
		le("e", graph.Company, "BMW Group", 4, "BMW", "BMW AG"),
		le("f", graph.Company, "BMW", 1),
	})
	want := []graph.Node{
		{ID: "company:bmw group", Name: "BMW Group", Type: graph.Company, Aliases: []string{"BMW", "BMW AG"}, Mentions: 5, Docs: 2},
		{ID: "company:gotion", Name: "Gotion", Type: graph.Company, Aliases: []string{"Gotion High-Tech"}, Mentions: 2, Docs: 1},
		{ID: "company:gotion inobat batterie", Name: "Gotion InoBat Batteries", Type: graph.Company, Aliases: []string{"GIB"}, Mentions: 2, Docs: 1},
		{ID: "company:stellanti", Name: "Stellantis", Type: graph.Company, Mentions: 3, Docs: 1},
		{ID: "company:stellanti venture", Name: "Stellantis Ventures", Type: graph.Company, Mentions: 2, Docs: 1},
	}
	if diff := cmp.Diff(want, res.Nodes); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
}

// TestResolve_IDs checks that two nodes of one name get distinct IDs, the
// heavier the plain one.
func TestResolve_IDs(t *testing.T) {
	res := graph.Resolve([]graph.LocalEntity{
		le("a", graph.Plant, "BMW Plant Debrecen", 1),
		le("a", graph.Plant, "CATL Plant Debrecen", 1),
		le("b", graph.Plant, "Plant Debrecen", 1),
		le("c", graph.Plant, "Plant Debrecen", 3),
	})
	got := map[string]string{}
	for ref, id := range res.Of {
		got[ref.Doc+"/"+ref.Key.Name] = id
	}
	want := map[string]string{
		"a/BMW Plant Debrecen":  "plant:bmw plant debrecen",
		"a/CATL Plant Debrecen": "plant:catl plant debrecen",
		"b/Plant Debrecen":      "plant:plant debrecen#2",
		"c/Plant Debrecen":      "plant:plant debrecen",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

// TestResolve_NilResolver checks that a nil *Resolver resolves like
// Resolve.
func TestResolve_NilResolver(t *testing.T) {
	locals := resolveCases[0].locals
	var r *graph.Resolver
	if diff := cmp.Diff(graph.Resolve(locals), r.Resolve(locals)); diff != "" {
		t.Errorf("(-Resolve +nil Resolver):\n%s", diff)
	}
}

func resolveWith(t *testing.T, tt resolveCase) graph.Resolution {
	t.Helper()
	r := &graph.Resolver{}
	if tt.aliases != "" {
		a, err := graph.ReadAliases(strings.NewReader(tt.aliases), "aliases.tsv")
		if err != nil {
			t.Fatal(err)
		}
		r.Aliases = a
	}
	return r.Resolve(tt.locals)
}

// checkResolution checks the groups and node names of a case.
func checkResolution(t *testing.T, tt resolveCase, res graph.Resolution) {
	t.Helper()
	nodes := map[string]graph.Node{}
	for _, n := range res.Nodes {
		nodes[n.ID] = n
	}
	idOf := func(name string) string {
		t.Helper()
		parts := strings.Split(name, "/")
		var found []string
		for _, l := range tt.locals {
			if l.Doc == parts[0] && l.Name == parts[1] && (len(parts) < 3 || string(l.Type) == parts[2]) {
				found = append(found, res.Of[graph.LocalRef{Doc: l.Doc, Key: l.Key()}])
			}
		}
		if len(found) != 1 {
			t.Fatalf("local %q: %d matches in the case", name, len(found))
		}
		if found[0] == "" {
			t.Fatalf("local %q has no node", name)
		}
		return found[0]
	}
	groupOf := map[string]int{}
	for g, names := range tt.same {
		for _, name := range names {
			id := idOf(name)
			if h, ok := groupOf[id]; ok && h != g {
				t.Errorf("%q is in the node %q of %q, which must stay apart\nmerges:\n%s", name, id, tt.same[h], merges(res))
			}
			groupOf[id] = g
			if first := idOf(names[0]); id != first {
				t.Errorf("%q is in node %q, %q in node %q; want one node\nmerges:\n%s", name, id, names[0], first, merges(res))
			}
		}
	}
	for name, want := range tt.node {
		n := nodes[idOf(name)]
		if got := fmt.Sprintf("%s (%s)", n.Name, n.Type); got != want {
			t.Errorf("node of %q is %s, want %s", name, got, want)
		}
	}
}

func hasRule(res graph.Resolution, rule string) bool {
	for _, m := range res.Merges {
		if m.Rule == rule {
			return true
		}
	}
	return false
}

func merges(res graph.Resolution) string {
	var b strings.Builder
	for _, m := range res.Merges {
		fmt.Fprintf(&b, "  %s\n", m)
	}
	return b.String()
}

// BenchmarkResolve resolves a synthetic corpus of 5,000 documents of
// eight entities each.
func BenchmarkResolve(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	first := []string{"Anna", "Peter", "Maria", "Jan", "Olaf", "Milan", "Petra", "Oliver"}
	var locals []graph.LocalEntity
	for d := range 5000 {
		doc := fmt.Sprintf("doc%05d", d)
		for k := range 8 {
			c := rng.IntN(2000)
			var e graph.LocalEntity
			switch k % 4 {
			case 0:
				e = le(doc, graph.Company, fmt.Sprintf("Maker%d Group", c), 2, fmt.Sprintf("Maker%d", c))
			case 1:
				e = le(doc, graph.Plant, fmt.Sprintf("Maker%d Plant Town%d", c, c%50), 1, fmt.Sprintf("Town%d plant", c%50))
			case 2:
				sn := []byte{byte('A' + c%26)}
				for x := c; len(sn) < 5+c%5; x = x*31 + 7 {
					sn = append(sn, byte('a'+x%26))
				}
				e = le(doc, graph.Person, first[c%8]+" "+string(sn), 1)
			default:
				e = le(doc, graph.Location, fmt.Sprintf("Town%d", c%500), 1)
			}
			locals = append(locals, e)
		}
	}
	b.ResetTimer()
	for range b.N {
		graph.Resolve(locals)
	}
}

// FuzzResolve checks the invariants of any resolution: every local entity
// has a node, node IDs are unique, no node is empty, and reversing the
// input changes nothing. The input is lines of doc|type|name|alias|...
func FuzzResolve(f *testing.F) {
	f.Add("a|company|BMW Group|BMW\nb|company|BMW AG\nc|plant|Plant Leipzig\nc|plant|BMW Plant Leipzig|Leipzig plant")
	f.Add("a|person|Anna Schmidt\nb|person|Schmidt\nb|person|Peter Schmidt\nc|person|Schmidt")
	f.Add("a|location|US\nb|location|United States\nb|product|US\nc|plant|HMGMA")
	f.Fuzz(func(t *testing.T, in string) {
		var locals []graph.LocalEntity
		for _, line := range strings.Split(in, "\n") {
			p := strings.Split(line, "|")
			if len(p) < 3 || p[2] == "" {
				continue
			}
			locals = append(locals, le(p[0], graph.EntityType(p[1]), p[2], len(p[2])%3, p[3:]...))
		}
		res := graph.Resolve(locals)
		ids := map[string]bool{}
		for _, n := range res.Nodes {
			if ids[n.ID] || n.Name == "" {
				t.Fatalf("node %+v: duplicate ID or empty name", n)
			}
			ids[n.ID] = true
		}
		for _, l := range locals {
			if id := res.Of[graph.LocalRef{Doc: l.Doc, Key: l.Key()}]; !ids[id] {
				t.Fatalf("%s %s: node %q not among the nodes", l.Doc, l.Key(), id)
			}
		}
		rev := make([]graph.LocalEntity, len(locals))
		for i, l := range locals {
			rev[len(locals)-1-i] = l
		}
		if diff := cmp.Diff(res.Nodes, graph.Resolve(rev).Nodes); diff != "" {
			t.Fatalf("reversed input (-want +got):\n%s", diff)
		}
	})
}
