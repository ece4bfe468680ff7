-- Views that join extractions with documents and regions, for comparing
-- regions without writing joins. Re-created on every open so a changed
-- definition takes effect (extract.store.ensure_db_shape).

DROP VIEW IF EXISTS document_regions;
-- Each region column looked up in a column of its own: the page's row count
-- reads the documents index only (a LEFT JOIN would still be walked per row).
CREATE VIEW document_regions AS
SELECT
    d.id AS document_id,
    d.title,
    d.issuer,
    d.date,
    d.year,
    (SELECT r.province FROM regions r WHERE r.key = d.region_key) AS province,
    (SELECT r.prefecture FROM regions r WHERE r.key = d.region_key) AS prefecture,
    (SELECT coalesce(r.township, r.county) FROM regions r WHERE r.key = d.region_key) AS county_or_town,
    (SELECT coalesce(r.township, r.name) FROM regions r WHERE r.key = d.region_key) AS region,
    (SELECT r.level FROM regions r WHERE r.key = d.region_key) AS level,
    d.region_adcode AS adcode
FROM documents d INDEXED BY idx_documents_regions;  -- covering index (schema.sql): no document rows read

-- Copies of one notice (document_groups, extract/groups.py): each view below
-- comes twice. <view>_all has a row for every copy, with its group_id,
-- relation and counted = 1 for the rows that count once per group; <view>
-- keeps those only: rows of documents alone or canonical, and rows of a
-- wrapper (wraps / quoted-in) outside the copied notice [start, end).
-- A repost's or identical copy's rows never count: the canonical's do.
-- Reviews (extract/reviews.py): every row carries review, review_state and
-- rule, so a rejected row stays visible here with review = 'rejected' and the
-- canned queries and dashboards leave it out; obligation_mix leaves rejected
-- clauses out of its counts itself, and recounts restrictions from them.

DROP VIEW IF EXISTS quota_comparison;
DROP VIEW IF EXISTS quota_comparison_all;
-- The rows of the four comparison views are joined and counted by a build
-- into summary tables (schema/summaries.sql, refreshed by every build, every
-- review applied and every regrouping): serving 100,000 notices then reads
-- them instead of joining quotas, documents, regions and groups on every
-- page and facet (issue 14). The definitions that make them are there.
CREATE VIEW quota_comparison_all AS
SELECT
    province, prefecture, county_or_town, region, level, document_title, date, year,
    actor, actor_role, activity, activity_key, period, comparator,
    value, value_max, unit, per_year, evidence,
    document_id, provision_id, quota_id,
    review, review_state, rule,
    group_id, relation, counted
FROM summary_quotas;

CREATE VIEW quota_comparison AS
SELECT * FROM quota_comparison_all WHERE counted = 1;

DROP VIEW IF EXISTS obligation_mix;
DROP VIEW IF EXISTS obligation_mix_all;
-- Per document (summary_obligation_mix_all): modality counts of the clauses
-- not rejected, restrictions recounted as must + must_not from them.
CREATE VIEW obligation_mix_all AS
SELECT
    province, prefecture, county_or_town, region, level, document_title, date, year,
    chars, restrictions, restrictions_per_10k,
    must, must_not, should, encouraged, may, document_id, group_id, relation, reviewed, rejected
FROM summary_obligation_mix_all;

-- Once per group (summary_obligation_mix): reposts left out; a wrapper
-- counts its own characters and clauses only.
CREATE VIEW obligation_mix AS
SELECT
    province, prefecture, county_or_town, region, level, document_title, date, year,
    chars, restrictions, restrictions_per_10k,
    must, must_not, should, encouraged, may, document_id, group_id, relation, reviewed, rejected
FROM summary_obligation_mix;

DROP VIEW IF EXISTS deadline_timeline;
DROP VIEW IF EXISTS deadline_timeline_all;
-- The provision's text is looked up by id in a column of its own: a count or
-- a facet that does not show it never reads it (a LEFT JOIN would still be
-- walked for every row).
CREATE VIEW deadline_timeline_all AS
SELECT
    s.province, s.prefecture, s.county_or_town, s.region, s.level,
    s.document_title, s.document_date,
    s.kind, s.start_date, s.end_date, s.anchor, s.evidence,
    (SELECT p.text FROM provisions p WHERE p.id = s.provision_id) AS provision,
    s.document_id, s.provision_id, s.deadline_id,
    s.review, s.review_state, s.rule,
    s.group_id, s.relation, s.counted
