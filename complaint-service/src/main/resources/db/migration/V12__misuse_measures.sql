-- DSA Art. 23 misuse measures: every warning, proposal, decision, lift and contest is an event that is kept; a
-- suspension is proposed by the rule and takes effect only when a reviewer confirms it.
CREATE SEQUENCE misuse_event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE misuse_review_seq START WITH 1 INCREMENT BY 50;

-- Append-only: rows are inserted, never changed or removed (the trigger below refuses both).
CREATE TABLE misuse_event (
    id              BIGINT PRIMARY KEY,
    brand_id        BIGINT       NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    review_id       BIGINT,
    -- The figures the measure was taken on, as they stood at the time, and the policy that judged them.
    decided_items   BIGINT       NOT NULL,
    unfounded_items BIGINT       NOT NULL,
    unfounded_share DOUBLE PRECISION,
    window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    window_days     INTEGER      NOT NULL,
    min_decided     INTEGER      NOT NULL,
    share_bar       DOUBLE PRECISION NOT NULL,
    policy_version  VARCHAR(32)  NOT NULL,
    -- What the event says, as a code and its parameters, rendered in the reader's language.
    reason_code     VARCHAR(64)  NOT NULL,
    reason_params   JSONB        NOT NULL,
    statement       TEXT,
    actor_role      VARCHAR(16)  NOT NULL,
    actor           VARCHAR(255) NOT NULL,
    effective_from  TIMESTAMP WITH TIME ZONE,
    effective_until TIMESTAMP WITH TIME ZONE,
    notified_to     VARCHAR(320),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT misuse_event_kind CHECK (kind IN ('WARNING', 'SUSPENSION_PROPOSED', 'SUSPENSION_CONFIRMED',
        'SUSPENSION_DECLINED', 'SUSPENSION_LIFTED', 'CONTESTED')),
    CONSTRAINT misuse_event_actor CHECK (actor_role IN ('SYSTEM', 'REVIEWER', 'BRAND'))
);
-- The brand's history, latest first (keyset pages).
CREATE INDEX misuse_event_brand_history ON misuse_event (brand_id, occurred_at DESC, id DESC);

CREATE FUNCTION misuse_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'misuse_event is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER misuse_event_append_only BEFORE UPDATE OR DELETE ON misuse_event
    FOR EACH ROW EXECUTE FUNCTION misuse_event_append_only();

-- A proposed suspension and what became of it: the reviewers' queue while OPEN, the running suspension once
-- CONFIRMED (until lifted_at). One open proposal per brand.
CREATE TABLE misuse_review (
    id                BIGINT PRIMARY KEY,
    brand_id          BIGINT       NOT NULL,
    brand_name        VARCHAR(255),
    status            VARCHAR(16)  NOT NULL,
    proposed_event_id BIGINT       NOT NULL,
    proposed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline          TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_items     BIGINT       NOT NULL,
    unfounded_items   BIGINT       NOT NULL,
    unfounded_share   DOUBLE PRECISION,
    window_start      TIMESTAMP WITH TIME ZONE NOT NULL,
    warned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    suspension_days   INTEGER      NOT NULL,
    notify_to         VARCHAR(320),
    contests          INTEGER      NOT NULL DEFAULT 0,
    last_contest      TEXT,
    last_contested_at TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(255),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_code     VARCHAR(64),
    decision_reason   TEXT,
    suspended_from    TIMESTAMP WITH TIME ZONE,
    suspended_until   TIMESTAMP WITH TIME ZONE,
    lifted_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT misuse_review_status CHECK (status IN ('OPEN', 'CONFIRMED', 'DECLINED'))
);
CREATE UNIQUE INDEX misuse_review_one_open ON misuse_review (brand_id) WHERE status = 'OPEN';
-- The reviewers' queue, soonest deadline first.
CREATE INDEX misuse_review_queue ON misuse_review (deadline, id) WHERE status = 'OPEN';
-- The brand's latest proposal (is one open; when was the last one decided).
CREATE INDEX misuse_review_brand_latest ON misuse_review (brand_id, proposed_at DESC, id DESC);
-- Confirmed suspensions whose end is still to be recorded, for the scheduled lift.
CREATE INDEX misuse_review_to_lift ON misuse_review (suspended_until, id) WHERE status = 'CONFIRMED' AND lifted_at IS NULL;
