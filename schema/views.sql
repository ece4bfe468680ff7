-- Views that join extractions with documents and regions, for comparing
-- regions without writing joins. Re-created on every open so a changed
-- definition takes effect (extract.store.ensure_db_shape).

DROP VIEW IF EXISTS document_regions;
CREATE VIEW document_regions AS
SELECT
    d.id AS document_id,
    d.title,
    d.issuer,
    d.date,
    d.year,
    r.province,
    r.prefecture,
    coalesce(r.township, r.county) AS county_or_town,
    coalesce(r.township, r.name) AS region,
    r.level,
    d.region_adcode AS adcode
FROM documents d INDEXED BY idx_documents_regions  -- covering index (schema.sql): no document rows read
LEFT JOIN regions r ON r.key = d.region_key;

-- Copies of one notice (document_groups, extract/groups.py): each view below
-- comes twice. <view>_all has a row for every copy, with its group_id,
-- relation and counted = 1 for the rows that count once per group; <view>
-- keeps those only: rows of documents alone or canonical, and rows of a
-- wrapper (wraps / quoted-in) outside the copied notice [start, end).
-- A repost's or identical copy's rows never count: the canonical's do.

DROP VIEW IF EXISTS quota_comparison;
DROP VIEW IF EXISTS quota_comparison_all;
CREATE VIEW quota_comparison_all AS
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    dr.title AS document_title, dr.date, dr.year,
    q.actor, q.actor_role, q.activity, q.activity_key, q.period, q.comparator,
    q.value, q.value_max, q.unit, q.per_year, q.evidence,
    q.document_id, q.provision_id, q.id AS quota_id,
    g.group_id, g.relation,
    CASE WHEN g.relation IS NULL OR g.relation = 'canonical' THEN 1
         WHEN g.relation IN ('wraps', 'quoted-in') THEN coalesce(q.start < g.start OR q.start >= g."end", 1)
         ELSE 0 END AS counted
FROM quotas q
JOIN document_regions dr ON dr.document_id = q.document_id
LEFT JOIN document_groups g ON g.document_id = q.document_id;

CREATE VIEW quota_comparison AS
SELECT * FROM quota_comparison_all WHERE counted;

DROP VIEW IF EXISTS obligation_mix;
DROP VIEW IF EXISTS obligation_mix_all;
CREATE VIEW obligation_mix_all AS
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    dr.title AS document_title, dr.date, dr.year,
    d.chars, d.restrictions, d.restrictions_per_10k,
    sum(o.modality = 'must') AS must,
    sum(o.modality = 'must_not') AS must_not,
    sum(o.modality = 'should') AS should,
    sum(o.modality = 'encouraged') AS encouraged,
    sum(o.modality = 'may') AS may,
    d.id AS document_id, g.group_id, g.relation
FROM documents d
JOIN document_regions dr ON dr.document_id = d.id
LEFT JOIN document_groups g ON g.document_id = d.id
LEFT JOIN obligations o ON o.document_id = d.id
GROUP BY d.id;

-- Once per group: reposts left out; a wrapper counts its own characters and
-- clauses only (restrictions recounted as must + must_not, as store.py does).
CREATE VIEW obligation_mix AS
SELECT
    province, prefecture, county_or_town, region, level, document_title, date, year,
    chars, restrictions, 10000.0 * restrictions / nullif(chars, 0) AS restrictions_per_10k,
    must, must_not, should, encouraged, may, document_id, group_id, relation
FROM (
    SELECT
        dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
        dr.title AS document_title, dr.date, dr.year,
        d.chars - coalesce(CASE WHEN g.relation IN ('wraps', 'quoted-in') THEN g."end" - g.start END, 0) AS chars,
        CASE WHEN g.relation IN ('wraps', 'quoted-in') THEN coalesce(sum(o.modality IN ('must', 'must_not')), 0)
             ELSE d.restrictions END AS restrictions,
        sum(o.modality = 'must') AS must,
        sum(o.modality = 'must_not') AS must_not,
        sum(o.modality = 'should') AS should,
        sum(o.modality = 'encouraged') AS encouraged,
        sum(o.modality = 'may') AS may,
        d.id AS document_id, g.group_id, g.relation
    FROM documents d
    JOIN document_regions dr ON dr.document_id = d.id
    LEFT JOIN document_groups g ON g.document_id = d.id
    LEFT JOIN obligations o ON o.document_id = d.id
        AND NOT coalesce(g.relation IN ('wraps', 'quoted-in') AND o.start >= g.start AND o.start < g."end", 0)
    WHERE g.relation IS NULL OR g.relation IN ('canonical', 'wraps', 'quoted-in')
    GROUP BY d.id
);

