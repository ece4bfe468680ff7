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

DROP VIEW IF EXISTS quota_comparison;
CREATE VIEW quota_comparison AS
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    dr.title AS document_title, dr.date, dr.year,
    q.actor, q.actor_role, q.activity, q.activity_key, q.period, q.comparator,
    q.value, q.value_max, q.unit, q.per_year, q.evidence,
    q.document_id, q.provision_id, q.id AS quota_id
FROM quotas q
JOIN document_regions dr ON dr.document_id = q.document_id;

DROP VIEW IF EXISTS obligation_mix;
CREATE VIEW obligation_mix AS
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    dr.title AS document_title, dr.date, dr.year,
    d.chars, d.restrictions, d.restrictions_per_10k,
    sum(o.modality = 'must') AS must,
    sum(o.modality = 'must_not') AS must_not,
    sum(o.modality = 'should') AS should,
    sum(o.modality = 'encouraged') AS encouraged,
    sum(o.modality = 'may') AS may,
    d.id AS document_id
FROM documents d
JOIN document_regions dr ON dr.document_id = d.id
LEFT JOIN obligations o ON o.document_id = d.id
GROUP BY d.id;

DROP VIEW IF EXISTS deadline_timeline;
CREATE VIEW deadline_timeline AS
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    dr.title AS document_title, dr.date AS document_date,
    dl.kind, dl.start_date, dl.end_date, dl.anchor, dl.evidence,
    p.text AS provision,
    dl.document_id, dl.provision_id, dl.id AS deadline_id
FROM deadlines dl
JOIN document_regions dr ON dr.document_id = dl.document_id
LEFT JOIN provisions p ON p.id = dl.provision_id;

DROP VIEW IF EXISTS body_duties;
CREATE VIEW body_duties AS
SELECT
    dr.province, dr.prefecture, dr.county_or_town, dr.region, dr.level,
    b.name AS body, b.kind AS body_kind, b.is_class,
    m.role, m.text AS mention, p.text AS provision,
    dr.title AS document_title,
    m.document_id, m.provision_id, m.body_id
FROM body_mentions m
JOIN bodies b ON b.id = m.body_id
JOIN document_regions dr ON dr.document_id = m.document_id
LEFT JOIN provisions p ON p.id = m.provision_id;

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
