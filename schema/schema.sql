-- policykb database shape. Applied idempotently by extract.store.ensure_db_shape
-- (every statement is IF NOT EXISTS). Column names are a contract that
-- views, canned queries, notebooks and outside tools rely on: keep them.
-- Column descriptions live in schema/metadata.yml.

CREATE TABLE IF NOT EXISTS regions (
    key TEXT PRIMARY KEY,            -- adcode, or adcode/town for a township issuer
    adcode TEXT NOT NULL,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    province TEXT,
    prefecture TEXT,
    county TEXT,
    township TEXT,
    latitude REAL,
    longitude REAL
);

CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    pipeline TEXT NOT NULL,          -- fingerprint of code + lexicons that built the row
    title TEXT,
    issuer TEXT,
    doc_number TEXT,
    recipients TEXT,
    date TEXT,
    year INTEGER,
    published TEXT,
    index_no TEXT,
    attachments TEXT,                -- JSON array
    region_adcode TEXT,
    region_key TEXT REFERENCES regions(key),
    region_candidates TEXT,          -- JSON array, when the region could not be resolved
    region_basis TEXT,               -- text | corpus (settled by the corpus's other notices) | NULL
    region_options TEXT,             -- JSON array of region keys a shared town name leaves, for the corpus to settle
    pages INTEGER,
    text_source TEXT NOT NULL DEFAULT 'text',  -- text | ocr (read from page images)
    chars INTEGER NOT NULL,
    restrictions INTEGER,
    restrictions_per_10k REAL,
    responsible_bodies TEXT,         -- JSON array: bodies the notice makes responsible, shortest complete names
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    path TEXT NOT NULL,
    heading TEXT NOT NULL,
    level INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS provisions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    section_id INTEGER REFERENCES sections(id),
    section_path TEXT,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS quotas (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    provision_id INTEGER REFERENCES provisions(id),
    actor TEXT,
    actor_role TEXT,
    activity TEXT,
    activity_key TEXT,
    period TEXT NOT NULL,
    comparator TEXT NOT NULL,
    value REAL,
    value_max REAL,
    unit TEXT,
    per_year REAL,
    evidence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    -- Reviews (extract/reviews.py, corpus/reviews.csv): the rule that made the row ('manual' = added
    -- by a researcher), the decision, 'disputed' when the rules changed since, the automatic values of a corrected row.
    rule TEXT,                       -- the rule that made the row (policykb rules --id RULE; 'manual' = added by a researcher)
    review TEXT,                     -- confirmed | rejected | corrected | added, NULL = not reviewed
    review_state TEXT,               -- NULL, or 'disputed'
    review_note TEXT,
    auto_actor TEXT,
    auto_actor_role TEXT,
    auto_activity TEXT,
    auto_activity_key TEXT,
    auto_period TEXT,
    auto_comparator TEXT,
    auto_value REAL,
    auto_value_max REAL,
    auto_unit TEXT,
    auto_per_year REAL
);

CREATE TABLE IF NOT EXISTS obligations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    provision_id INTEGER REFERENCES provisions(id),
    modality TEXT NOT NULL,
    trigger TEXT NOT NULL,
    strength TEXT,
    actor TEXT,
    action TEXT,
    evidence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    -- Reviews (extract/reviews.py, corpus/reviews.csv): the rule that made the row ('manual' = added
    -- by a researcher), the decision, 'disputed' when the rules changed since, the automatic values of a corrected row.
    rule TEXT,                       -- the rule that made the row (policykb rules --id RULE; 'manual' = added by a researcher)
    review TEXT,                     -- confirmed | rejected | corrected | added, NULL = not reviewed
    review_state TEXT,               -- NULL, or 'disputed'
    review_note TEXT,
    auto_modality TEXT,
    auto_actor TEXT,
    auto_action TEXT
);

