-- Summary tables (issue 14): the rows of the comparison views, joined and
-- counted once by a build, so that serving 100,000 notices only reads.
-- views.sql defines the views researchers use (quota_comparison,
-- obligation_mix, …) over these tables, with the same columns and meaning.
--
-- Written only by extract.store.refresh_summaries, never by hand: a build,
-- a review applied, a regrouping or any document written marks the
-- documents it touched (summary_pending, in the same transaction), and the
-- refresh at its end deletes and re-inserts their rows. An INSERT below
-- with `IN {documents}` is per document: a refresh fills it for the marked
-- documents only (or for all, after a cold build or a change to this file).
-- An INSERT without it is corpus-level: small, made again whole from the
-- per-document tables on every refresh. They run in the order written.
-- A change to this file drops and refills every summary table.

CREATE TABLE IF NOT EXISTS summary_pending (
    document_id INTEGER PRIMARY KEY  -- documents whose summary rows are out of date
);

-- quota_comparison_all, one row per quota.
CREATE TABLE IF NOT EXISTS summary_quotas (
    province TEXT, prefecture TEXT, county_or_town TEXT, region TEXT, level TEXT,
    document_title TEXT, date TEXT, year INTEGER,
    actor TEXT, actor_role TEXT, activity TEXT, activity_key TEXT, period TEXT, comparator TEXT,
    value REAL, value_max REAL, unit TEXT, per_year REAL, evidence TEXT,
    document_id INTEGER, provision_id INTEGER, quota_id INTEGER,
    review TEXT, review_state TEXT, rule TEXT,
    group_id INTEGER, relation TEXT, counted INTEGER
);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_document ON summary_quotas(document_id);
-- Facets of quota_comparison (counted = 1) and quota_comparison_all: each a
-- GROUP BY over every row, read from a narrow index instead of the rows.
CREATE INDEX IF NOT EXISTS idx_summary_quotas_c_province ON summary_quotas(counted, province);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_c_level ON summary_quotas(counted, level);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_c_year ON summary_quotas(counted, year);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_c_role ON summary_quotas(counted, actor_role);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_c_period ON summary_quotas(counted, period);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_c_activity ON summary_quotas(counted, activity_key);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_province ON summary_quotas(province);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_level ON summary_quotas(level);
CREATE INDEX IF NOT EXISTS idx_summary_quotas_relation ON summary_quotas(relation);
-- The canned queries and charts pick one activity_key (and role).
CREATE INDEX IF NOT EXISTS idx_summary_quotas_keys ON summary_quotas(activity_key, actor_role, counted);
-- The quota-keys chart: counted rows per region and activity_key, in GROUP BY order.
CREATE INDEX IF NOT EXISTS idx_summary_quotas_c_region_activity ON summary_quotas(counted, region, activity_key, review);
-- The charts list counted rows by per_year, highest first: read in this order, the
-- first 1,000 rows Datasette returns are found without reading or sorting the rest.
CREATE INDEX IF NOT EXISTS idx_summary_quotas_c_per_year ON summary_quotas(counted, per_year, activity_key, unit, review);
-- training_hours and its chart: unit 学时/课时 or activity_key 培训学时.
CREATE INDEX IF NOT EXISTS idx_summary_quotas_unit ON summary_quotas(unit);

INSERT INTO summary_quotas
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    dr.title AS document_title, dr.date, dr.year,
    q.actor, q.actor_role, q.activity, q.activity_key, q.period, q.comparator,
    q.value, q.value_max, q.unit, q.per_year, q.evidence,
    q.document_id, q.provision_id, q.id AS quota_id,
    q.review, q.review_state, q.rule,
    g.group_id, g.relation,
    CASE WHEN g.relation IS NULL OR g.relation = 'canonical' THEN 1
         WHEN g.relation IN ('wraps', 'quoted-in') THEN coalesce(q.start < g.start OR q.start >= g."end", 1)
         ELSE 0 END AS counted
FROM quotas q
JOIN document_regions dr ON dr.document_id = q.document_id
LEFT JOIN document_groups g ON g.document_id = q.document_id
WHERE q.document_id IN {documents}
-- Stored in activity_key, actor_role order: the canned queries that pick one
-- (principal_observation: 20,000 rows of 听课 in 100,000 notices) read
-- neighbouring rows instead of one page per row.
ORDER BY q.activity_key, q.actor_role, q.id;