DROP VIEW IF EXISTS deadline_timeline;
DROP VIEW IF EXISTS deadline_timeline_all;
CREATE VIEW deadline_timeline_all AS
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    dr.title AS document_title, dr.date AS document_date,
    dl.kind, dl.start_date, dl.end_date, dl.anchor, dl.evidence,
    p.text AS provision,
    dl.document_id, dl.provision_id, dl.id AS deadline_id,
    g.group_id, g.relation,
    CASE WHEN g.relation IS NULL OR g.relation = 'canonical' THEN 1
         WHEN g.relation IN ('wraps', 'quoted-in') THEN coalesce(dl.start < g.start OR dl.start >= g."end", 1)
         ELSE 0 END AS counted
FROM deadlines dl
JOIN document_regions dr ON dr.document_id = dl.document_id
LEFT JOIN provisions p ON p.id = dl.provision_id
LEFT JOIN document_groups g ON g.document_id = dl.document_id;

CREATE VIEW deadline_timeline AS
SELECT * FROM deadline_timeline_all WHERE counted;

DROP VIEW IF EXISTS body_duties;
DROP VIEW IF EXISTS body_duties_all;
CREATE VIEW body_duties_all AS
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    b.name AS body, b.kind AS body_kind, b.is_class,
    m.role, m.text AS mention, p.text AS provision,
    dr.title AS document_title,
    m.document_id, m.provision_id, m.body_id,
    g.group_id, g.relation,
    CASE WHEN g.relation IS NULL OR g.relation = 'canonical' THEN 1
         WHEN g.relation IN ('wraps', 'quoted-in') THEN coalesce(m.start < g.start OR m.start >= g."end", 1)
         ELSE 0 END AS counted
FROM body_mentions m
JOIN bodies b ON b.id = m.body_id
JOIN document_regions dr ON dr.document_id = m.document_id
LEFT JOIN provisions p ON p.id = m.provision_id
LEFT JOIN document_groups g ON g.document_id = m.document_id;

CREATE VIEW body_duties AS
SELECT * FROM body_duties_all WHERE counted;

-- "Also published as": for each document in a group, the other copies
-- (the documents table links them through the plugin's render_cell).
DROP VIEW IF EXISTS document_copies;
CREATE VIEW document_copies AS
SELECT
    g.document_id, o.document_id AS copy_id, d.title AS copy_title, d.issuer AS copy_issuer,
    d.date AS copy_date, o.relation AS copy_relation, o.similarity, g.group_id, g.canonical_id
FROM document_groups g
JOIN document_groups o ON o.group_id = g.group_id AND o.document_id != g.document_id
JOIN documents d INDEXED BY idx_documents_regions ON d.id = o.document_id;

DROP VIEW IF EXISTS citations;
CREATE VIEW citations AS
SELECT
    dr.region AS citing_region,
    dr.title AS citing_document,
    r.title AS cited_title,
    r.doc_number AS cited_doc_number,
    cd.title AS cited_corpus_document,
    r.evidence,
    r.document_id, r.provision_id, r.cited_document_id
FROM "references" r
JOIN document_regions dr ON dr.document_id = r.document_id
LEFT JOIN documents cd ON cd.id = r.cited_document_id;

DROP VIEW IF EXISTS issuer_map;
CREATE VIEW issuer_map AS
SELECT
    coalesce(r.township, r.name) AS region,
    r.province, r.prefecture, r.level, r.adcode,
    count(d.id) AS documents,
    min(d.date) AS first_date,
    max(d.date) AS last_date,
    r.latitude, r.longitude
FROM regions r
JOIN documents d ON d.region_key = r.key
GROUP BY r.key;
