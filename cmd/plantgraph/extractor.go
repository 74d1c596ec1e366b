package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/plantgraph/plantgraph/extract"
	"github.com/plantgraph/plantgraph/pkg/pipeline"
)

// extractorOptions are the flags that choose and configure the extractor.
type extractorOptions struct {
	kind      string
	lexicons  stringList
	noLexicon bool
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func addExtractorFlags(fs *flag.FlagSet) *extractorOptions {
	o := &extractorOptions{}
	fs.StringVar(&o.kind, "extractor", "rules", "extractor: `rules` (plantgraph's own) or prose (stock prose NER, for comparison)")
	fs.Var(&o.lexicons, "lexicon", "extra lexicon `file` of known names (name<TAB>type<TAB>aliases); repeatable")
	fs.BoolVar(&o.noLexicon, "no-lexicon", false, "switch off curated name lists (the bundled lexicon and --lexicon files)")
	return o
}

// newExtractor builds the extractor the options ask for.
func (o *extractorOptions) newExtractor() (pipeline.Extractor, error) {
	switch o.kind {
	case "rules":
	case "prose":
		return extract.NewProse()
	default:
		return nil, fmt.Errorf("%w: unknown extractor %q (want rules or prose)", errUsage, o.kind)
	}
	cfg := extract.Config{}
	gz, err := extract.LoadGazetteer()
	if err != nil {
		return nil, err
	}
	cfg.Gazetteer = gz
	if !o.noLexicon {
		lx, err := extract.BundledLexicon()
		if err != nil {
			return nil, err
		}
		for _, path := range o.lexicons {
			f, err := os.Open(path)
			if err != nil {
				return nil, fmt.Errorf("lexicon: %w", err)
			}
			more, err := extract.ReadLexicon(f, path)
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("lexicon: %w", err)
			}
			lx.Merge(more)
		}
		cfg.Lexicon = lx
	}
	return extract.New(cfg), nil
}
