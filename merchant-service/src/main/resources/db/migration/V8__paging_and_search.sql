-- Every list is read a page at a time by keyset; each index below is in the order of the list it serves.

-- A merchant's sanctions, the latest decided first; filtered by status (ACTIVE, REVERSED) on the second. The
-- second also counts the sanctions in force and finds the ladder steps in force from the index alone.
CREATE INDEX sanction_merchant_decided ON sanction (merchant_id, decided_at DESC, id DESC);
CREATE INDEX sanction_merchant_status_decided ON sanction (merchant_id, status, decided_at DESC, id DESC)
    INCLUDE (measure, expires_at);
-- Its prefix: left in place, the planner prefers it for a filtered page and sorts the whole status instead.
DROP INDEX IF EXISTS sanction_merchant;

-- A merchant's active violations, the soonest to expire first; also counts them.
CREATE INDEX violation_merchant_expiry ON violation (merchant_id, status, expires_at, id);

-- A merchant's appeals, the latest filed first; the reviewers' queue by decision deadline.
CREATE INDEX appeal_merchant_filed ON appeal (merchant_id, filed_at DESC, id DESC);
CREATE INDEX appeal_status_deadline ON appeal (status, decision_deadline, id);
-- The open appeal of each sanction of a page, and the appeals against one sanction, with any status bound.
CREATE INDEX appeal_sanction ON appeal (sanction_id, status);

-- A brand user's appeals to answer, by answer deadline: the complainant is kept on the appeal so that list is
-- one index range rather than a join through every sanction of the user's complaints.
ALTER TABLE appeal ADD COLUMN complainant_subject VARCHAR(64);
UPDATE appeal a SET complainant_subject = v.submitter_subject
FROM sanction s JOIN violation v ON v.id = s.violation_id
WHERE s.id = a.sanction_id;
ALTER TABLE appeal ALTER COLUMN complainant_subject SET NOT NULL;
CREATE INDEX appeal_complainant_deadline ON appeal (complainant_subject, status, brand_answer_deadline, id);

-- A merchant's listings by id, filtered by status (the unfiltered list uses listing_merchant).
CREATE INDEX listing_merchant_status ON listing (merchant_id, status, id);

-- Listing search: a substring of title, claimed brand or address, ignoring case, through trigrams. pg_trgm is a
-- trusted extension, so the database's owner may create it. The search writes this expression exactly.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX listing_search ON listing
    USING gin ((lower(title || E'\n' || coalesce(brand_claimed, '') || E'\n' || url)) gin_trgm_ops);

-- The statements-of-reasons export follows export_seq, numbered by a job after the sanction has committed (ids
-- come from a pooled sequence, so a slower transaction can commit a lower id after a higher one was read).
ALTER TABLE sanction ADD COLUMN export_seq BIGINT;
CREATE SEQUENCE sanction_export_seq;
UPDATE sanction s SET export_seq = numbered.n
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM sanction) numbered
WHERE s.id = numbered.id;
SELECT setval('sanction_export_seq', (SELECT coalesce(max(export_seq), 0) + 1 FROM sanction), false);
CREATE UNIQUE INDEX sanction_export ON sanction (export_seq);
CREATE INDEX sanction_unnumbered ON sanction (id) WHERE export_seq IS NULL;
