-- The accuracy of the fast track (DSA Art. 15(1)(e)): per filing day and month, channel and brand, the items drawn for
-- a spot check, those a reviewer checked, and those the check overturned. Kept with the other action counts.
ALTER TABLE transparency_action_day ADD COLUMN spot_drawn BIGINT NOT NULL DEFAULT 0;
ALTER TABLE transparency_action_day ADD COLUMN spot_checked BIGINT NOT NULL DEFAULT 0;
ALTER TABLE transparency_action_day ADD COLUMN spot_overturned BIGINT NOT NULL DEFAULT 0;

-- The items already there, as slot -1 rows of their own (CounterRows draws slots from 1 up, so no key is taken twice).
INSERT INTO transparency_action_day (span, day, brand_id, channel, slot, actioned, within_24h, open, spot_drawn,
        spot_checked, spot_overturned)
SELECT span, day, brand_id, channel, -1, 0, 0, 0, sum(drawn), sum(checked), sum(overturned)
FROM (SELECT s.span, CASE WHEN s.span = 'M' THEN date_trunc('month', f.day)::date ELSE f.day END AS day,
             f.brand_id, f.channel, f.drawn, f.checked, f.overturned
      FROM (SELECT (c.filed_at AT TIME ZONE 'UTC')::date AS day,
                   CASE WHEN GROUPING(c.brand_id) = 1 THEN 0 ELSE c.brand_id END AS brand_id, i.channel,
                   count(*) FILTER (WHERE i.spot_check) AS drawn,
                   count(*) FILTER (WHERE i.spot_check AND i.spot_checked_at IS NOT NULL) AS checked,
                   count(*) FILTER (WHERE i.spot_check AND i.spot_checked_at IS NOT NULL AND i.status = 'REJECTED') AS overturned
            FROM complaint_item i JOIN complaint c ON c.id = i.complaint_id
            WHERE i.status <> 'DUPLICATE' AND i.spot_check
            GROUP BY GROUPING SETS (((c.filed_at AT TIME ZONE 'UTC')::date, c.brand_id, i.channel),
                                    ((c.filed_at AT TIME ZONE 'UTC')::date, i.channel))) f,
           (VALUES ('D'), ('M')) s(span)) spans
GROUP BY span, day, brand_id, channel;
