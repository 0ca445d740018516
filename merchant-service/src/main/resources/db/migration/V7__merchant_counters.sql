-- Counters the penalty ledger keeps in the transaction of each takedown and reversal, so that a takedown reads the
-- same few rows whatever the merchant's record. LedgerCheck recomputes them from the violations and repairs drift.

-- Points of the merchant's ACTIVE violations by the UTC day they expire. Active points at an instant are the rows of
-- the days after today plus today's violations that have not expired yet (read from violation_active_expiry).
CREATE TABLE merchant_points_day (
    merchant_id BIGINT  NOT NULL REFERENCES merchant (id),
    expires_on  DATE    NOT NULL,
    points      INTEGER NOT NULL,
    -- The points ride in the key's index: a merchant's days after today (at most a window's worth) are read from it
    -- alone.
    PRIMARY KEY (merchant_id, expires_on) INCLUDE (points)
);
-- StandingExpiry drops the days gone by.
CREATE INDEX merchant_points_day_expiry ON merchant_points_day (expires_on);

-- Per merchant and brand the latest decision of a violation not reversed: the repeat-infringer rule counts the
-- brands whose latest decision lies within its window, and stops counting at the number the rule needs.
CREATE TABLE merchant_brand (
    merchant_id      BIGINT      NOT NULL REFERENCES merchant (id),
    brand_id         VARCHAR(64) NOT NULL,
    last_decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (merchant_id, brand_id)
);
CREATE INDEX merchant_brand_recent ON merchant_brand (merchant_id, last_decided_at);
CREATE INDEX merchant_brand_age ON merchant_brand (last_decided_at);

-- Today's violations that still count, by expiry time.
CREATE INDEX violation_active_expiry ON violation (merchant_id, expires_at) WHERE status = 'ACTIVE';
-- A reversal finds the brand's latest decision still standing with one step back along this index.
CREATE INDEX violation_merchant_brand ON violation (merchant_id, brand_id, decided_at) WHERE status <> 'REVERSED';
-- The account steps in force: each new step is above every step in force, so a merchant has at most one per step
-- of the ladder here (plus those lapsed since StandingExpiry last ran), however many listings were removed.
CREATE INDEX sanction_account_active ON sanction (merchant_id) WHERE status = 'ACTIVE' AND measure <> 'LISTING_REMOVED';

-- How far LedgerCheck has come through the merchants: one row, claimed by one replica at a time.
CREATE TABLE ledger_check (
    name             VARCHAR(32) PRIMARY KEY,
    after_merchant   BIGINT      NOT NULL,
    rounds           BIGINT      NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO ledger_check (name, after_merchant, rounds, updated_at) VALUES ('counters', 0, 0, now());

-- The counters of the record so far.
INSERT INTO merchant_points_day (merchant_id, expires_on, points)
SELECT merchant_id, (expires_at AT TIME ZONE 'UTC')::date, sum(points)
FROM violation WHERE status = 'ACTIVE'
GROUP BY 1, 2;

INSERT INTO merchant_brand (merchant_id, brand_id, last_decided_at)
SELECT merchant_id, brand_id, max(decided_at)
FROM violation WHERE status <> 'REVERSED'
GROUP BY 1, 2;