-- deadline_timeline_all without the provision's text (the view joins it by id).
CREATE TABLE IF NOT EXISTS summary_deadlines (
    province TEXT, prefecture TEXT, county_or_town TEXT, region TEXT, level TEXT,
    document_title TEXT, document_date TEXT,
    kind TEXT, start_date TEXT, end_date TEXT, anchor TEXT, evidence TEXT,
    document_id INTEGER, provision_id INTEGER, deadline_id INTEGER,
    review TEXT, review_state TEXT, rule TEXT,
    group_id INTEGER, relation TEXT, counted INTEGER
);
CREATE INDEX IF NOT EXISTS idx_summary_deadlines_document ON summary_deadlines(document_id);
CREATE INDEX IF NOT EXISTS idx_summary_deadlines_c_province ON summary_deadlines(counted, province);
CREATE INDEX IF NOT EXISTS idx_summary_deadlines_c_level ON summary_deadlines(counted, level);
CREATE INDEX IF NOT EXISTS idx_summary_deadlines_c_kind ON summary_deadlines(counted, kind);
CREATE INDEX IF NOT EXISTS idx_summary_deadlines_province ON summary_deadlines(province);
CREATE INDEX IF NOT EXISTS idx_summary_deadlines_level ON summary_deadlines(level);
CREATE INDEX IF NOT EXISTS idx_summary_deadlines_relation ON summary_deadlines(relation);
-- deadlines_between: intervals overlapping [from, to].
CREATE INDEX IF NOT EXISTS idx_summary_deadlines_dates ON summary_deadlines(start_date, end_date);

INSERT INTO summary_deadlines
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    dr.title AS document_title, dr.date AS document_date,
    dl.kind, dl.start_date, dl.end_date, dl.anchor, dl.evidence,
    dl.document_id, dl.provision_id, dl.id AS deadline_id,
    dl.review, dl.review_state, dl.rule,
    g.group_id, g.relation,
    CASE WHEN g.relation IS NULL OR g.relation = 'canonical' THEN 1
         WHEN g.relation IN ('wraps', 'quoted-in') THEN coalesce(dl.start < g.start OR dl.start >= g."end", 1)
         ELSE 0 END AS counted
FROM deadlines dl
JOIN document_regions dr ON dr.document_id = dl.document_id
LEFT JOIN document_groups g ON g.document_id = dl.document_id
WHERE dl.document_id IN {documents}
ORDER BY dl.id;

-- body_duties_all without the provision's text (the view joins it by id).
CREATE TABLE IF NOT EXISTS summary_body_duties (
    province TEXT, prefecture TEXT, county_or_town TEXT, region TEXT, level TEXT,
    body TEXT, body_kind TEXT, is_class INTEGER,
    role TEXT, mention TEXT,
    document_title TEXT,
    document_id INTEGER, provision_id INTEGER, body_id INTEGER,
    review TEXT, review_state TEXT, rule TEXT,
    group_id INTEGER, relation TEXT, counted INTEGER
);
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_document ON summary_body_duties(document_id);
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_c_province ON summary_body_duties(counted, province);
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_c_level ON summary_body_duties(counted, level);
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_c_role ON summary_body_duties(counted, role);
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_c_kind ON summary_body_duties(counted, body_kind);
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_province ON summary_body_duties(province);
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_level ON summary_body_duties(level);
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_relation ON summary_body_duties(relation);
-- Everything summary_body_workload reads, in its GROUP BY order, roles sorted within a body: its fill
-- scans this index once per setting without sorting, and lists roles in the same order every time.
CREATE INDEX IF NOT EXISTS idx_summary_body_duties_workload ON summary_body_duties(
    region, province, body, role, counted, review, review_state, document_id, body_kind, is_class
);

INSERT INTO summary_body_duties
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    CASE WHEN m.review = 'corrected' THEN m.name ELSE b.name END AS body, b.kind AS body_kind, b.is_class,
    m.role, m.text AS mention,
    dr.title AS document_title,
    m.document_id, m.provision_id, m.body_id,
    m.review, m.review_state, m.rule,
    g.group_id, g.relation,
    CASE WHEN g.relation IS NULL OR g.relation = 'canonical' THEN 1
         WHEN g.relation IN ('wraps', 'quoted-in') THEN coalesce(m.start < g.start OR m.start >= g."end", 1)
         ELSE 0 END AS counted
