-- What complaint-service maintains beside its base tables (counters, rollups), rebuilt from the base tables after every
-- seeding step of the bench (io.markguard.bench.Seed): the seed writes base rows only, as no request would, so
-- whatever a request would have kept up to date is recomputed here, with the statements the migrations start from
-- (V3 brand_day_figures, V4 transparency rollups, V5 a complaint's counts, V7 open items by filing hour). A migration that adds a maintained table
-- adds its rebuild to this file. Then fresh planner statistics of the tables seeded and rebuilt (only those: statistics
-- of a queue such as the outbox, taken while it happens to be empty, would plan its claims for an empty table).

-- The items hold still while they are counted: a request that changes one waits for this transaction (each such
-- request moves the figures by what it changed, so it finds them as the items stood before it and stays right).
LOCK TABLE complaint, complaint_item IN SHARE MODE;
TRUNCATE brand_day_figures, review_breach_figures, transparency_volume_day, transparency_action_day,
         transparency_action_time, transparency_open_hour;

-- A complaint's counts of its items per status and its soonest open deadline (ComplaintCounts); only rows that differ
-- are written.
UPDATE complaint c
   SET pending_items   = f.pending,
       accepted_items  = f.accepted,
       rejected_items  = f.rejected,
       duplicate_items = f.duplicates,
       retracted_items = f.retracted,
       reversed_items  = f.reversed,
       next_deadline   = f.next_deadline
  FROM (SELECT complaint_id,
               count(*) FILTER (WHERE status = 'PENDING')            AS pending,
               count(*) FILTER (WHERE status = 'ACCEPTED')           AS accepted,
               count(*) FILTER (WHERE status = 'REJECTED')           AS rejected,
               count(*) FILTER (WHERE status = 'DUPLICATE')          AS duplicates,
               count(*) FILTER (WHERE status = 'RETRACTED')          AS retracted,
               count(*) FILTER (WHERE status = 'REVERSED_ON_APPEAL') AS reversed,
               min(deadline) FILTER (WHERE status = 'PENDING')       AS next_deadline
          FROM complaint_item GROUP BY complaint_id) f
 WHERE f.complaint_id = c.id
   AND (c.pending_items, c.accepted_items, c.rejected_items, c.duplicate_items, c.retracted_items, c.reversed_items,
        c.next_deadline)
       IS DISTINCT FROM (f.pending::int, f.accepted::int, f.rejected::int, f.duplicates::int, f.retracted::int,
                         f.reversed::int, f.next_deadline);

-- A brand's decided items per UTC day of decision and infringement type (BrandDayFigures).
INSERT INTO brand_day_figures
SELECT brand_id, CAST(decided_at AT TIME ZONE 'UTC' AS DATE), infringement_type,
       count(*) FILTER (WHERE status IN ('ACCEPTED', 'REJECTED', 'RETRACTED', 'REVERSED_ON_APPEAL')),
       count(*) FILTER (WHERE status = 'ACCEPTED'),
       count(*) FILTER (WHERE status = 'REJECTED'),
       count(*) FILTER (WHERE status IN ('ACCEPTED', 'RETRACTED', 'REVERSED_ON_APPEAL')),
       count(*) FILTER (WHERE status = 'REVERSED_ON_APPEAL'),
       count(*) FILTER (WHERE status = 'RETRACTED'),
       count(*) FILTER (WHERE decided_by <> 'fast-track'),
       count(*) FILTER (WHERE decided_by <> 'fast-track' AND reason_code = 'MANIFESTLY_UNFOUNDED'),
       count(*) FILTER (WHERE channel = 'STANDARD'),
       count(*) FILTER (WHERE channel = 'STANDARD' AND decided_at > deadline)
  FROM complaint_item
 WHERE decided_at IS NOT NULL
 GROUP BY 1, 2, 3;

-- The standard channel's breaches over all time, in the 16 rows by brand id that GET /api/review/breaches adds up.
INSERT INTO review_breach_figures
SELECT s, coalesce(sum(f.standard_decided), 0), coalesce(sum(f.standard_decided_late), 0)
  FROM generate_series(0, 15) s LEFT JOIN brand_day_figures f ON f.brand_id % 16 = s
 GROUP BY s;

-- Every brand with items has its record (BrandFiguresCheck walks them).
INSERT INTO brand_record (brand_id, fast_track, fast_track_items)
SELECT DISTINCT brand_id, false, 0 FROM complaint
    ON CONFLICT DO NOTHING;

-- The transparency rollups (TransparencyRollups): days first, for each brand and for all brands (brand_id 0).
INSERT INTO transparency_volume_day (span, day, brand_id, infringement_type, right_office, notices, pending, accepted,
        rejected, retracted, reversed_on_appeal, duplicates, takedowns, takedowns_retracted, takedowns_reversed)
SELECT 'D', (c.filed_at AT TIME ZONE 'UTC')::date,
       CASE WHEN GROUPING(c.brand_id) = 1 THEN 0 ELSE c.brand_id END,
       c.infringement_type, c.right_office,
       count(DISTINCT c.id),
       count(*) FILTER (WHERE i.status = 'PENDING'),
       count(*) FILTER (WHERE i.status = 'ACCEPTED'),
       count(*) FILTER (WHERE i.status = 'REJECTED'),
       count(*) FILTER (WHERE i.status = 'RETRACTED'),
       count(*) FILTER (WHERE i.status = 'REVERSED_ON_APPEAL'),
       count(*) FILTER (WHERE i.status = 'DUPLICATE'),
       count(*) FILTER (WHERE i.takedown_applied_at IS NOT NULL),
       count(*) FILTER (WHERE i.takedown_applied_at IS NOT NULL AND i.status = 'RETRACTED'),
       count(*) FILTER (WHERE i.takedown_applied_at IS NOT NULL AND i.status = 'REVERSED_ON_APPEAL')
  FROM complaint_item i JOIN complaint c ON c.id = i.complaint_id
 GROUP BY GROUPING SETS (((c.filed_at AT TIME ZONE 'UTC')::date, c.brand_id, c.infringement_type, c.right_office),
                         ((c.filed_at AT TIME ZONE 'UTC')::date, c.infringement_type, c.right_office));

INSERT INTO transparency_action_day (span, day, brand_id, channel, actioned, within_24h, open)
SELECT 'D', (c.filed_at AT TIME ZONE 'UTC')::date,
       CASE WHEN GROUPING(c.brand_id) = 1 THEN 0 ELSE c.brand_id END,
       i.channel,
       count(*) FILTER (WHERE coalesce(i.takedown_applied_at, i.decided_at) IS NOT NULL),
       count(*) FILTER (WHERE coalesce(i.takedown_applied_at, i.decided_at) - c.filed_at <= interval '24 hours'),
       count(*) FILTER (WHERE coalesce(i.takedown_applied_at, i.decided_at) IS NULL AND i.status <> 'RETRACTED')
  FROM complaint_item i JOIN complaint c ON c.id = i.complaint_id
 WHERE i.status <> 'DUPLICATE'
 GROUP BY GROUPING SETS (((c.filed_at AT TIME ZONE 'UTC')::date, c.brand_id, i.channel),
                         ((c.filed_at AT TIME ZONE 'UTC')::date, i.channel));

INSERT INTO transparency_action_time (span, day, brand_id, channel, bucket, items)
SELECT 'D', day, CASE WHEN GROUPING(brand_id) = 1 THEN 0 ELSE brand_id END, channel, bucket, count(*)
  FROM (SELECT (c.filed_at AT TIME ZONE 'UTC')::date AS day, c.brand_id, i.channel,
               CASE WHEN s < 1 THEN 0 ELSE 1 + floor(ln(s) / ln(1.05)) END::smallint AS bucket
          FROM complaint_item i JOIN complaint c ON c.id = i.complaint_id,
               LATERAL (SELECT greatest(0, extract(epoch FROM coalesce(i.takedown_applied_at, i.decided_at) - c.filed_at))::float8 AS s) t
         WHERE i.status <> 'DUPLICATE' AND coalesce(i.takedown_applied_at, i.decided_at) IS NOT NULL) actioned
 GROUP BY GROUPING SETS ((day, brand_id, channel, bucket), (day, channel, bucket));

-- The months, from their days.
INSERT INTO transparency_volume_day (span, day, brand_id, infringement_type, right_office, notices, pending, accepted,
        rejected, retracted, reversed_on_appeal, duplicates, takedowns, takedowns_retracted, takedowns_reversed)
SELECT 'M', date_trunc('month', day)::date, brand_id, infringement_type, right_office, sum(notices), sum(pending),
       sum(accepted), sum(rejected), sum(retracted), sum(reversed_on_appeal), sum(duplicates), sum(takedowns),
       sum(takedowns_retracted), sum(takedowns_reversed)
  FROM transparency_volume_day WHERE span = 'D' GROUP BY 2, 3, 4, 5;

INSERT INTO transparency_action_day (span, day, brand_id, channel, actioned, within_24h, open)
SELECT 'M', date_trunc('month', day)::date, brand_id, channel, sum(actioned), sum(within_24h), sum(open)
  FROM transparency_action_day WHERE span = 'D' GROUP BY 2, 3, 4;

INSERT INTO transparency_action_time (span, day, brand_id, channel, bucket, items)
SELECT 'M', date_trunc('month', day)::date, brand_id, channel, bucket, sum(items)
  FROM transparency_action_time WHERE span = 'D' GROUP BY 2, 3, 4, 5;

-- The open items by filing hour of the last three days (TransparencyRollups.OPEN_HOURS_KEPT), for each brand and for
-- all brands: the figure of open past a day on the day that ends within the last 24 hours.
INSERT INTO transparency_open_hour (hour, brand_id, channel, open)
SELECT date_trunc('hour', c.filed_at, 'UTC'),
       CASE WHEN GROUPING(c.brand_id) = 1 THEN 0 ELSE c.brand_id END,
       i.channel, count(*)
  FROM complaint c JOIN complaint_item i ON i.complaint_id = c.id
 WHERE c.filed_at >= date_trunc('hour', now() - interval '3 days', 'UTC')
   AND i.status NOT IN ('DUPLICATE', 'RETRACTED') AND coalesce(i.takedown_applied_at, i.decided_at) IS NULL
 GROUP BY GROUPING SETS ((date_trunc('hour', c.filed_at, 'UTC'), c.brand_id, i.channel),
                         (date_trunc('hour', c.filed_at, 'UTC'), i.channel));

ANALYZE complaint;
ANALYZE complaint_item;
ANALYZE item_message;
ANALYZE brand_record;
ANALYZE brand_day_figures;
ANALYZE review_breach_figures;
ANALYZE transparency_volume_day;
ANALYZE transparency_action_day;
ANALYZE transparency_action_time;
ANALYZE transparency_open_hour;
