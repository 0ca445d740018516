-- Removes what merchant-service.sql seeded, and whatever was attached to it since: appeals and their evidence,
-- and violations (with their sanctions) on seeded listings, such as the ones the replica fault run lets lapse.
CREATE TEMPORARY TABLE seeded_violation ON COMMIT DROP AS
SELECT v.id FROM violation v JOIN listing l ON l.id = v.listing_id WHERE l.url LIKE 'https://shop.markguard.test/seed/%'
UNION SELECT id FROM violation WHERE submitter_subject = 'markguard-seed';
CREATE TEMPORARY TABLE seeded_sanction ON COMMIT DROP AS
SELECT id FROM sanction WHERE violation_id IN (SELECT id FROM seeded_violation) UNION SELECT id FROM sanction WHERE puid LIKE 'seed-%';
DELETE FROM evidence WHERE appeal_id IN (SELECT id FROM appeal WHERE sanction_id IN (SELECT id FROM seeded_sanction));
DELETE FROM appeal WHERE sanction_id IN (SELECT id FROM seeded_sanction);
DELETE FROM sanction WHERE id IN (SELECT id FROM seeded_sanction);
DELETE FROM violation WHERE id IN (SELECT id FROM seeded_violation);
-- Each listing deleted is checked against violation.listing_id, which has no index of its own: one for the reset.
CREATE INDEX bench_seed_reset_violation_listing ON violation (listing_id);
CREATE INDEX bench_seed_reset_appeal_merchant ON appeal (merchant_id);
DELETE FROM listing WHERE url LIKE 'https://shop.markguard.test/seed/%';
-- The seeded merchants' ledger counters go with them (seed/derived/merchant-service.sql rebuilds every merchant's).
DELETE FROM merchant_points_day WHERE merchant_id IN (SELECT id FROM merchant WHERE keycloak_subject LIKE 'seed-merchant-%');
DELETE FROM merchant_brand WHERE merchant_id IN (SELECT id FROM merchant WHERE keycloak_subject LIKE 'seed-merchant-%');
DELETE FROM merchant WHERE keycloak_subject LIKE 'seed-merchant-%';
DROP INDEX bench_seed_reset_violation_listing;
DROP INDEX bench_seed_reset_appeal_merchant;
