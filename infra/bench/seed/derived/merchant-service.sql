-- What merchant-service maintains beside its base tables (counters, rollups), rebuilt from the base tables after every
-- seeding step of the bench (io.markguard.bench.Seed): the seed writes base rows only, as no request would, so
-- whatever a request would have kept up to date is recomputed here, with the statements the migrations start from
-- (V7 ledger counters, V8 export numbers, V9 transparency rollups). A migration that adds a maintained table adds its
-- rebuild to this file. Then fresh planner statistics of the tables seeded and rebuilt (only those: statistics of a
-- queue such as the outbox, taken while it happens to be empty, would plan its claims for an empty table).
-- Variables (${...}) are filled in by io.markguard.bench.Seed from merchant-service's application.properties.

-- The ledger holds still while it is counted: a takedown, reversal or appeal waits for this transaction, then moves
-- the counters by what it changed.
LOCK TABLE violation, sanction, appeal IN SHARE MODE;
TRUNCATE merchant_points_day, merchant_brand, transparency_appeal_day, transparency_appeal_time,
         transparency_sanction_day, transparency_violation_day;

-- Points of the ACTIVE violations by UTC day of expiry, and per merchant and brand the latest decision not reversed
-- (PenaltyLedger, LedgerCheck).
INSERT INTO merchant_points_day (merchant_id, expires_on, points)
SELECT merchant_id, (expires_at AT TIME ZONE 'UTC')::date, sum(points)
  FROM violation WHERE status = 'ACTIVE'
 GROUP BY 1, 2;

INSERT INTO merchant_brand (merchant_id, brand_id, last_decided_at)
SELECT merchant_id, brand_id, max(decided_at)
  FROM violation WHERE status <> 'REVERSED'
 GROUP BY 1, 2;

-- Sanctions without an export number get the next ones in id order, as TransparencyExport numbers them.
UPDATE sanction s SET export_seq = numbered.n
  FROM (SELECT id, (SELECT coalesce(max(export_seq), 0) FROM sanction) + row_number() OVER (ORDER BY id) AS n
          FROM sanction WHERE export_seq IS NULL) numbered
 WHERE s.id = numbered.id;
SELECT setval('sanction_export_seq', (SELECT coalesce(max(export_seq), 0) + 1 FROM sanction), false);

-- The transparency rollups (LedgerFigures), one row per UTC day.
INSERT INTO transparency_appeal_day (day, filed, open, upheld, denied)
SELECT (filed_at AT TIME ZONE 'UTC')::date, count(*), count(*) FILTER (WHERE status = 'OPEN'),
       count(*) FILTER (WHERE status = 'UPHELD'), count(*) FILTER (WHERE status = 'DENIED')
  FROM appeal GROUP BY 1;

INSERT INTO transparency_appeal_time (day, bucket, items)
SELECT day, bucket, count(*)
  FROM (SELECT (filed_at AT TIME ZONE 'UTC')::date AS day,
               CASE WHEN s < 1 THEN 0 ELSE 1 + floor(ln(s) / ln(1.05)) END::smallint AS bucket
          FROM appeal, LATERAL (SELECT greatest(0, extract(epoch FROM decided_at - filed_at))::float8 AS s) t
         WHERE decided_at IS NOT NULL) decided
 GROUP BY day, bucket;

INSERT INTO transparency_sanction_day (day, measure, sanctions)
SELECT (decided_at AT TIME ZONE 'UTC')::date, measure, count(*) FROM sanction GROUP BY 1, 2;

-- Determinations and repeat violations as the ledger stood when each violation was recorded.
INSERT INTO transparency_violation_day (day, violations, repeat_determinations, repeat_violations)
SELECT (v.decided_at AT TIME ZONE 'UTC')::date, count(*),
       count(*) FILTER (WHERE w.in_window AND w.brands = ${repeat_brands} AND w.same_brand = 1),
       count(*) FILTER (WHERE w.others >= 1)
  FROM violation v,
       LATERAL (SELECT v.decided_at > v.recorded_at - CAST('${repeat_window}' AS interval) AS in_window,
                       count(DISTINCT o.brand_id) AS brands,
                       count(*) FILTER (WHERE o.brand_id = v.brand_id) AS same_brand,
                       count(*) FILTER (WHERE o.id <> v.id) AS others
                  FROM violation o
                 WHERE o.merchant_id = v.merchant_id
                   AND (o.id = v.id OR o.status <> 'REVERSED' OR o.ended_at > v.recorded_at)
                   AND (o.recorded_at, o.id) <= (v.recorded_at, v.id)
                   AND o.decided_at > v.recorded_at - CAST('${repeat_window}' AS interval)) w
 GROUP BY 1;

ANALYZE merchant;
ANALYZE listing;
ANALYZE violation;
ANALYZE sanction;
ANALYZE appeal;
ANALYZE merchant_points_day;
ANALYZE merchant_brand;
ANALYZE transparency_appeal_day;
ANALYZE transparency_appeal_time;
ANALYZE transparency_sanction_day;
ANALYZE transparency_violation_day;
