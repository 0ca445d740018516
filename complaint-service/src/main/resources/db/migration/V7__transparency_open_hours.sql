-- The items open past 24 hours on the day that ends within the last 24 hours, read from rows instead of that day's
-- items: open items (not duplicates, neither removed nor decided) per filing hour (UTC) and channel, per brand and for
-- all brands together (brand_id 0), kept by ItemFigures with the open column of transparency_action_day. The figure
-- reads at most the 24 hours of one day. Only the hours of the last three days are kept (the read needs two):
-- a change to an item filed before them moves no hour row, and TransparencyOpenHours removes the older rows.
CREATE TABLE transparency_open_hour (
    hour     TIMESTAMP WITH TIME ZONE NOT NULL,
    brand_id BIGINT                   NOT NULL,
    channel  VARCHAR(16)              NOT NULL,
    open     BIGINT                   NOT NULL DEFAULT 0,
    -- A counter is the sum of its slot rows (io.markguard.platform.figures.CounterRows), as in the other rollups.
    slot     INTEGER                  NOT NULL DEFAULT 0,
    PRIMARY KEY (brand_id, hour, channel, slot)
) WITH (fillfactor = 80);

-- The removal of the hours no longer kept, oldest first in bounded batches.
CREATE INDEX transparency_open_hour_hour ON transparency_open_hour (hour);

-- Start from the open items of the notices filed in the hours kept (index complaint_filed).
INSERT INTO transparency_open_hour (hour, brand_id, channel, open)
SELECT date_trunc('hour', c.filed_at, 'UTC'),
       CASE WHEN GROUPING(c.brand_id) = 1 THEN 0 ELSE c.brand_id END,
       i.channel, count(*)
  FROM complaint c JOIN complaint_item i ON i.complaint_id = c.id
 WHERE c.filed_at >= date_trunc('hour', now() - interval '3 days', 'UTC')
   AND i.status NOT IN ('DUPLICATE', 'RETRACTED') AND coalesce(i.takedown_applied_at, i.decided_at) IS NULL
 GROUP BY GROUPING SETS ((date_trunc('hour', c.filed_at, 'UTC'), c.brand_id, i.channel),
                         (date_trunc('hour', c.filed_at, 'UTC'), i.channel));

-- An item withdrawn before any action is closed, not open: take such items off the open counts of the day and month
-- rows, on one slot row of each key (the counts are read as sums over the slots).
WITH withdrawn AS (
    SELECT (c.filed_at AT TIME ZONE 'UTC')::date AS day,
           CASE WHEN GROUPING(c.brand_id) = 1 THEN 0 ELSE c.brand_id END AS brand_id, i.channel, count(*) AS items
      FROM complaint_item i JOIN complaint c ON c.id = i.complaint_id
     WHERE i.status = 'RETRACTED' AND coalesce(i.takedown_applied_at, i.decided_at) IS NULL
     GROUP BY GROUPING SETS (((c.filed_at AT TIME ZONE 'UTC')::date, c.brand_id, i.channel),
                             ((c.filed_at AT TIME ZONE 'UTC')::date, i.channel)))
UPDATE transparency_action_day d SET open = d.open - r.items
FROM (SELECT span, day, brand_id, channel, sum(items) AS items
        FROM (SELECT 'D' AS span, day, brand_id, channel, items FROM withdrawn
              UNION ALL
              SELECT 'M', date_trunc('month', day)::date, brand_id, channel, items FROM withdrawn) spans
       GROUP BY span, day, brand_id, channel) r
WHERE d.span = r.span AND d.day = r.day AND d.brand_id = r.brand_id AND d.channel = r.channel
  AND d.slot = (SELECT min(s.slot) FROM transparency_action_day s
                 WHERE s.span = r.span AND s.day = r.day AND s.brand_id = r.brand_id AND s.channel = r.channel);
