-- Account measures bind the merchant's listings: a suspension takes them off sale for its period, a termination
-- (confirmed by a second reviewer) for good, an incomplete trader identity holds new ones (AccountHolds, AccountSweep,
-- TerminationReviews).

-- Why a listing is not on sale when its status says it is not: HELD (RESTRICTED, IDENTITY_INCOMPLETE, or both) and
-- SUSPENDED (ACCOUNT_SUSPENDED, TERMINATION_PENDING, ACCOUNT_TERMINATED); and the status a SUSPENDED listing had on
-- sale (ACTIVE or RESTORED), given back when the account is on sale again.
ALTER TABLE listing ADD COLUMN off_sale_because VARCHAR(40);
ALTER TABLE listing ADD COLUMN status_before_suspension VARCHAR(16);
-- Every listing held so far was held for its merchant's restriction.
UPDATE listing SET off_sale_because = 'RESTRICTED' WHERE status = 'HELD';

-- Per merchant, what its account measures want of its listings (wanted, until when) and what the listings are in
-- (applied). A sweep moves them from one to the other a batch at a time, by id (sweep_after), in the state it sweeps
-- towards (sweeping); due_at is when the sweep job looks at the merchant next (empty: nothing to do). episode counts
-- the times the listings went off sale, so each return to sale is told once.
CREATE TABLE account_hold (
    merchant_id  BIGINT PRIMARY KEY REFERENCES merchant (id),
    wanted       VARCHAR(24) NOT NULL,
    wanted_until TIMESTAMP WITH TIME ZONE,
    applied      VARCHAR(24) NOT NULL,
    sweeping     VARCHAR(24),
    sweep_after  BIGINT      NOT NULL DEFAULT 0,
    episode      INTEGER     NOT NULL DEFAULT 0,
    due_at       TIMESTAMP WITH TIME ZONE,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX account_hold_due ON account_hold (due_at) WHERE due_at IS NOT NULL;

-- Merchants whose trader identity became complete: their listings held only for it are released a batch at a time.
CREATE TABLE identity_release (
    merchant_id   BIGINT PRIMARY KEY REFERENCES merchant (id),
    release_after BIGINT NOT NULL DEFAULT 0,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_release_queue ON identity_release (requested_at);

-- A termination waits for a second reviewer: the ladder (proposed_by empty) or a reviewer proposes it, another
-- reviewer confirms (the TERMINATED sanction is issued then) or declines it.
CREATE SEQUENCE termination_review_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE termination_review (
    id              BIGINT PRIMARY KEY,
    merchant_id     BIGINT        NOT NULL REFERENCES merchant (id),
    violation_id    BIGINT        NOT NULL REFERENCES violation (id),
    status          VARCHAR(16)   NOT NULL,
    proposed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by     VARCHAR(64),
    reason          VARCHAR(2000) NOT NULL,
    policy_clause   VARCHAR(500)  NOT NULL,
    facts           VARCHAR(5000) NOT NULL,
    clause_code     VARCHAR(32)   NOT NULL,
    clause_params   JSONB         NOT NULL,
    facts_code      VARCHAR(32)   NOT NULL,
    facts_params    JSONB         NOT NULL,
    deadline        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(64),
    decision_reason VARCHAR(2000),
    sanction_id     BIGINT REFERENCES sanction (id)
);
CREATE UNIQUE INDEX termination_review_one_pending ON termination_review (merchant_id) WHERE status = 'PENDING';
CREATE INDEX termination_review_queue ON termination_review (deadline, id) WHERE status = 'PENDING';
CREATE INDEX termination_review_violation ON termination_review (violation_id);

-- Suspensions and terminations already in force bind from now: their merchants' listings are swept off sale.
INSERT INTO account_hold (merchant_id, wanted, wanted_until, applied, due_at, changed_at)
SELECT merchant_id,
       CASE WHEN bool_or(measure = 'TERMINATED') THEN 'ACCOUNT_TERMINATED' ELSE 'ACCOUNT_SUSPENDED' END,
       CASE WHEN bool_or(measure = 'TERMINATED') THEN NULL ELSE max(expires_at) END,
       'ON_SALE', now(), now()
FROM sanction
WHERE status = 'ACTIVE' AND measure IN ('SUSPENDED_7D', 'SUSPENDED_14D', 'TERMINATED')
  AND (expires_at IS NULL OR expires_at > now())
GROUP BY merchant_id;
