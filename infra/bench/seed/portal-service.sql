-- The seeded brands, as the portal holds them: verified, each with one verified EUIPO trademark. Brand 0 is the
-- heavy brand; ${owner_subject} (the demo brand owner) is its owner, so its lists can be read with that login.
-- Variables (${...}) are filled in by io.markguard.bench.Seed; ids are taken past the sequences, which are moved on after.
INSERT INTO brand (id, name, legal_entity, country, website_domain, status, created_by, created_at, version)
SELECT ${brand_base} + i, 'Seed Brand ' || lpad(i::text, 4, '0'), 'Seed Brand ' || lpad(i::text, 4, '0') || ' GmbH', 'DE',
       'seed-brand-' || i || '.test', 'VERIFIED', 'markguard-seed', timestamptz '${now}' - interval '400 days', 0
  FROM generate_series(0, ${brands} - 1) AS i;

INSERT INTO ip_right (id, brand_id, type, office, registration_number, mark, nice_classes, owner_name, status, created_at)
SELECT ${right_base} + i, ${brand_base} + i, 'TRADEMARK', 'EUIPO', 'SEED' || lpad(i::text, 6, '0'),
       'SEED MARK ' || i, '18,25', 'Seed Brand ' || lpad(i::text, 4, '0') || ' GmbH', 'VERIFIED',
       timestamptz '${now}' - interval '400 days'
  FROM generate_series(0, ${brands} - 1) AS i;

INSERT INTO brand_member (id, brand_id, subject, role, created_at)
VALUES (${member_base}, ${brand_base}, '${owner_subject}', 'OWNER', timestamptz '${now}' - interval '400 days');

SELECT setval('brand_seq', ${brand_base} + ${brands} + 100);
SELECT setval('ip_right_seq', ${right_base} + ${brands} + 100);
SELECT setval('brand_member_seq', ${member_base} + 100);
