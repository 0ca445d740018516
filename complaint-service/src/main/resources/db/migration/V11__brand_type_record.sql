-- A brand's fast track per infringement type, beside the overall one in brand_record: a notice goes on the fast track
-- only when both are on. The figures behind it are the per-type day rows of brand_day_figures (V3), kept and
-- checked as before; this row holds only the state (since, revoked, locked out), written under the brand's record.
CREATE TABLE brand_type_record (
    brand_id                BIGINT      NOT NULL,
    infringement_type       VARCHAR(32) NOT NULL,
    fast_track              BOOLEAN     NOT NULL,
    fast_track_since        TIMESTAMP WITH TIME ZONE,
    fast_track_revoked_at   TIMESTAMP WITH TIME ZONE,
    fast_track_locked_until TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (brand_id, infringement_type)
);

-- Brands on the fast track keep it for the types whose figures over the window meet the bar (the policy as
-- configured, markguard.trust.*): one pass over the window's day rows of those brands, never over their items.
INSERT INTO brand_type_record (brand_id, infringement_type, fast_track, fast_track_since)
SELECT f.brand_id, f.infringement_type, true, r.fast_track_since
  FROM brand_day_figures f
  JOIN brand_record r ON r.brand_id = f.brand_id AND r.fast_track
 WHERE f.day >= CAST((now() - CAST('${trust_window}' AS interval)) AT TIME ZONE 'UTC' AS date)
 GROUP BY f.brand_id, f.infringement_type, r.fast_track_since
HAVING sum(f.decided) >= ${trust_min_decided_items}
   AND sum(f.accepted) >= ${trust_min_accepted_share} * sum(f.decided)
   AND (sum(f.takedowns) = 0
        OR sum(f.reversed_on_appeal) + sum(f.retracted) <= ${trust_max_reversed_share} * sum(f.takedowns));
