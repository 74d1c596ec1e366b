// Package graph holds plantgraph's domain: documents, entities, mentions,
// relations and their evidence; the fixed schema of entity types and
// predicates; the rules that decide when two names are the same thing across
// articles (Resolve, steered by an aliases file); an in-memory knowledge
// graph for queries (who produces what where, neighbourhoods, paths, subgraph
// filters); and the DOT, JSON, Cytoscape.js, GraphML and CSV writers.
//
// Nothing here reads files or talks to a database: extract produces these
// types from text, pkg/store keeps them, cmd/plantgraph wires the two.
package graph