FROM body_mentions m
JOIN bodies b ON b.id = m.body_id
JOIN document_regions dr ON dr.document_id = m.document_id
LEFT JOIN document_groups g ON g.document_id = m.document_id
WHERE m.document_id IN {documents}
ORDER BY m.id;

-- obligation_mix_all: every document whole.
CREATE TABLE IF NOT EXISTS summary_obligation_mix_all (
    province TEXT, prefecture TEXT, county_or_town TEXT, region TEXT, level TEXT,
    document_title TEXT, date TEXT, year INTEGER,
    chars INTEGER, restrictions INTEGER, restrictions_per_10k REAL,
    must INTEGER, must_not INTEGER, should INTEGER, encouraged INTEGER, may INTEGER,
    document_id INTEGER PRIMARY KEY, group_id INTEGER, relation TEXT, reviewed INTEGER, rejected INTEGER
);
CREATE INDEX IF NOT EXISTS idx_summary_obligation_mix_all_province ON summary_obligation_mix_all(province);
CREATE INDEX IF NOT EXISTS idx_summary_obligation_mix_all_level ON summary_obligation_mix_all(level);
CREATE INDEX IF NOT EXISTS idx_summary_obligation_mix_all_relation ON summary_obligation_mix_all(relation);

INSERT INTO summary_obligation_mix_all
SELECT
    province, prefecture, county_or_town, region, level, document_title, date, year,
    chars, restrictions, 10000.0 * restrictions / nullif(chars, 0) AS restrictions_per_10k,
    must, must_not, should, encouraged, may, document_id, group_id, relation, reviewed, rejected
FROM (
    SELECT
        dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
        dr.title AS document_title, dr.date, dr.year,
        d.chars,
        CASE WHEN d.restrictions IS NOT NULL
             THEN coalesce(sum(o.modality IN ('must', 'must_not') AND o.review IS NOT 'rejected'), 0) END AS restrictions,
        sum(o.modality = 'must' AND o.review IS NOT 'rejected') AS must,
        sum(o.modality = 'must_not' AND o.review IS NOT 'rejected') AS must_not,
        sum(o.modality = 'should' AND o.review IS NOT 'rejected') AS should,
        sum(o.modality = 'encouraged' AND o.review IS NOT 'rejected') AS encouraged,
        sum(o.modality = 'may' AND o.review IS NOT 'rejected') AS may,
        d.id AS document_id, g.group_id, g.relation,
        -- reviews: obligations confirmed/corrected/added, and rejected ones (left out of the counts above)
        sum(o.review IN ('corrected', 'added') OR (o.review = 'confirmed' AND o.review_state IS NULL)) AS reviewed,
        sum(o.review = 'rejected') AS rejected
    FROM documents d
    JOIN document_regions dr ON dr.document_id = d.id
    LEFT JOIN document_groups g ON g.document_id = d.id
    LEFT JOIN obligations o ON o.document_id = d.id
    WHERE d.id IN {documents}
    GROUP BY d.id
)
ORDER BY document_id;

-- obligation_mix: once per group; reposts left out, a wrapper counts its own
-- characters and clauses only.
CREATE TABLE IF NOT EXISTS summary_obligation_mix (
    province TEXT, prefecture TEXT, county_or_town TEXT, region TEXT, level TEXT,
    document_title TEXT, date TEXT, year INTEGER,
    chars INTEGER, restrictions INTEGER, restrictions_per_10k REAL,
    must INTEGER, must_not INTEGER, should INTEGER, encouraged INTEGER, may INTEGER,
    document_id INTEGER PRIMARY KEY, group_id INTEGER, relation TEXT, reviewed INTEGER, rejected INTEGER
);
CREATE INDEX IF NOT EXISTS idx_summary_obligation_mix_province ON summary_obligation_mix(province);
CREATE INDEX IF NOT EXISTS idx_summary_obligation_mix_level ON summary_obligation_mix(level);
CREATE INDEX IF NOT EXISTS idx_summary_obligation_mix_year ON summary_obligation_mix(year);

