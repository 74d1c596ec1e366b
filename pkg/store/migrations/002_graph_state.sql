-- 002_graph_state: whether the graph tables are stale, and the documents
-- of each file.
--
-- Put and DeleteDocuments set stale in the transaction that changes the
-- facts; Resolve clears it in the transaction that rewrites the graph. A
-- build that was killed between the two leaves stale = 1, so the next build
-- resolves even when every document it reads is unchanged.
CREATE TABLE graph_state (
	id    INTEGER PRIMARY KEY CHECK (id = 1), -- a single row
	stale INTEGER NOT NULL CHECK (stale IN (0, 1))
);

-- A database from before this migration may have been left between a Put
-- and its Resolve: count it stale when it holds any document.
INSERT INTO graph_state (id, stale) VALUES (1, EXISTS (SELECT 1 FROM documents));

-- The documents read from one file, for a build that re-reads it.
CREATE INDEX documents_path ON documents (path);
