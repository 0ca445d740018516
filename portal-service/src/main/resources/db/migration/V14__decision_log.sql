-- The decision log (io.markguard.platform.decisionlog, decision-log/README.md): the decisions recorded by the
-- transactions that take them, and the Merkle tree the appender builds of them. Leaves, nodes and days only grow.
CREATE TABLE decision_log_intake (
    id           BIGSERIAL    PRIMARY KEY,
    decision_key VARCHAR(200) NOT NULL UNIQUE,
    kind         VARCHAR(40)  NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    leaf_json    TEXT         NOT NULL
);
CREATE TABLE decision_log_leaf (
    idx          BIGINT       PRIMARY KEY,
    decision_key VARCHAR(200) NOT NULL UNIQUE,
    kind         VARCHAR(40)  NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    leaf_json    TEXT         NOT NULL,
    leaf_hash    BYTEA        NOT NULL
);
CREATE TABLE decision_log_node (
    level SMALLINT NOT NULL,
    idx   BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL,
    PRIMARY KEY (level, idx)
);
-- One row: the log's size, and the lock an append takes.
CREATE TABLE decision_log_size (
    one  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
    size BIGINT  NOT NULL
);
INSERT INTO decision_log_size (one, size) VALUES (TRUE, 0);
-- Decisions per kind and UTC day of decided_at, for the reports bound to the log.
CREATE TABLE decision_log_day (
    kind VARCHAR(40) NOT NULL,
    day  DATE        NOT NULL,
    n    BIGINT      NOT NULL,
    PRIMARY KEY (kind, day)
);
-- One row: the head the last append signed.
CREATE TABLE decision_log_head (
    one        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
    log_id     VARCHAR(100) NOT NULL,
    tree_size  BIGINT       NOT NULL,
    root_hash  VARCHAR(64)  NOT NULL,
    signed_at  VARCHAR(40)  NOT NULL,
    signature  VARCHAR(128) NOT NULL
);
