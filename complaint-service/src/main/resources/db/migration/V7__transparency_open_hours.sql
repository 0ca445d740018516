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
   AND i.status <> 'DUPLICATE' AND coalesce(i.takedown_applied_at, i.decided_at) IS NULL
 GROUP BY GROUPING SETS ((date_trunc('hour', c.filed_at, 'UTC'), c.brand_id, i.channel),
                         (date_trunc('hour', c.filed_at, 'UTC'), i.channel));