INSERT INTO summary_obligation_mix
SELECT
    province, prefecture, county_or_town, region, level, document_title, date, year,
    chars, restrictions, 10000.0 * restrictions / nullif(chars, 0) AS restrictions_per_10k,
    must, must_not, should, encouraged, may, document_id, group_id, relation, reviewed, rejected
FROM (
    SELECT
        dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
        dr.title AS document_title, dr.date, dr.year,
        d.chars - coalesce(CASE WHEN g.relation IN ('wraps', 'quoted-in') THEN g."end" - g.start END, 0) AS chars,
        CASE WHEN d.restrictions IS NOT NULL OR g.relation IN ('wraps', 'quoted-in')
             THEN coalesce(sum(o.modality IN ('must', 'must_not') AND o.review IS NOT 'rejected'), 0) END AS restrictions,
        sum(o.modality = 'must' AND o.review IS NOT 'rejected') AS must,
        sum(o.modality = 'must_not' AND o.review IS NOT 'rejected') AS must_not,
        sum(o.modality = 'should' AND o.review IS NOT 'rejected') AS should,
        sum(o.modality = 'encouraged' AND o.review IS NOT 'rejected') AS encouraged,
        sum(o.modality = 'may' AND o.review IS NOT 'rejected') AS may,
        d.id AS document_id, g.group_id, g.relation,
        sum(o.review IN ('corrected', 'added') OR (o.review = 'confirmed' AND o.review_state IS NULL)) AS reviewed,
        sum(o.review = 'rejected') AS rejected
    FROM documents d
    JOIN document_regions dr ON dr.document_id = d.id
    LEFT JOIN document_groups g ON g.document_id = d.id
    LEFT JOIN obligations o ON o.document_id = d.id
        AND NOT coalesce(g.relation IN ('wraps', 'quoted-in') AND o.start >= g.start AND o.start < g."end", 0)
    WHERE (g.relation IS NULL OR g.relation IN ('canonical', 'wraps', 'quoted-in')) AND d.id IN {documents}
    GROUP BY d.id
)
ORDER BY document_id;

-- Corpus-level: the canned query restriction_intensity, summed per region,
-- once per group (include_reposts = 0, from obligation_mix) and every copy
-- whole (include_reposts = 1, from obligation_mix_all).
CREATE TABLE IF NOT EXISTS summary_restriction_intensity (
    include_reposts INTEGER,
    region TEXT, province TEXT, level TEXT, documents INTEGER, chars INTEGER,
    restrictions INTEGER, restrictions_per_10k REAL,
    must INTEGER, must_not INTEGER, should INTEGER, encouraged INTEGER, may INTEGER
);
CREATE INDEX IF NOT EXISTS idx_summary_restriction_intensity ON summary_restriction_intensity(include_reposts, restrictions_per_10k);

INSERT INTO summary_restriction_intensity
SELECT include_reposts, region, province, level, count(*) AS documents, sum(chars) AS chars,
       sum(restrictions) AS restrictions,
       round(10000.0 * sum(restrictions) / sum(chars), 2) AS restrictions_per_10k,
       sum(must) AS must, sum(must_not) AS must_not, sum(should) AS should,
       sum(encouraged) AS encouraged, sum(may) AS may
FROM (SELECT 0 AS include_reposts, * FROM summary_obligation_mix
      UNION ALL
      SELECT 1, * FROM summary_obligation_mix_all)
GROUP BY include_reposts, region, province, level;

-- Corpus-level: the canned query body_workload for each combination of its
-- switches include_reposts and reviewed_only (the province is a WHERE on these rows).
CREATE TABLE IF NOT EXISTS summary_body_workload (
    include_reposts INTEGER, reviewed_only INTEGER,
    region TEXT, province TEXT, body TEXT, body_kind TEXT, is_class INTEGER,
    duties INTEGER, roles TEXT, documents INTEGER, reviewed INTEGER
);
CREATE INDEX IF NOT EXISTS idx_summary_body_workload ON summary_body_workload(include_reposts, reviewed_only, duties DESC);
CREATE INDEX IF NOT EXISTS idx_summary_body_workload_province ON summary_body_workload(province, include_reposts, reviewed_only, duties DESC);

