-- Signed webhooks: a brand's subscriptions (an HTTPS address and the event types it wants) and the log of each
-- delivery of an event to a subscription. Deliveries go through the outbox (destination "webhook").
CREATE TABLE webhook_subscription (
    id                   UUID PRIMARY KEY,
    brand_id             BIGINT       NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    event_types          VARCHAR(400) NOT NULL,
    secret               VARCHAR(100) NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    created_by_email     VARCHAR(320),
    created_by_client    VARCHAR(64),
    created_at           TIMESTAMPTZ  NOT NULL,
    consecutive_failures INT          NOT NULL DEFAULT 0,
    paused_at            TIMESTAMPTZ,
    last_delivered_at    TIMESTAMPTZ,
    last_error           VARCHAR(2000)
);

-- A brand's subscriptions, the only way they are read when an event is published.
CREATE INDEX webhook_subscription_brand ON webhook_subscription (brand_id, created_at, id);

CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE webhook_delivery (
    id              BIGINT PRIMARY KEY,
    subscription_id UUID         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        UUID         NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    right_id        BIGINT,
    body            TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    last_status     INT,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMPTZ  NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    UNIQUE (subscription_id, event_id)
);

-- The delivery log of a subscription, newest first, paged by (created_at, id).
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, created_at DESC, id DESC);
-- The same, of one state (the failed ones, say), however many deliveries of other states the log holds.
CREATE INDEX webhook_delivery_log_status ON webhook_delivery (subscription_id, status, created_at DESC, id DESC);
-- Held deliveries of a resumed subscription, sent again in batches.
CREATE INDEX webhook_delivery_held ON webhook_delivery (subscription_id, id) WHERE status = 'HELD';
-- Retention: the oldest deliveries go first.
CREATE INDEX webhook_delivery_age ON webhook_delivery (created_at);
