-- Every Panache @Id sequence steps by 50, as Hibernate's pooled optimiser expects.
CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE complaint_item_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE complaint_evidence_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE item_message_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE bulk_job_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE bulk_job_row_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE reversal_notice_seq START WITH 1 INCREMENT BY 50;

-- The brand's standing with complaint-service: fast track and misuse measures. One row per brand, locked while it changes.
CREATE TABLE brand_record (
    brand_id                BIGINT PRIMARY KEY,
    fast_track              BOOLEAN NOT NULL,
    fast_track_since        TIMESTAMP WITH TIME ZONE,
    fast_track_revoked_at   TIMESTAMP WITH TIME ZONE,
    fast_track_locked_until TIMESTAMP WITH TIME ZONE,
    fast_track_items        BIGINT  NOT NULL,
    misuse_warned_at        TIMESTAMP WITH TIME ZONE,
    filing_suspended_from   TIMESTAMP WITH TIME ZONE,
    filing_suspended_until  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE bulk_job (
    id              BIGINT PRIMARY KEY,
    complaint_id    BIGINT,
    brand_id        BIGINT       NOT NULL,
    submitter_subject VARCHAR(64) NOT NULL,
    format          VARCHAR(8)   NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    total_rows      INTEGER      NOT NULL,
    processed_rows  INTEGER      NOT NULL,
    filed_rows      INTEGER      NOT NULL,
    duplicate_rows  INTEGER      NOT NULL,
    refused_rows    INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    lease_until     TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER      NOT NULL,
    failure         VARCHAR(2000),
    idempotency_key VARCHAR(255),
    UNIQUE (submitter_subject, idempotency_key)
);
CREATE INDEX bulk_job_due ON bulk_job (created_at) WHERE state IN ('QUEUED', 'RUNNING');

CREATE TABLE complaint (
    id                        BIGINT PRIMARY KEY,
    brand_id                  BIGINT        NOT NULL,
    brand_name                VARCHAR(255)  NOT NULL,
    right_id                  BIGINT        NOT NULL,
    right_type                VARCHAR(32)   NOT NULL,
    right_office              VARCHAR(32)   NOT NULL,
    right_registration_number VARCHAR(64)   NOT NULL,
    right_mark                VARCHAR(255)  NOT NULL,
    infringement_type         VARCHAR(32)   NOT NULL,
    explanation               VARCHAR(2000) NOT NULL,
    submitter_subject         VARCHAR(64)   NOT NULL,
    submitter_username        VARCHAR(255),
    submitter_email           VARCHAR(320)  NOT NULL,
    good_faith                BOOLEAN       NOT NULL,
    accurate                  BOOLEAN       NOT NULL,
    channel                   VARCHAR(16)   NOT NULL,
    filed_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    bulk_job_id               BIGINT REFERENCES bulk_job (id),
    idempotency_key           VARCHAR(255),
    request_sha256            VARCHAR(64),
    UNIQUE (submitter_subject, idempotency_key)
);
CREATE INDEX complaint_brand ON complaint (brand_id, filed_at);

CREATE TABLE complaint_evidence (
    id           BIGINT PRIMARY KEY,
    complaint_id BIGINT        NOT NULL REFERENCES complaint (id),
    kind         VARCHAR(16)   NOT NULL,
    reference    VARCHAR(2048) NOT NULL,
    media_type   VARCHAR(100),
    size_bytes   BIGINT,
    sha256       VARCHAR(64),
    content      BYTEA,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX complaint_evidence_complaint ON complaint_evidence (complaint_id);

CREATE TABLE complaint_item (
    id                   BIGINT PRIMARY KEY,
    complaint_id         BIGINT        NOT NULL REFERENCES complaint (id),
    brand_id             BIGINT        NOT NULL,
    infringement_type    VARCHAR(32)   NOT NULL,
    listing_id           BIGINT        NOT NULL,
    listing_url          VARCHAR(2048) NOT NULL,
    listing_title        VARCHAR(500)  NOT NULL,
    listing_price        NUMERIC(14, 2),
    listing_currency     VARCHAR(3),
    listing_status       VARCHAR(16)   NOT NULL,
    seller_merchant_id   BIGINT        NOT NULL,
    seller_name          VARCHAR(255),
    snapshot             VARCHAR(20000) NOT NULL,
    snapshot_sha256      VARCHAR(64)   NOT NULL,
    snapshot_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status               VARCHAR(24)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    duplicate_of         BIGINT,
    spot_check           BOOLEAN       NOT NULL,
    spot_checked_at      TIMESTAMP WITH TIME ZONE,
    deadline             TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by           VARCHAR(64),
    claimed_at           TIMESTAMP WITH TIME ZONE,
    decided_at           TIMESTAMP WITH TIME ZONE,
    decided_by           VARCHAR(64),
    reason_code          VARCHAR(32),
    reason_text          VARCHAR(2000),
    takedown_applied_at  TIMESTAMP WITH TIME ZONE,
    violation_id         BIGINT,
    retracted_at         TIMESTAMP WITH TIME ZONE,
    retraction_reason    VARCHAR(2000),
    reversed_at          TIMESTAMP WITH TIME ZONE,
    reversal_reason      VARCHAR(2000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
-- One live item per brand and listing, even when two filings race: the second is a duplicate.
CREATE UNIQUE INDEX complaint_item_live ON complaint_item (brand_id, listing_id) WHERE status IN ('PENDING', 'ACCEPTED');
CREATE INDEX complaint_item_complaint ON complaint_item (complaint_id);
CREATE INDEX complaint_item_queue ON complaint_item (deadline) WHERE status = 'PENDING' OR (spot_check AND spot_checked_at IS NULL);
CREATE INDEX complaint_item_brand_decided ON complaint_item (brand_id, decided_at);
CREATE INDEX complaint_item_seller ON complaint_item (seller_merchant_id, created_at);

CREATE TABLE item_message (
    id             BIGINT PRIMARY KEY,
    item_id        BIGINT        NOT NULL REFERENCES complaint_item (id),
    author_side    VARCHAR(16)   NOT NULL,
    author_subject VARCHAR(64)   NOT NULL,
    author_name    VARCHAR(255),
    body           VARCHAR(5000) NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    idempotency_key VARCHAR(255),
    UNIQUE (author_subject, idempotency_key)
);
CREATE INDEX item_message_item ON item_message (item_id, sent_at);

-- Rows of a bulk upload, stored as they stream in; the job turns each into an item or a refusal exactly once.
CREATE TABLE bulk_job_row (
    id          BIGINT PRIMARY KEY,
    job_id      BIGINT        NOT NULL REFERENCES bulk_job (id),
    row_number  INTEGER       NOT NULL,
    listing_ref VARCHAR(2048),
    outcome     VARCHAR(16)   NOT NULL,
    item_id     BIGINT,
    field       VARCHAR(64),
    message     VARCHAR(1000),
    UNIQUE (job_id, row_number)
);
CREATE INDEX bulk_job_row_pending ON bulk_job_row (job_id, row_number) WHERE outcome = 'PENDING';

-- Commands for merchant-service, written with the change that causes them and delivered by the outbox sender.
CREATE TABLE outbox_message (
    id              BIGINT PRIMARY KEY,
    destination     VARCHAR(64)    NOT NULL,
    idempotency_key VARCHAR(128)   NOT NULL UNIQUE,
    item_id         BIGINT         NOT NULL,
    payload         VARCHAR(10000) NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_due ON outbox_message (next_attempt_at) WHERE status = 'PENDING';

-- Upheld appeals reported by merchant-service, one row per Idempotency-Key: a repeat applies once.
CREATE TABLE reversal_notice (
    id                BIGINT PRIMARY KEY,
    idempotency_key   VARCHAR(128)  NOT NULL UNIQUE,
    complaint_item_id BIGINT        NOT NULL,
    appeal_id         BIGINT,
    payload           VARCHAR(10000) NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
