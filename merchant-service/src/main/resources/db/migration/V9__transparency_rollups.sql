-- Transparency rollups, kept by LedgerFigures in the transaction of every takedown, sanction, appeal and appeal
-- decision: one row per UTC day, so a period of any length up to three years is a sum over a few rows per day.

-- Appeals by filing day, by where they stand now.
CREATE TABLE transparency_appeal_day (
    day    DATE   PRIMARY KEY,
    filed  BIGINT NOT NULL DEFAULT 0,
    open   BIGINT NOT NULL DEFAULT 0,
    upheld BIGINT NOT NULL DEFAULT 0,
    denied BIGINT NOT NULL DEFAULT 0
) WITH (fillfactor = 80);

-- The decided appeals' times from filing to decision, by filing day, as a histogram (DurationHistogram: bucket 0
-- under a second, bucket b from 1.05^(b-1) to under 1.05^b seconds); only buckets that hold appeals have a row.
CREATE TABLE transparency_appeal_time (
    day    DATE     NOT NULL,
    bucket SMALLINT NOT NULL,
    items  BIGINT   NOT NULL,
    PRIMARY KEY (day, bucket)
) WITH (fillfactor = 80);

-- Sanctions by measure and decision day, whatever became of them later.
CREATE TABLE transparency_sanction_day (
    day       DATE        NOT NULL,
    measure   VARCHAR(24) NOT NULL,
    sanctions BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (day, measure)
) WITH (fillfactor = 80);

-- Violations by the day of the decision behind them. A repeat-infringer determination is a violation with which
-- the merchant reached the repeat-infringer rule (violations from the rule's number of distinct brands within its
-- window, reversed ones left out): the violation's brand was the last one needed. A repeat violation is one
-- recorded while the merchant had another violation, not reversed, within the window.
CREATE TABLE transparency_violation_day (
    day                   DATE   PRIMARY KEY,
    violations            BIGINT NOT NULL DEFAULT 0,
    repeat_determinations BIGINT NOT NULL DEFAULT 0,
    repeat_violations     BIGINT NOT NULL DEFAULT 0
) WITH (fillfactor = 80);

-- Start from the rows already there. Determinations and repeat violations of the past are worked out from the
-- ledger as it stood when each violation was recorded: a violation reversed later still counted then.
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