CREATE TABLE IF NOT EXISTS deadlines (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    provision_id INTEGER REFERENCES provisions(id),
    kind TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    anchor TEXT,
    evidence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    -- Reviews (extract/reviews.py, corpus/reviews.csv): the rule that made the row ('manual' = added
    -- by a researcher), the decision, 'disputed' when the rules changed since, the automatic values of a corrected row.
    rule TEXT,                       -- the rule that made the row (policykb rules --id RULE; 'manual' = added by a researcher)
    review TEXT,                     -- confirmed | rejected | corrected | added, NULL = not reviewed
    review_state TEXT,               -- NULL, or 'disputed'
    review_note TEXT,
    auto_kind TEXT,
    auto_start_date TEXT,
    auto_end_date TEXT
);

CREATE TABLE IF NOT EXISTS bodies (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,        -- region_adcode|name, or class|name for a class of bodies
    name TEXT NOT NULL,
    kind TEXT,
    level TEXT,
    region_adcode TEXT,
    is_class INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS body_mentions (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    provision_id INTEGER REFERENCES provisions(id),
    role TEXT NOT NULL,
    name TEXT NOT NULL,              -- the mention's shortest complete name (职成教股 in 教育局职成教股)
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    -- Reviews (extract/reviews.py, corpus/reviews.csv): the rule that made the row ('manual' = added
    -- by a researcher), the decision, 'disputed' when the rules changed since, the automatic values of a corrected row.
    rule TEXT,                       -- the rule that made the row (policykb rules --id RULE; 'manual' = added by a researcher)
    review TEXT,                     -- confirmed | rejected | corrected | added, NULL = not reviewed
    review_state TEXT,               -- NULL, or 'disputed'
    review_note TEXT,
    auto_name TEXT,
    auto_role TEXT
);

CREATE TABLE IF NOT EXISTS "references" (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    provision_id INTEGER REFERENCES provisions(id),
    title TEXT,
    doc_number TEXT,
    cited_document_id INTEGER REFERENCES documents(id),
    evidence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);

-- Size and modification time of each corpus file when it was last hashed:
-- a file whose size and mtime are unchanged is not read again on rebuild.
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);

-- Problems that did not stop a file from being stored (e.g. bytes that were
-- not valid UTF-8 and were replaced); replaced whenever the file is rebuilt.
CREATE TABLE IF NOT EXISTS ingest_warnings (
    path TEXT NOT NULL,
    warning TEXT NOT NULL,
    sha256 TEXT,
    at TEXT NOT NULL
);

-- Flags of the build itself, e.g. derived_dirty: corpus-level rows
-- (reference links) are out of date until a build brings them up to date.
CREATE TABLE IF NOT EXISTS build_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS ingest_errors (
    path TEXT NOT NULL,
    error TEXT NOT NULL,
    detail TEXT,
    sha256 TEXT,
    at TEXT NOT NULL
);

