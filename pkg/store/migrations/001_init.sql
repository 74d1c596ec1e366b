-- 001_init: the plantgraph store.
--
-- Two layers of tables:
--
--   * Facts, written by Put, one document at a time: documents, mentions,
--     evidence. They hold what extraction found in each document, under the
--     names that document uses ("local" names). Re-putting a document
--     replaces its mentions and evidence and touches nothing else.
--
--   * The graph, derived from all the facts by Resolve: entities, aliases,
--     relations. Resolve rewrites these three tables as a whole and links
--     the facts to them (mentions.entity_id, evidence.relation_id). Between
--     a Put or DeleteDocuments and the next Resolve they may be stale.
--
-- Offsets ("start", "end") are byte offsets into the document's text,
-- half-open: [start, end). The text itself is not stored. Unknown strings
-- are stored as '' rather than NULL; only the two links from facts to the
-- graph are nullable.
--
-- The CHECK constraints repeat the fixed schema of package graph: six entity
-- types and ten predicates, each predicate with its allowed subject and
-- object types.

-- documents: one row per article (graph.Document without its text).
CREATE TABLE documents (
	id       INTEGER PRIMARY KEY,
	-- graph.Document.Key: the file path, with "#N" for the N-th article
	-- of a multi-article file. Stable across builds.
	key      TEXT    NOT NULL UNIQUE CHECK (key <> ''),
	path     TEXT    NOT NULL,           -- the file it came from, "-" for stdin
	name     TEXT    NOT NULL,           -- base name of path
	-- hex SHA-256 of the text and metadata; a build skips a document
	-- whose hash has not changed.
	hash     TEXT    NOT NULL,
	title    TEXT    NOT NULL DEFAULT '',
	date     TEXT    NOT NULL DEFAULT '', -- YYYY-MM-DD
	author   TEXT    NOT NULL DEFAULT '',
	url      TEXT    NOT NULL DEFAULT '',
	source   TEXT    NOT NULL DEFAULT '', -- publication or feed name
	bytes    INTEGER NOT NULL CHECK (bytes >= 0), -- length of the text
	added_at TEXT    NOT NULL            -- RFC 3339 UTC time the key was first stored
);

-- entities: one row per node of the graph (graph.Node), derived by Resolve.
CREATE TABLE entities (
	id       INTEGER PRIMARY KEY,
	-- graph.Node.ID: the type and the folded canonical name,
	-- e.g. 'company:bmw group'.
	node_id  TEXT    NOT NULL UNIQUE CHECK (node_id <> ''),
	name     TEXT    NOT NULL CHECK (name <> ''), -- canonical name
	type     TEXT    NOT NULL CHECK (type IN
		('company', 'plant', 'person', 'technology', 'product', 'location')),
	mentions INTEGER NOT NULL CHECK (mentions >= 0), -- mentions in all documents
	docs     INTEGER NOT NULL CHECK (docs >= 0)      -- documents that mention it
);

CREATE INDEX entities_type_name ON entities (type, name);

-- aliases: the other names of an entity (graph.Node.Aliases), derived by
-- Resolve. The canonical name itself is not repeated here.
CREATE TABLE aliases (
	entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	alias     TEXT    NOT NULL CHECK (alias <> ''),
	PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE INDEX aliases_alias ON aliases (alias);

-- relations: one row per edge of the graph (graph.Edge without its
-- evidence), derived by Resolve: each distinct (subject entity, predicate,
-- object entity) stated by some evidence row, kept only when the schema
-- allows the predicate between the two entities' types and the two differ.
CREATE TABLE relations (
	id         INTEGER PRIMARY KEY,
	subject_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	predicate  TEXT    NOT NULL CHECK (predicate IN
		('produces', 'operates', 'located_in', 'works_for', 'supplies',
		 'invests_in', 'partners_with', 'develops', 'uses', 'owns')),
	object_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	UNIQUE (subject_id, predicate, object_id),
	CHECK (subject_id <> object_id)
);

CREATE INDEX relations_object ON relations (object_id);

-- mentions: one row per occurrence (graph.Mention) of an entity extracted
-- from a document, written by Put.
--
-- local_name and local_type are the entity's canonical name and type in that
-- document (graph.Entity.Name, .Type); all rows of one document with the
-- same pair make up one document-local entity. Its aliases are the distinct
-- surfaces of those rows other than local_name.
--
-- A row with start = end = -1 is not an occurrence. It records either an
-- alias of the entity that none of its mentions uses (surface = the alias),
-- or, with surface = local_name, an entity that has no mentions and no
-- aliases at all, so that no entity of a document is lost.
--
-- entity_id is the resolved entity, set by Resolve; NULL until then.
CREATE TABLE mentions (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	entity_id   INTEGER REFERENCES entities (id) ON DELETE SET NULL,
	local_name  TEXT    NOT NULL CHECK (local_name <> ''),
	local_type  TEXT    NOT NULL CHECK (local_type IN
		('company', 'plant', 'person', 'technology', 'product', 'location')),
	surface     TEXT    NOT NULL CHECK (surface <> ''), -- exactly text[start:end]
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	CHECK ((start >= 0 AND "end" > start) OR (start = -1 AND "end" = -1))
);

CREATE INDEX mentions_document ON mentions (document_id, local_type, local_name);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- evidence: one row per relation (graph.Relation) extracted from a document,
-- written by Put: the local triple and the sentence that states it.
--
-- subject_* and object_* name document-local entities (mentions.local_name,
-- .local_type of the same document). relation_id is the resolved relation,
-- set by Resolve; it stays NULL when Resolve drops the relation (the two
-- sides resolve to one entity, or the resolved types break the schema).
CREATE TABLE evidence (
	id           INTEGER PRIMARY KEY,
	document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	relation_id  INTEGER REFERENCES relations (id) ON DELETE SET NULL,
	subject_name TEXT    NOT NULL CHECK (subject_name <> ''),
	subject_type TEXT    NOT NULL,
	predicate    TEXT    NOT NULL,
	object_name  TEXT    NOT NULL CHECK (object_name <> ''),
	object_type  TEXT    NOT NULL,
	sentence     TEXT    NOT NULL, -- exactly text[start:end]
	start        INTEGER NOT NULL CHECK (start >= 0),
	"end"        INTEGER NOT NULL CHECK ("end" >= start),
	-- how sure the extractor is, in [0, 1]; 0 when it did not say.
	confidence   REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
	-- a relation never links an entity to itself
	CHECK (subject_name <> object_name OR subject_type <> object_type),
	-- the predicates and the subject and object types each allows
	CHECK (
		(predicate = 'produces'
			AND subject_type IN ('company', 'plant') AND object_type = 'product') OR
		(predicate = 'operates'
			AND subject_type = 'company' AND object_type = 'plant') OR
		(predicate = 'located_in'
			AND subject_type IN ('plant', 'company', 'location') AND object_type = 'location') OR
		(predicate = 'works_for'
			AND subject_type = 'person' AND object_type = 'company') OR
		(predicate IN ('supplies', 'partners_with', 'owns')
			AND subject_type = 'company' AND object_type = 'company') OR
		(predicate = 'invests_in'
			AND subject_type = 'company' AND object_type IN ('company', 'plant')) OR
		(predicate IN ('develops', 'uses')
			AND subject_type IN ('company', 'plant') AND object_type = 'technology')
	)
);

CREATE INDEX evidence_document ON evidence (document_id);
CREATE INDEX evidence_relation ON evidence (relation_id);
