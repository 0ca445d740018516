-- A brand's decided items per UTC day of decision and infringement type, kept by ItemFigures in the transaction of
-- every change of an item, so the trust score and the misuse share read the days of their window instead of the
-- brand's items. An item counts on the day of its decision for as long as it exists: a later retraction or reversal
-- moves its count between columns of that day's row. The primary key serves the window's read, a range of days.
CREATE TABLE brand_day_figures (
    brand_id             BIGINT      NOT NULL,
    day                  DATE        NOT NULL,
    infringement_type    VARCHAR(32) NOT NULL,
    -- ACCEPTED, REJECTED, RETRACTED or REVERSED_ON_APPEAL now.
    decided              BIGINT      NOT NULL,
    accepted             BIGINT      NOT NULL,
    rejected             BIGINT      NOT NULL,
    -- ACCEPTED, RETRACTED or REVERSED_ON_APPEAL now: taken down once.
    takedowns            BIGINT      NOT NULL,
    reversed_on_appeal   BIGINT      NOT NULL,
    retracted            BIGINT      NOT NULL,
    -- Decided (or spot-checked) by a reviewer rather than the fast track, and of those, manifestly unfounded.
    decided_by_person    BIGINT      NOT NULL,
    manifestly_unfounded BIGINT      NOT NULL,
    -- Filed in the standard channel, and of those decided after their deadline (the review breaches).
    standard_decided      BIGINT     NOT NULL,
    standard_decided_late BIGINT     NOT NULL,
    PRIMARY KEY (brand_id, day, infringement_type)
);

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

-- The review breaches of the standard channel over all time, in 16 rows (by brand id) so that decisions for
-- different brands rarely wait on one row: GET /api/review/breaches adds them up. Kept with the day rows.
CREATE TABLE review_breach_figures (
    shard        SMALLINT PRIMARY KEY,
    decided      BIGINT   NOT NULL,
    decided_late BIGINT   NOT NULL
);
INSERT INTO review_breach_figures
SELECT s, coalesce(sum(f.standard_decided), 0), coalesce(sum(f.standard_decided_late), 0)
  FROM generate_series(0, 15) s LEFT JOIN brand_day_figures f ON f.brand_id % 16 = s
 GROUP BY s;

-- The open items of the breaches, counted from the index alone.
CREATE INDEX complaint_item_pending_deadline ON complaint_item (deadline) WHERE status = 'PENDING';

-- The check of these figures against the items walks the brands in order of id (BrandFiguresCheck).
INSERT INTO brand_record (brand_id, fast_track, fast_track_items)
SELECT DISTINCT brand_id, false, 0 FROM brand_day_figures
ON CONFLICT DO NOTHING;

-- Where that check stands: the last brand it checked, and the replica holding the run until its lease ends.
CREATE TABLE brand_figures_check (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    after_brand_id BIGINT  NOT NULL,
    held_by        VARCHAR(64),
    lease_until    TIMESTAMP WITH TIME ZONE
);
INSERT INTO brand_figures_check (id, after_brand_id) VALUES (1, 0);
