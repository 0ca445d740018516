CREATE SEQUENCE violation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE violation (
    id                     BIGINT PRIMARY KEY,
    merchant_id            BIGINT       NOT NULL REFERENCES merchant (id),
    listing_id             BIGINT       NOT NULL REFERENCES listing (id),
    -- complaint-service's item id: the takedown command is applied once per item.
    complaint_item_id      VARCHAR(64)  NOT NULL UNIQUE,
    brand_id               VARCHAR(64)  NOT NULL,
    brand_name             VARCHAR(255) NOT NULL,
    submitter_subject      VARCHAR(64)  NOT NULL,
    submitter_email        VARCHAR(320) NOT NULL,
    ip_office              VARCHAR(32)  NOT NULL,
    ip_registration_number VARCHAR(64)  NOT NULL,
    ip_mark                VARCHAR(255) NOT NULL,
    infringement_type      VARCHAR(32)  NOT NULL,
    channel                VARCHAR(16)  NOT NULL,
    automated_detection    BOOLEAN      NOT NULL,
    automated_decision     BOOLEAN      NOT NULL,
    explanation            VARCHAR(5000) NOT NULL,
    decided_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    severity               VARCHAR(16)  NOT NULL,
    points                 INTEGER      NOT NULL,
    expires_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    ended_at               TIMESTAMP WITH TIME ZONE,
    end_reason             VARCHAR(2000),
    policy_version         VARCHAR(64)  NOT NULL
);
CREATE INDEX violation_merchant ON violation (merchant_id, status);
CREATE INDEX violation_due ON violation (expires_at) WHERE status = 'ACTIVE';

CREATE SEQUENCE sanction_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sanction (
    id                 BIGINT PRIMARY KEY,
    merchant_id        BIGINT       NOT NULL REFERENCES merchant (id),
    -- The violation whose takedown caused this sanction; reversing it reverses the sanction.
    violation_id       BIGINT       NOT NULL REFERENCES violation (id),
    measure            VARCHAR(24)  NOT NULL,
    policy_version     VARCHAR(64)  NOT NULL,
    policy_clause      VARCHAR(500) NOT NULL,
    facts              VARCHAR(5000) NOT NULL,
    automated_decision BOOLEAN      NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Empty for a termination, which does not lapse by itself.
    expires_at         TIMESTAMP WITH TIME ZONE,
    appeal_deadline    TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE,
    end_reason         VARCHAR(2000),
    puid               VARCHAR(500) NOT NULL UNIQUE
);
CREATE INDEX sanction_merchant ON sanction (merchant_id, status);
CREATE INDEX sanction_violation ON sanction (violation_id);
CREATE INDEX sanction_due ON sanction (expires_at) WHERE status = 'ACTIVE';
