-- Transparency rollups, kept by ItemFigures in the transaction of every change to an item: rows per filing day of
-- the notice (UTC, span 'D') and per filing month (span 'M', day is the month's first), once per brand and once
-- more for all brands together (brand_id 0). A period is read as its whole months plus at most two part-months of
-- days, so any period up to three years sums a bounded number of rows. Counts stand as the items stand now.

-- Items by the notice's infringement type and IP office, by where they stand; notices counted once, at filing.
CREATE TABLE transparency_volume_day (
    span     CHAR(1)     NOT NULL,
    day                 DATE        NOT NULL,
    brand_id            BIGINT      NOT NULL,
    infringement_type   VARCHAR(32) NOT NULL,
    right_office        VARCHAR(32) NOT NULL,
    notices             BIGINT      NOT NULL DEFAULT 0,
    pending             BIGINT      NOT NULL DEFAULT 0,
    accepted            BIGINT      NOT NULL DEFAULT 0,
    rejected            BIGINT      NOT NULL DEFAULT 0,
    retracted           BIGINT      NOT NULL DEFAULT 0,
    reversed_on_appeal  BIGINT      NOT NULL DEFAULT 0,
    duplicates          BIGINT      NOT NULL DEFAULT 0,
    -- Items whose listing merchant-service removed, and of those the ones now retracted or reversed on appeal.
    takedowns           BIGINT      NOT NULL DEFAULT 0,
    takedowns_retracted BIGINT      NOT NULL DEFAULT 0,
    takedowns_reversed  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (brand_id, span, day, infringement_type, right_office)
) WITH (fillfactor = 80);

-- Time to action per channel, duplicates left out: items actioned, of them within 24 hours, and items still open.
CREATE TABLE transparency_action_day (
    span     CHAR(1)     NOT NULL,
    day        DATE        NOT NULL,
    brand_id   BIGINT      NOT NULL,
    channel    VARCHAR(16) NOT NULL,
    actioned   BIGINT      NOT NULL DEFAULT 0,
    within_24h BIGINT      NOT NULL DEFAULT 0,
    open       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (brand_id, span, day, channel)
) WITH (fillfactor = 80);

-- The actioned items' times to action as a histogram (DurationHistogram: bucket 0 under a second, bucket b from
-- 1.05^(b-1) to under 1.05^b seconds); only buckets that hold items have a row.
CREATE TABLE transparency_action_time (
    span     CHAR(1)     NOT NULL,
    day      DATE        NOT NULL,
    brand_id BIGINT      NOT NULL,
    channel  VARCHAR(16) NOT NULL,
    bucket   SMALLINT    NOT NULL,
    items    BIGINT      NOT NULL,
    PRIMARY KEY (brand_id, span, day, channel, bucket)
) WITH (fillfactor = 80);

-- The notices of one filing day, read for the items open past 24 hours on the day that ends within them.
CREATE INDEX complaint_filed ON complaint (filed_at);

-- Start from the items already there.
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
       count(*) FILTER (WHERE coalesce(i.takedown_applied_at, i.decided_at) IS NULL)
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
