-- The tables of the platform's mechanisms, the same in every service's database. Each service adds this location
-- to quarkus.flyway.locations; Flyway runs the script again whenever it changes, so every statement is idempotent.

-- The outbox (io.markguard.platform.outbox): messages written with the change they report.
CREATE SEQUENCE IF NOT EXISTS outbox_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE IF NOT EXISTS outbox_message (
    id              BIGINT PRIMARY KEY,
    destination     VARCHAR(64)    NOT NULL,
    idempotency_key VARCHAR(128)   NOT NULL UNIQUE,
    payload         VARCHAR(60000) NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE
);
-- Messages of one ordering key are delivered one after another, in the order written (OutboxRoute.orderingKey).
ALTER TABLE outbox_message ADD COLUMN IF NOT EXISTS ordering_key VARCHAR(128);
-- The relay claims the due ones in the order it sends them; operators and the gauges read the dead letters over
-- their own.
DROP INDEX IF EXISTS outbox_due;
CREATE INDEX IF NOT EXISTS outbox_claim ON outbox_message (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX IF NOT EXISTS outbox_dead ON outbox_message (id) WHERE status = 'DEAD';
-- A claim looks for an earlier undelivered message of the same key. The predicate names the other statuses rather
-- than PENDING so that only this index can serve the look-up: statistics taken while the queue was empty (the normal
-- case: the table is large, the queue small) make every PENDING index look empty, and the planner would otherwise
-- walk outbox_claim once per candidate.
DROP INDEX IF EXISTS outbox_ordering;
CREATE INDEX IF NOT EXISTS outbox_key_order ON outbox_message (ordering_key, created_at, id)
    WHERE status <> 'DELIVERED' AND status <> 'DEAD' AND ordering_key IS NOT NULL;
-- The purge removes delivered messages oldest first (OutboxPurge).
CREATE INDEX IF NOT EXISTS outbox_delivered ON outbox_message (delivered_at) WHERE status = 'DELIVERED';

-- Idempotency (io.markguard.platform.idempotency): what a creating request made under a client's key.
CREATE TABLE IF NOT EXISTS idempotency_record (
    subject      VARCHAR(255) NOT NULL,
    scope        VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(128) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    result_id    VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject, scope, idem_key)
);
CREATE INDEX IF NOT EXISTS idempotency_record_age ON idempotency_record (created_at);

-- The decision log (io.markguard.platform.decisionlog, decision-log/README.md): the decisions recorded by the
-- transactions that take them, and the Merkle tree the appender builds of them. Leaves, nodes and days only grow.
CREATE TABLE IF NOT EXISTS decision_log_intake (
    id           BIGSERIAL    PRIMARY KEY,
    decision_key VARCHAR(200) NOT NULL UNIQUE,
    kind         VARCHAR(40)  NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    leaf_json    TEXT         NOT NULL
);
CREATE TABLE IF NOT EXISTS decision_log_leaf (
    idx          BIGINT       PRIMARY KEY,
    decision_key VARCHAR(200) NOT NULL UNIQUE,
    kind         VARCHAR(40)  NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    leaf_json    TEXT         NOT NULL,
    leaf_hash    BYTEA        NOT NULL
);
CREATE TABLE IF NOT EXISTS decision_log_node (
    level SMALLINT NOT NULL,
    idx   BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL,
    PRIMARY KEY (level, idx)
);
-- One row: the log's size, and the lock an append takes.
CREATE TABLE IF NOT EXISTS decision_log_size (
    one  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
    size BIGINT  NOT NULL
);
INSERT INTO decision_log_size (one, size) VALUES (TRUE, 0) ON CONFLICT (one) DO NOTHING;
-- Decisions per kind and UTC day of decided_at, for the reports bound to the log.
CREATE TABLE IF NOT EXISTS decision_log_day (
    kind VARCHAR(40) NOT NULL,
    day  DATE        NOT NULL,
    n    BIGINT      NOT NULL,
    PRIMARY KEY (kind, day)
);
-- One row: the head the last append signed.
CREATE TABLE IF NOT EXISTS decision_log_head (
    one        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
    log_id     VARCHAR(100) NOT NULL,
    tree_size  BIGINT       NOT NULL,
    root_hash  VARCHAR(64)  NOT NULL,
    signed_at  VARCHAR(40)  NOT NULL,
    signature  VARCHAR(128) NOT NULL
);

-- Rate limits (io.markguard.platform.ratelimit): one token bucket per class of request and caller, shared by every
-- replica. The row is updated in place on each request (no index but the key, so the update stays on its page);
-- RateLimitPurge removes rows idle long enough to be full again, walking the table in batches.
CREATE TABLE IF NOT EXISTS rate_limit_bucket (
    bucket     VARCHAR(300)     PRIMARY KEY,
    tokens     DOUBLE PRECISION NOT NULL,
    granted    BOOLEAN          NOT NULL,
    touched_at TIMESTAMP WITH TIME ZONE NOT NULL
) WITH (fillfactor = 70);
