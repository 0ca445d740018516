-- The marketplace: ${merchants} merchants (merchant-a, the demo merchant, and ${merchants} - 1 seeded shops) with
-- ${listings} listings, and ${sanctions} takedowns: one violation and one LISTING_REMOVED sanction for each of
-- listings 0..${sanctions} - 1, ordered by the accepted complaint items of complaint-service.sql (item 9 v for
-- violation v, decided at the same time). merchant-a holds ${heavy_merchant_sanctions} of them; the rest fall on
-- ${sanctioned_merchants} shops, and every other shop is clean. Each merchant whose active points reach a step of the
-- account ladder has that step's sanction, issued with the violation that reached it.
-- Variables (${...}) are filled in by io.markguard.bench.Seed.
CREATE FUNCTION pg_temp.filed(n bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN n < ${heavy_items} THEN timestamptz '${now}' - interval '91 days' + interval '89 days' * n / ${heavy_items}
        WHEN n >= ${items} - ${pending} THEN timestamptz '${now}' - interval '5 days'
            + interval '5 days' * (n - (${items} - ${pending})) / ${pending}
        ELSE timestamptz '${now}' - interval '365 days'
            + interval '359 days' * (n - ${heavy_items}) / (${items} - ${pending} - ${heavy_items}) END $$;
CREATE FUNCTION pg_temp.owner(k bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN k < ${heavy_merchant_sanctions} THEN ${merchant_a}
                WHEN k < ${sanctions} THEN ${merchant_base} + (k - ${heavy_merchant_sanctions}) % ${sanctioned_merchants}
                ELSE ${merchant_base} + k % (${merchants} - 1) END $$;
CREATE FUNCTION pg_temp.brand(c bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN c * 10 < ${heavy_items} THEN 0 ELSE 1 + c % (${brands} - 1) END $$;

INSERT INTO merchant (id, keycloak_subject, username, enrolled_at, legal_name, address, phone, email, identity_document_ref,
                      trade_register_number, self_certified_at, identity_updated_at)
SELECT ${merchant_base} + i, 'seed-merchant-' || i, 'seed-shop-' || i, timestamptz '${now}' - interval '400 days',
       'Seed Shop ' || i || ' GmbH', 'Seedstrasse ' || i || ', 10115 Berlin, Germany', '+49 30 777 ' || lpad(i::text, 4, '0'),
       'shop-' || i || '@seed.markguard.test', 'DE-ID-S' || i, 'HRB 8' || lpad(i::text, 5, '0'),
       timestamptz '${now}' - interval '400 days', timestamptz '${now}' - interval '400 days'
  FROM generate_series(0, ${merchants} - 2) AS i;

INSERT INTO listing (id, merchant_id, title, brand_claimed, price, currency, url, status, listed_at, updated_at)
SELECT ${listing_base} + k, pg_temp.owner(k),
       'Seed ' || (ARRAY['running shoes', 'leather handbag', 'wrist watch', 'sunglasses', 'hoodie', 'backpack'])[1 + k % 6]
           || ' #' || k,
       'Seed Mark ' || k % 100, 19.90 + k % 400, 'EUR', 'https://shop.markguard.test/seed/listing/' || k,
       CASE WHEN k < ${sanctions} THEN 'REMOVED' ELSE 'ACTIVE' END, timestamptz '${now}' - interval '400 days',
       CASE WHEN k < ${sanctions} THEN pg_temp.filed(9 * k) + interval '1 day' ELSE timestamptz '${now}' - interval '400 days' END
  FROM generate_series(0, ${listings} - 1) AS k;

INSERT INTO violation (id, merchant_id, listing_id, complaint_item_id, brand_id, brand_name, submitter_subject, submitter_email,
                       ip_office, ip_registration_number, ip_mark, infringement_type, channel, automated_detection,
                       automated_decision, explanation, decided_at, recorded_at, severity, points, expires_at, status,
                       policy_version)
SELECT ${violation_base} + v, pg_temp.owner(v), ${listing_base} + v, (${items_base} + 9 * v)::text,
       (${brand_base} + b)::text, 'Seed Brand ' || lpad(b::text, 4, '0'), 'markguard-seed',
       'filer@seed-brand-' || b || '.test', 'EUIPO', 'SEED' || lpad(b::text, 6, '0'), 'SEED MARK ' || b, 'COUNTERFEIT',
       'STANDARD', false, false, 'Test purchases showed counterfeit goods (seeded history).', d, d, 'HIGH', ${points},
       d + interval '${expire_days} days', CASE WHEN d + interval '${expire_days} days' <= timestamptz '${now}' THEN 'EXPIRED' ELSE 'ACTIVE' END,
       '${policy_version}'
  FROM (SELECT v, pg_temp.brand(9 * v / 10) AS b, pg_temp.filed(9 * v) + interval '1 day' AS d
          FROM generate_series(0, ${sanctions} - 1) AS v) AS violations;

INSERT INTO sanction (id, merchant_id, violation_id, measure, policy_version, policy_clause, facts, automated_decision,
                      decided_at, appeal_deadline, status, puid)
SELECT ${sanction_base} + v, pg_temp.owner(v), ${violation_base} + v, 'LISTING_REMOVED', '${policy_version}',
       'Listings that infringe an intellectual property right are removed.', 'Seeded takedown of listing ' || v || '.', false,
       pg_temp.filed(9 * v) + interval '1 day', pg_temp.filed(9 * v) + interval '1 day' + interval '${appeal_days} days',
       'ACTIVE', 'seed-' || v
  FROM generate_series(0, ${sanctions} - 1) AS v;

-- The account steps: for each merchant, the violation at which its running total of points first reaches a threshold.
INSERT INTO sanction (id, merchant_id, violation_id, measure, policy_version, policy_clause, facts, automated_decision,
                      decided_at, expires_at, appeal_deadline, status, puid)
SELECT ${sanction_base} + ${sanctions} + row_number() OVER (ORDER BY s.violation_id, s.measure), s.merchant_id,
       s.violation_id, s.measure, '${policy_version}', 'Account measures follow the points ladder.',
       'Active points reached ' || s.threshold || '.', true, s.decided_at,
       s.decided_at + s.lasts, s.decided_at + interval '${appeal_days} days',
       CASE WHEN s.decided_at + s.lasts <= timestamptz '${now}' THEN 'EXPIRED' ELSE 'ACTIVE' END,
       'seed-step-' || s.violation_id || '-' || s.measure
  FROM (SELECT DISTINCT ON (r.merchant_id, l.measure) r.merchant_id, r.id AS violation_id, r.decided_at, l.measure,
               l.threshold, l.lasts
          FROM (SELECT merchant_id, id, decided_at,
                       sum(points) OVER (PARTITION BY merchant_id ORDER BY decided_at, id) AS running
                  FROM violation WHERE submitter_subject = 'markguard-seed' AND status = 'ACTIVE') AS r
          JOIN (VALUES ('WARNING', ${warning}, NULL::interval), ('RESTRICTED', ${restricted}, NULL),
                       ('SUSPENDED_7D', ${suspended7d}, interval '7 days'),
                       ('SUSPENDED_14D', ${suspended14d}, interval '14 days'), ('TERMINATED', ${terminated}, NULL))
               AS l (measure, threshold, lasts) ON r.running >= l.threshold
         ORDER BY r.merchant_id, l.measure, r.decided_at, r.id) AS s;

SELECT setval('merchant_seq', ${merchant_base} + ${merchants} + 100);
SELECT setval('listing_seq', ${listing_base} + ${listings} + 100);
SELECT setval('violation_seq', ${violation_base} + ${sanctions} + 100);
SELECT setval('sanction_seq', ${sanction_base} + ${sanctions} + 100000);
