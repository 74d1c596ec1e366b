// Package graph holds plantgraph's domain: documents, entities, mentions,
// relations and their evidence; the fixed schema of entity types and
// predicates; the rules that decide when two names are the same thing; an
// in-memory knowledge graph for queries and algorithms; and the DOT and JSON
// writers.
//
// Nothing here reads files or talks to a database: extract produces these
// types from text, pkg/store keeps them, cmd/plantgraph wires the two.
package graph
