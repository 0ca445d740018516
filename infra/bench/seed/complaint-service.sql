-- A year of notices: ${items} complaint items in complaints of ten, across ${brands} brands (the portal's seeded
-- brands). Brand 0, the heavy brand, has ${heavy_items} items decided in its last 90 days; the newest ${pending}
-- items of the others wait in the review queue. Item n is accepted when n is a multiple of 9 below 900,000
-- (100,000 takedowns: merchant-service's seeded violations, one per listing 0..99,999); the others are rejected,
-- retracted or (never the heavy brand's) duplicates. The same formulas place items in time and on listings in merchant-service.sql.
-- Variables (${...}) are filled in by io.markguard.bench.Seed.
CREATE FUNCTION pg_temp.filed(n bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN n < ${heavy_items} THEN timestamptz '${now}' - interval '91 days' + interval '89 days' * n / ${heavy_items}
        WHEN n >= ${items} - ${pending} THEN timestamptz '${now}' - interval '5 days'
            + interval '5 days' * (n - (${items} - ${pending})) / ${pending}
        ELSE timestamptz '${now}' - interval '365 days'
            + interval '359 days' * (n - ${heavy_items}) / (${items} - ${pending} - ${heavy_items}) END $$;
CREATE FUNCTION pg_temp.status(n bigint) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN n >= ${items} - ${pending} THEN 'PENDING'
        WHEN n % 9 = 0 AND n < 900000 THEN 'ACCEPTED'
        WHEN n % 20 < 13 THEN 'REJECTED'
        WHEN n % 20 < 18 OR n < ${heavy_items} THEN 'RETRACTED'
        ELSE 'DUPLICATE' END $$;
CREATE FUNCTION pg_temp.listing(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN n % 9 = 0 AND n < 900000 THEN n / 9 ELSE n % ${listings} END $$;
CREATE FUNCTION pg_temp.owner(k bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN k < ${heavy_merchant_sanctions} THEN ${merchant_a}
                WHEN k < ${sanctions} THEN ${merchant_base} + (k - ${heavy_merchant_sanctions}) % ${sanctioned_merchants}
                ELSE ${merchant_base} + k % (${merchants} - 1) END $$;
CREATE FUNCTION pg_temp.brand(c bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN c * 10 < ${heavy_items} THEN 0 ELSE 1 + c % (${brands} - 1) END $$;

INSERT INTO brand_record (brand_id, fast_track, fast_track_items)
SELECT ${brand_base} + i, false, 0 FROM generate_series(0, ${brands} - 1) AS i
    ON CONFLICT (brand_id) DO NOTHING;

INSERT INTO complaint (id, brand_id, brand_name, right_id, right_type, right_office, right_registration_number, right_mark,
                       infringement_type, explanation, submitter_subject, submitter_username, submitter_email, good_faith,
                       accurate, channel, filed_at)
SELECT ${complaint_base} + c, ${brand_base} + b, 'Seed Brand ' || lpad(b::text, 4, '0'), ${right_base} + b, 'TRADEMARK',
       'EUIPO', 'SEED' || lpad(b::text, 6, '0'), 'SEED MARK ' || b, 'COUNTERFEIT',
       'Test purchases showed counterfeit goods (seeded history).', 'markguard-seed', 'seed-filer',
       'filer@seed-brand-' || b || '.test', true, true, 'STANDARD', pg_temp.filed(c * 10)
  FROM (SELECT c, pg_temp.brand(c) AS b FROM generate_series(0, ${items} / 10 - 1) AS c) AS complaints;

INSERT INTO complaint_item (id, complaint_id, brand_id, infringement_type, listing_id, listing_url, listing_title, listing_price,
                            listing_currency, listing_status, seller_merchant_id, seller_name, snapshot, snapshot_sha256,
                            snapshot_at, status, channel, spot_check, deadline, decided_at, decided_by, reason_code,
                            takedown_applied_at, violation_id, retracted_at, retraction_reason, created_at)
SELECT ${items_base} + n, ${complaint_base} + n / 10, ${brand_base} + pg_temp.brand(n / 10), 'COUNTERFEIT',
       ${listing_base} + k, 'https://shop.markguard.test/seed/listing/' || k, 'Seed listing #' || k, 19.90 + k % 400, 'EUR',
       CASE WHEN s = 'ACCEPTED' THEN 'REMOVED' ELSE 'ACTIVE' END, pg_temp.owner(k), 'Seed Shop',
       '{"listing":' || k || ',"seeded":true}', md5(k::text) || md5(n::text), f, s, 'STANDARD', false,
       f + interval '7 days',
       CASE WHEN s IN ('PENDING', 'DUPLICATE') THEN NULL ELSE f + interval '1 day' END,
       CASE WHEN s IN ('ACCEPTED', 'REJECTED') THEN 'seed-reviewer' WHEN s = 'RETRACTED' THEN 'seed-filer' END,
       CASE s WHEN 'ACCEPTED' THEN 'COUNTERFEIT_CONFIRMED'
              WHEN 'REJECTED' THEN (CASE WHEN n % 2 = 0 THEN 'RIGHT_NOT_INFRINGED' ELSE 'INSUFFICIENT_EVIDENCE' END) END,
       CASE WHEN s = 'ACCEPTED' THEN f + interval '1 day' END,
       CASE WHEN s = 'ACCEPTED' THEN ${violation_base} + n / 9 END,
       CASE WHEN s = 'RETRACTED' THEN f + interval '1 day' END,
       CASE WHEN s = 'RETRACTED' THEN 'Settled with the seller (seeded history).' END,
       f
  FROM (SELECT n, pg_temp.listing(n) AS k, pg_temp.status(n) AS s, pg_temp.filed(n) AS f
          FROM generate_series(0, ${items} - 1) AS n) AS items;

-- One long thread: ${messages} messages, brand and merchant taking turns, on item 0 (the heavy brand's, about merchant-a's
-- listing 0), so the list of an item's messages is read deep.
INSERT INTO item_message (id, item_id, author_side, author_subject, author_name, body, sent_at)
SELECT ${message_base} + m, ${items_base}, CASE WHEN m % 2 = 0 THEN 'BRAND' ELSE 'MERCHANT' END,
       CASE WHEN m % 2 = 0 THEN 'markguard-seed' ELSE 'markguard-seed-merchant' END,
       CASE WHEN m % 2 = 0 THEN 'Seed Brand 0000' ELSE 'Seed Shop' END,
       'Seeded message ' || m || ' about the test purchase.',
       pg_temp.filed(0) + interval '1 day' + interval '1 minute' * m
  FROM generate_series(0, ${messages} - 1) AS m;

SELECT setval('complaint_seq', ${complaint_base} + ${items} / 10 + 100);
SELECT setval('complaint_item_seq', ${items_base} + ${items} + 100);
SELECT setval('item_message_seq', ${message_base} + ${messages} + 100);
