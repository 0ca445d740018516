CREATE SEQUENCE appeal_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE appeal (
    id                    BIGINT PRIMARY KEY,
    sanction_id           BIGINT        NOT NULL REFERENCES sanction (id),
    merchant_id           BIGINT        NOT NULL REFERENCES merchant (id),
    explanation           VARCHAR(5000) NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    filed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    brand_answer_deadline TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_deadline     TIMESTAMP WITH TIME ZONE NOT NULL,
    brand_notified_at     TIMESTAMP WITH TIME ZONE,
    brand_answer          VARCHAR(5000),
    brand_answered_at     TIMESTAMP WITH TIME ZONE,
    decided_at            TIMESTAMP WITH TIME ZONE,
    decided_by            VARCHAR(255),
    decision_reason       VARCHAR(5000),
    idempotency_key       VARCHAR(255),
    UNIQUE (merchant_id, idempotency_key)
);
-- One open appeal per sanction, even when two requests race.
CREATE UNIQUE INDEX appeal_one_open ON appeal (sanction_id) WHERE status = 'OPEN';
CREATE INDEX appeal_queue ON appeal (decision_deadline) WHERE status = 'OPEN';

CREATE SEQUENCE evidence_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE evidence (
    id          BIGINT PRIMARY KEY,
    appeal_id   BIGINT       NOT NULL REFERENCES appeal (id),
    filename    VARCHAR(255) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    content     BYTEA        NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evidence_appeal ON evidence (appeal_id);

CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 50;

-- Written in the transaction that changes state; a scheduled sender delivers it to the other service.
CREATE TABLE outbox_message (
    id              BIGINT PRIMARY KEY,
    destination     VARCHAR(64)   NOT NULL,
    idempotency_key VARCHAR(128)  NOT NULL UNIQUE,
    payload         VARCHAR(10000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_due ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
