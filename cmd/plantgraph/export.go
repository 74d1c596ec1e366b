package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/plantgraph/plantgraph/graph"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "--format dot|json [--out FILE]")
	db := dbFlag(e, fs)
	format := fs.String("format", "json", "output `format`: dot or json")
	out := fs.String("out", "", "write to `file` instead of standard output")
	if err := parse(fs, args); err != nil {
		return err
	}
	write, err := exporter(*format)
	if err != nil {
		return err
	}
	g, err := loadGraph(ctx, *db)
	if err != nil {
		return err
	}
	if *out == "" {
		return write(e.stdout, g)
	}
	return writeFile(*out, func(w io.Writer) error { return write(w, g) })
}

// exporter returns the writer of a graph format.
func exporter(format string) (func(io.Writer, *graph.Graph) error, error) {
	switch format {
	case "dot":
		return graph.WriteDOT, nil
	case "json":
		return graph.WriteJSON, nil
	}
	return nil, fmt.Errorf("%w: unknown format %q (want dot or json)", errUsage, format)
}

// writeFile writes a file through a buffer and reports close errors, so a
// full disk does not go unnoticed.
func writeFile(path string, fill func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := fill(bw); err != nil {
		f.Close()
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