-- One SELECT per setting, each a scan of the index in GROUP BY order (roles sorted within a body).
INSERT INTO summary_body_workload
SELECT 0 AS include_reposts, 0 AS reviewed_only, region, province, body, body_kind, is_class,
       count(*) AS duties, group_concat(DISTINCT role) AS roles, count(DISTINCT document_id) AS documents,
       sum(review IN ('corrected', 'added') OR (review = 'confirmed' AND review_state IS NULL)) AS reviewed
FROM summary_body_duties INDEXED BY idx_summary_body_duties_workload
WHERE role != 'issuer' AND review IS NOT 'rejected' AND counted = 1
GROUP BY region, province, body
UNION ALL
SELECT 0 AS include_reposts, 1 AS reviewed_only, region, province, body, body_kind, is_class,
       count(*) AS duties, group_concat(DISTINCT role) AS roles, count(DISTINCT document_id) AS documents,
       sum(review IN ('corrected', 'added') OR (review = 'confirmed' AND review_state IS NULL)) AS reviewed
FROM summary_body_duties INDEXED BY idx_summary_body_duties_workload
WHERE role != 'issuer' AND review IS NOT 'rejected' AND counted = 1 AND (review IN ('corrected', 'added') OR (review = 'confirmed' AND review_state IS NULL))
GROUP BY region, province, body
UNION ALL
SELECT 1 AS include_reposts, 0 AS reviewed_only, region, province, body, body_kind, is_class,
       count(*) AS duties, group_concat(DISTINCT role) AS roles, count(DISTINCT document_id) AS documents,
       sum(review IN ('corrected', 'added') OR (review = 'confirmed' AND review_state IS NULL)) AS reviewed
FROM summary_body_duties INDEXED BY idx_summary_body_duties_workload
WHERE role != 'issuer' AND review IS NOT 'rejected'
GROUP BY region, province, body
UNION ALL
SELECT 1 AS include_reposts, 1 AS reviewed_only, region, province, body, body_kind, is_class,
       count(*) AS duties, group_concat(DISTINCT role) AS roles, count(DISTINCT document_id) AS documents,
       sum(review IN ('corrected', 'added') OR (review = 'confirmed' AND review_state IS NULL)) AS reviewed
FROM summary_body_duties INDEXED BY idx_summary_body_duties_workload
WHERE role != 'issuer' AND review IS NOT 'rejected' AND (review IN ('corrected', 'added') OR (review = 'confirmed' AND review_state IS NULL))
GROUP BY region, province, body;

-- The provisions of each document, as the range of their ids: the writer
-- gives a document's provisions consecutive ids (store.Writer._write), so
-- the document of a provision is the range with the greatest first id at or
-- below it. search_documents maps the provision ids FTS5 returns (114,500
-- for 听课 in 100,000 notices) to their documents here: a seek into 100,000
-- short rows instead of the provisions' 4.7 million index entries (~40%
-- of the query's time); and it asks FTS5 for the matches inside a shown
-- document's range, not for every match again.
CREATE TABLE IF NOT EXISTS summary_provision_ranges (
    first_provision_id INTEGER PRIMARY KEY, last_provision_id INTEGER, document_id INTEGER
);
CREATE INDEX IF NOT EXISTS idx_summary_provision_ranges_document ON summary_provision_ranges(document_id);

INSERT INTO summary_provision_ranges
SELECT min(id), max(id), document_id
FROM provisions
WHERE document_id IN {documents}
GROUP BY document_id;

-- Corpus-level: issuer_map, one marker per issuing region.
CREATE TABLE IF NOT EXISTS summary_issuer_map (
    region TEXT, province TEXT, prefecture TEXT, level TEXT, adcode TEXT,
    documents INTEGER, first_date TEXT, last_date TEXT, latitude REAL, longitude REAL
);

INSERT INTO summary_issuer_map
SELECT
    coalesce(r.township, r.name) AS region,
    r.province, r.prefecture, r.level, r.adcode,
    count(d.id) AS documents,
    min(d.date) AS first_date,
    max(d.date) AS last_date,
    r.latitude, r.longitude
FROM documents d INDEXED BY idx_documents_regions  -- covering: no document rows read
CROSS JOIN regions r ON r.key = d.region_key        -- documents first: one probe each
GROUP BY r.key;
