// Package store keeps plantgraph's facts and graph in a SQLite database.
//
// A Store holds two layers. The facts are what extraction found in each
// document, under the names that document uses: Put writes them one
// document at a time (a changed document replaces only its own facts),
// DeleteDocuments removes them. The graph (entities, aliases, relations) is
// derived from all the facts by Resolve, which merges the documents'
// entities through a Resolver and rewrites the graph tables as a whole;
// Graph reads it back as a *graph.Graph with every edge's evidence.
//
// The schema is in migrations/*.sql, applied in order by Open, each in its
// own transaction. The database runs in WAL mode with foreign keys on.
package store
