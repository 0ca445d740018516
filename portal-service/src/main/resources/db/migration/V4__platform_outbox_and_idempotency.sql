-- The platform's idempotency records (keys are short-lived: the old ones are not carried over).
DROP TABLE idempotency_record;
DROP SEQUENCE idempotency_record_seq;
CREATE TABLE idempotency_record (
    subject      VARCHAR(255) NOT NULL,
    scope        VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(128) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    result_id    VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject, scope, idem_key)
);
CREATE INDEX idempotency_record_age ON idempotency_record (created_at);

-- The platform's outbox, as in the other services: messages written with the change they report.
CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outbox_message (
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
CREATE INDEX outbox_due ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_dead ON outbox_message (id) WHERE status = 'DEAD';
