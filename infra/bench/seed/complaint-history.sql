-- History for one brand, items ${from} to ${to} - 1 of it: complaints of ten items decided over the past year, as a
-- long-standing brand on the standard channel has them (15 % accepted, 55 % rejected, 30 % retracted). The listings
-- they named are past listings, not in merchant-service's seeded catalogue. Run in steps (0 to 100,000, then to
-- 1,000,000), so the bench measures the same brand at each size of its history.
-- Variables (${...}) are filled in by io.markguard.bench.Seed.
INSERT INTO complaint (id, brand_id, brand_name, right_id, right_type, right_office, right_registration_number, right_mark,
                       infringement_type, explanation, submitter_subject, submitter_username, submitter_email, good_faith,
                       accurate, channel, filed_at)
SELECT ${complaint_base} + c, ${brand}, '${brand_name}', ${right}, 'TRADEMARK', 'EUIPO', '${registration}', '${mark}',
       'COUNTERFEIT', 'Test purchases showed counterfeit goods (seeded history).', 'markguard-seed-history', 'seed-filer',
       'filer@history.seed.markguard.test', true, true, 'STANDARD',
       timestamptz '${now}' - interval '366 days' + interval '364 days' * (c * 10) / ${to}
  FROM generate_series(${from} / 10, ${to} / 10 - 1) AS c;

INSERT INTO complaint_item (id, complaint_id, brand_id, infringement_type, listing_id, listing_url, listing_title, listing_price,
                            listing_currency, listing_status, seller_merchant_id, seller_name, snapshot, snapshot_sha256,
                            snapshot_at, status, channel, spot_check, deadline, decided_at, decided_by, reason_code,
                            retracted_at, retraction_reason, created_at)
SELECT ${items_base} + n, ${complaint_base} + n / 10, ${brand}, 'COUNTERFEIT', ${listing_base} + n,
       'https://shop.markguard.test/seed/past-listing/${brand}/' || n, 'Past listing #' || n, 29.90, 'EUR',
       CASE WHEN s = 'ACCEPTED' THEN 'REMOVED' ELSE 'ACTIVE' END, 0, 'Past Shop', '{"pastListing":' || n || '}',
       md5(n::text) || md5((n + 1)::text), f, s, 'STANDARD', false, f + interval '7 days', f + interval '1 day',
       CASE WHEN s = 'RETRACTED' THEN 'seed-filer' ELSE 'seed-reviewer' END,
       CASE s WHEN 'ACCEPTED' THEN 'COUNTERFEIT_CONFIRMED' WHEN 'REJECTED' THEN 'INSUFFICIENT_EVIDENCE' END,
       CASE WHEN s = 'RETRACTED' THEN f + interval '1 day' END,
       CASE WHEN s = 'RETRACTED' THEN 'Settled with the seller (seeded history).' END, f
  FROM (SELECT n, CASE WHEN n % 20 < 3 THEN 'ACCEPTED' WHEN n % 20 < 14 THEN 'REJECTED' ELSE 'RETRACTED' END AS s,
               timestamptz '${now}' - interval '366 days' + interval '364 days' * (n - n % 10) / ${to} AS f
          FROM generate_series(${from}, ${to} - 1) AS n) AS items;

SELECT setval('complaint_seq', greatest((SELECT last_value FROM complaint_seq), ${complaint_base} + ${to} / 10 + 100));
SELECT setval('complaint_item_seq', greatest((SELECT last_value FROM complaint_item_seq), ${items_base} + ${to} + 100));