FROM summary_deadlines s;

CREATE VIEW deadline_timeline AS
SELECT * FROM deadline_timeline_all WHERE counted = 1;

DROP VIEW IF EXISTS body_duties;
DROP VIEW IF EXISTS body_duties_all;
CREATE VIEW body_duties_all AS
SELECT
    s.province, s.prefecture, s.county_or_town, s.region, s.level,
    s.body, s.body_kind, s.is_class,
    s.role, s.mention, (SELECT p.text FROM provisions p WHERE p.id = s.provision_id) AS provision,
    s.document_title,
    s.document_id, s.provision_id, s.body_id,
    s.review, s.review_state, s.rule,
    s.group_id, s.relation, s.counted
FROM summary_body_duties s;

CREATE VIEW body_duties AS
SELECT * FROM body_duties_all WHERE counted = 1;

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
-- Each document's title and region looked up in a column of its own (every
-- reference has its document): the page's row count reads references only.
CREATE VIEW citations AS
SELECT
    (SELECT coalesce(rg.township, rg.name) FROM documents d INDEXED BY idx_documents_regions
     JOIN regions rg ON rg.key = d.region_key WHERE d.id = r.document_id) AS citing_region,
    (SELECT d.title FROM documents d INDEXED BY idx_documents_regions WHERE d.id = r.document_id) AS citing_document,
    r.title AS cited_title,
    r.doc_number AS cited_doc_number,
    (SELECT cd.title FROM documents cd INDEXED BY idx_documents_regions WHERE cd.id = r.cited_document_id) AS cited_corpus_document,
    r.evidence,
    r.document_id, r.provision_id, r.cited_document_id
FROM "references" r;

DROP VIEW IF EXISTS issuer_map;
-- One marker per issuing region, counted by a build (schema/summaries.sql).
CREATE VIEW issuer_map AS
SELECT region, province, prefecture, level, adcode, documents, first_date, last_date, latitude, longitude
FROM summary_issuer_map;

-- Measured precision from researchers' reviews (extract/reviews.py): per
-- extractor and rule, how many automatic rows were confirmed, corrected and
-- rejected. precision counts a corrected row as found (its span was right),
-- strict_precision only confirmed ones; disputed reviews (the rules changed
-- since) are counted apart. Rows researchers added are the rule 'manual'.
DROP VIEW IF EXISTS review_precision;
CREATE VIEW review_precision AS
WITH reviewed AS (
    SELECT 'quotas' AS extractor, rule, review, review_state FROM quotas WHERE review IS NOT NULL
    UNION ALL SELECT 'deadlines', rule, review, review_state FROM deadlines WHERE review IS NOT NULL
    UNION ALL SELECT 'obligations', rule, review, review_state FROM obligations WHERE review IS NOT NULL
    UNION ALL SELECT 'body_mentions', rule, review, review_state FROM body_mentions WHERE review IS NOT NULL
), counts AS (
    SELECT extractor, coalesce(rule, '(any)') AS rule,
        sum(review_state IS NULL AND review != 'added') AS reviewed,
        sum(review = 'confirmed' AND review_state IS NULL) AS confirmed,
        sum(review = 'corrected' AND review_state IS NULL) AS corrected,
        sum(review = 'rejected' AND review_state IS NULL) AS rejected,
        sum(review = 'added') AS added,
        sum(review_state IS 'disputed') AS disputed
    FROM reviewed GROUP BY extractor, coalesce(rule, '(any)')
)
SELECT extractor, rule, reviewed, confirmed, corrected, rejected, added, disputed,
    CASE WHEN confirmed + corrected + rejected > 0
         THEN round(1.0 * (confirmed + corrected) / (confirmed + corrected + rejected), 3) END AS precision,
    CASE WHEN confirmed + corrected + rejected > 0
         THEN round(1.0 * confirmed / (confirmed + corrected + rejected), 3) END AS strict_precision
FROM counts
ORDER BY extractor, rule;
