package eval_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plantgraph/plantgraph/graph"
	"github.com/plantgraph/plantgraph/pkg/eval"
)

func TestRecordFromFacts(t *testing.T) {
	text := `BMW's "Leipzig" plant builds the i3.`
	bmw := graph.Key{Name: "BMW Group", Type: graph.Company}
	plant := graph.Key{Name: "BMW Plant Leipzig", Type: graph.Plant}
	i3 := graph.Key{Name: "i3", Type: graph.Product}
	f := graph.Facts{
		Doc: graph.Document{Key: "in/a.txt", Path: "in/a.txt", Name: "a.txt", Text: text,
			Meta: graph.Meta{Title: "A <b> & c", Date: "2024-01-02", URL: "https://example.com/a"}},
		Entities: []graph.Entity{
			{Name: "BMW Group", Type: graph.Company, Aliases: []string{"BMW"},
				Mentions: []graph.Mention{{Span: graph.Span{Start: 0, End: 3}, Text: "BMW"}}},
			{Name: "BMW Plant Leipzig", Type: graph.Plant},
			{Name: "i3", Type: graph.Product},
		},
		Relations: []graph.Relation{
			{Subject: plant, Predicate: graph.Produces, Object: i3,
				Evidence: graph.Evidence{Doc: "in/a.txt", Sentence: text, Span: graph.Span{Start: 0, End: len(text)}, Confidence: 0.9}},
			{Subject: bmw, Predicate: graph.Operates, Object: plant},
		},
	}
	var buf bytes.Buffer
	if err := eval.WriteJSONL(&buf, []eval.Record{eval.RecordFromFacts(f)}); err != nil {
		t.Fatal(err)
	}
	want := `{"doc":"a.txt","meta":{"title":"A <b> & c","date":"2024-01-02","url":"https://example.com/a"},` +
		`"entities":[{"name":"BMW Group","type":"company","aliases":["BMW"]},{"name":"BMW Plant Leipzig","type":"plant"},{"name":"i3","type":"product"}],` +
		`"relations":[{"subject":"BMW Plant Leipzig","predicate":"produces","object":"i3","evidence":{"sentence":"BMW's \"Leipzig\" plant builds the i3.","start":0,"end":36}},` +
		`{"subject":"BMW Group","predicate":"operates","object":"BMW Plant Leipzig"}]}` + "\n"
	if got := buf.String(); got != want {
		t.Errorf("JSON (-want +got):\n-%s+%s", want, got)
	}
	back, err := eval.ReadJSONL(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 1 || back[0].Relations[0].Evidence.End != len(text) || back[0].Relations[1].Evidence != nil {
		t.Errorf("read back %+v", back)
	}
}

func TestRecordEmptyLists(t *testing.T) {
	data, err := json.Marshal(eval.Record{Doc: "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(data), `{"doc":"a.txt","meta":{},"entities":[],"relations":[]}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestLoadGold(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		docs    []string
		wantErr string // a substring of the error, "" for none
	}{
		{
			name: "sorted by file name, other files ignored",
			files: map[string]string{
				"b.json":  `{"doc":"b.txt","meta":{"articles":[{"title":"T","date":"2024-01-01"}]},"entities":[{"name":"X","type":"company","aliases":["Y"]}],"relations":[]}`,
				"a.json":  `{"doc":"a.txt","entities":[],"relations":[{"subject":"X","predicate":"owns","object":"Y"}]}`,
				"a.txt":   "text",
				"c.jsonl": "{}",
			},
			docs: []string{"a.txt", "b.txt"},
		},
		{
			name:    "bad JSON names the file",
			files:   map[string]string{"a.json": `{"doc":"a.txt"}`, "b.json": `{"doc": }`},
			wantErr: "b.json",
		},
		{
			name:    "a record without doc is an error",
			files:   map[string]string{"c.json": `{"entities":[]}`},
			wantErr: `c.json: no "doc" field`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			recs, err := eval.LoadGold(dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var docs []string
			for _, r := range recs {
				docs = append(docs, r.Doc)
			}
			if strings.Join(docs, ",") != strings.Join(tt.docs, ",") {
				t.Errorf("docs %q, want %q", docs, tt.docs)
			}
		})
	}
	if _, err := eval.LoadGold(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("no error for a missing folder")
	}
}

func TestReadJSONL(t *testing.T) {
	recs, err := eval.ReadJSONL(strings.NewReader("{\"doc\":\"a.txt\"}\n\n  \n{\"doc\":\"b.txt\"}"))
	if err != nil || len(recs) != 2 || recs[1].Doc != "b.txt" {
		t.Fatalf("got %+v, %v", recs, err)
	}
	_, err = eval.ReadJSONL(strings.NewReader("{\"doc\":\"a.txt\"}\n{\"doc\"\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error %v, want one naming line 2", err)
	}
}

// A plant also called by its town's name must not capture the relation
// that names the town: the record lists the town first, and the relation
// scores as found.
func TestRecordNamedEntityFirst(t *testing.T) {
	plant := graph.Key{Name: "BMW Plant Dingolfing", Type: graph.Plant}
	town := graph.Key{Name: "Dingolfing", Type: graph.Location}
	f := graph.Facts{
		Doc: graph.Document{Name: "a.txt"},
		Entities: []graph.Entity{
			{Name: plant.Name, Type: plant.Type, Aliases: []string{"Dingolfing", "Dingolfing plant"}},
			{Name: "BMW Group", Type: graph.Company},
			{Name: town.Name, Type: town.Type},
		},
		Relations: []graph.Relation{{Subject: plant, Predicate: graph.LocatedIn, Object: town}},
	}
	rec := eval.RecordFromFacts(f)
	var order []string
	for _, e := range rec.Entities {
		order = append(order, e.Name)
	}
	if got, want := strings.Join(order, ", "), "Dingolfing, BMW Plant Dingolfing, BMW Group"; got != want {
		t.Errorf("entity order %q, want %q", got, want)
	}
	gold := eval.Record{Doc: "a.txt", Entities: rec.Entities, Relations: []eval.Relation{
		{Subject: plant.Name, Predicate: graph.LocatedIn, Object: town.Name}}}
	if r := eval.Score([]eval.Record{gold}, []eval.Record{rec}); r.Relation.TP != 1 {
		t.Errorf("relation not matched: %v", r.Errors())
	}
}