-- Full-text search over jieba-segmented text (cut_for_search), so that
-- two-character words such as 听课 match: SQLite's trigram tokenizer cannot.
-- rowid = provisions.id / documents.id.
-- Contentless (content=''): the index only, the segmented text is not stored
-- a second time (the text is provisions.text; store.py segments it again to
-- delete a row). documents_fts indexes each word of a document once, with
-- the column it is in (detail=column): a document search asks whether every
-- word is in the notice, which needs no positions; phrase and NEAR searches
-- are for provisions_fts. Together 40% less to write than storing the text
-- and indexing every position twice (bench/build_speed.py, issue 14).
CREATE VIRTUAL TABLE IF NOT EXISTS provisions_fts USING fts5(text, content = '', tokenize = 'unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content = '', detail = column, tokenize = 'unicode61');

CREATE INDEX IF NOT EXISTS idx_sections_document ON sections(document_id);
CREATE INDEX IF NOT EXISTS idx_provisions_document ON provisions(document_id);
CREATE INDEX IF NOT EXISTS idx_provisions_section ON provisions(section_id);
CREATE INDEX IF NOT EXISTS idx_quotas_document ON quotas(document_id);
CREATE INDEX IF NOT EXISTS idx_quotas_provision ON quotas(provision_id);
CREATE INDEX IF NOT EXISTS idx_quotas_keys ON quotas(activity_key, actor_role);
CREATE INDEX IF NOT EXISTS idx_obligations_document ON obligations(document_id);
CREATE INDEX IF NOT EXISTS idx_obligations_provision ON obligations(provision_id);
CREATE INDEX IF NOT EXISTS idx_deadlines_document ON deadlines(document_id);
CREATE INDEX IF NOT EXISTS idx_deadlines_provision ON deadlines(provision_id);
CREATE INDEX IF NOT EXISTS idx_body_mentions_document ON body_mentions(document_id);
CREATE INDEX IF NOT EXISTS idx_body_mentions_body ON body_mentions(body_id);
CREATE INDEX IF NOT EXISTS idx_body_mentions_provision ON body_mentions(provision_id);
CREATE INDEX IF NOT EXISTS idx_references_document ON "references"(document_id);
CREATE INDEX IF NOT EXISTS idx_references_provision ON "references"(provision_id);
CREATE INDEX IF NOT EXISTS idx_ingest_errors_path ON ingest_errors(path);
CREATE INDEX IF NOT EXISTS idx_ingest_warnings_path ON ingest_warnings(path);
CREATE INDEX IF NOT EXISTS idx_documents_region ON documents(region_key);
-- Facet counts on the quotas table page (group by period / activity_key) read
-- an index instead of the table: measured by bench/serve_latency.py.
CREATE INDEX IF NOT EXISTS idx_quotas_period ON quotas(period);
-- The rest of the quotas table's default facets, for the same reason.
CREATE INDEX IF NOT EXISTS idx_quotas_actor_role ON quotas(actor_role);
CREATE INDEX IF NOT EXISTS idx_quotas_comparator ON quotas(comparator);
CREATE INDEX IF NOT EXISTS idx_quotas_unit ON quotas(unit);
-- A document's row page counts the rows of every table that points at it
-- ("links from other tables"); the citations pointing at it need this one.
CREATE INDEX IF NOT EXISTS idx_references_cited ON "references"(cited_document_id);
-- Everything quota_comparison reads from quotas, in (activity_key,
-- actor_role) order: the canned queries filter on those two columns and
-- then never touch the table rows. start says whether a wrapper's quota is
-- inside the notice it copies (document_groups); review, review_state and rule
-- say whether a researcher rejected or reviewed it (issue 13). The earlier
-- indexes without them are replaced.
DROP INDEX IF EXISTS idx_quotas_comparison;
DROP INDEX IF EXISTS idx_quotas_compare;
DROP INDEX IF EXISTS idx_quotas_comparison_reviewed;
CREATE INDEX IF NOT EXISTS idx_quotas_compare_reviewed ON quotas(
    activity_key, actor_role, document_id, actor, activity, comparator, value, value_max, unit, period,
    per_year, provision_id, evidence, start, review, review_state, rule
);
-- Every documents column document_regions reads, so that joining an
-- extraction to its document reads a narrow index entry instead of a
-- document row (several kB, each on its own page, because of the text).
-- views.sql names it with INDEXED BY: SQLite always prefers the rowid for
-- id = ?, even when an index covers the query.
CREATE INDEX IF NOT EXISTS idx_documents_regions ON documents(id, region_key, region_adcode, year, date, title, issuer);
-- The default facets of the other big tables (metadata.yml): without these,
-- on 100,000 notices each timed out (Datasette gives a facet 200 ms) and the
-- page showed "These facets timed out" instead of counts.
CREATE INDEX IF NOT EXISTS idx_documents_year ON documents(year);
CREATE INDEX IF NOT EXISTS idx_documents_format ON documents(format);
CREATE INDEX IF NOT EXISTS idx_documents_adcode ON documents(region_adcode);
-- the region_basis facet, and the regions store.settle_regions reads after every build (never a document row)
CREATE INDEX IF NOT EXISTS idx_documents_region_basis ON documents(region_basis, region_key, region_adcode);
-- the few documents whose town the corpus settles, found without reading the others
CREATE INDEX IF NOT EXISTS idx_documents_region_options ON documents(region_basis, region_key) WHERE region_options IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_obligations_modality ON obligations(modality);
CREATE INDEX IF NOT EXISTS idx_obligations_strength ON obligations(strength);
CREATE INDEX IF NOT EXISTS idx_obligations_trigger ON obligations(trigger);
CREATE INDEX IF NOT EXISTS idx_deadlines_kind ON deadlines(kind);
CREATE INDEX IF NOT EXISTS idx_body_mentions_role ON body_mentions(role);
-- The documents page is sorted newest first (metadata.yml sort_desc: date,
-- then id): without this, 100,000 document rows were read and sorted, 0.6 s.
CREATE INDEX IF NOT EXISTS idx_documents_date ON documents(date DESC, id);

-- Copies of one notice (extract/groups.py): reposts on other sites, schools'
-- 转发 wrappers and news items quoting it whole. One row per document in a
-- group of two or more; a document alone has no row. The comparison views
-- count a group's requirements once: the canonical's rows, and a wrapper's
-- rows outside the copied text [start, end).
CREATE TABLE IF NOT EXISTS document_groups (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    group_id INTEGER NOT NULL,       -- lowest document id in the group
    canonical_id INTEGER NOT NULL REFERENCES documents(id),
    similarity REAL NOT NULL,        -- Jaccard with the canonical; containment of the wrapped notice for wraps / quoted-in
    relation TEXT NOT NULL,          -- canonical, identical, repost, wraps, quoted-in
    start INTEGER,                   -- wraps / quoted-in: the copied notice in this document's text
    "end" INTEGER
);
CREATE INDEX IF NOT EXISTS idx_document_groups_group ON document_groups(group_id);
CREATE INDEX IF NOT EXISTS idx_document_groups_canonical ON document_groups(canonical_id);
CREATE INDEX IF NOT EXISTS idx_document_groups_relation ON document_groups(relation);  -- its default facet

-- MinHash signature of each document's shingles, so that an unchanged
-- document is not hashed again; (sha256, pipeline) say what it was made from.
CREATE TABLE IF NOT EXISTS document_signatures (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    sha256 TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    shingles INTEGER NOT NULL,       -- distinct 5-character shingles
    minhash BLOB NOT NULL            -- 128 little-endian uint64
);

-- One row per line of corpus/reviews.csv, as the last build applied it:
-- state applied | disputed | stale | superseded | invalid (extract/reviews.py).
CREATE TABLE IF NOT EXISTS review_status (
    line INTEGER,                    -- line of corpus/reviews.csv
    state TEXT NOT NULL,
    message TEXT,
    decision TEXT,
    extractor TEXT,                  -- the table reviewed: quotas, deadlines, obligations, body_mentions
    document_id INTEGER,
    row_id INTEGER,
    path TEXT,
    sha256 TEXT,
    start INTEGER,
    "end" INTEGER,
    evidence TEXT,
    note TEXT,
    reviewer TEXT,
    at TEXT
);
-- Rows with a review and manual rows, found without reading every row when reviews are re-applied.
CREATE INDEX IF NOT EXISTS idx_quotas_review ON quotas(review) WHERE review IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_quotas_manual ON quotas(rule) WHERE rule = 'manual';
CREATE INDEX IF NOT EXISTS idx_obligations_review ON obligations(review) WHERE review IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_obligations_manual ON obligations(rule) WHERE rule = 'manual';
CREATE INDEX IF NOT EXISTS idx_deadlines_review ON deadlines(review) WHERE review IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_deadlines_manual ON deadlines(rule) WHERE rule = 'manual';
CREATE INDEX IF NOT EXISTS idx_body_mentions_review ON body_mentions(review) WHERE review IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_body_mentions_manual ON body_mentions(rule) WHERE rule = 'manual';
CREATE INDEX IF NOT EXISTS idx_documents_sha256 ON documents(sha256);
-- review_status's default facets (metadata.yml), like every other table's.
CREATE INDEX IF NOT EXISTS idx_review_status_state ON review_status(state);
CREATE INDEX IF NOT EXISTS idx_review_status_decision ON review_status(decision);
CREATE INDEX IF NOT EXISTS idx_review_status_extractor ON review_status(extractor);
-- search_documents mapped each matching provision to its document through
-- this index; it reads summary_provision_ranges (summaries.sql) instead.
DROP INDEX IF EXISTS idx_provisions_document_of;
