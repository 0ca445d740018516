-- Dead letters of the platform's outbox, kept for an operator and counted over their own partial index.
CREATE INDEX outbox_dead ON outbox_message (id) WHERE status = 'DEAD';

-- The platform's idempotency records: what a creating request made under a client's Idempotency-Key.
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

-- Appeals keep their keys there now.
ALTER TABLE appeal DROP COLUMN idempotency_key;
