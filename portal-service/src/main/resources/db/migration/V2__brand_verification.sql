-- Brands, their members, IP rights, agent authorisations, evidence documents and verification cases.
CREATE SEQUENCE brand_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE brand_member_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ip_right_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE agent_authorisation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE evidence_document_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE verification_case_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE idempotency_record_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE brand (
    id             BIGINT PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    legal_entity   VARCHAR(300) NOT NULL,
    country        VARCHAR(2)   NOT NULL,
    website_domain VARCHAR(253) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT NOT NULL
);

CREATE TABLE brand_member (
    id         BIGINT PRIMARY KEY,
    brand_id   BIGINT NOT NULL REFERENCES brand (id),
    subject    VARCHAR(64) NOT NULL,
    role       VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT brand_member_once UNIQUE (brand_id, subject)
);
CREATE INDEX brand_member_subject ON brand_member (subject);

CREATE TABLE ip_right (
    id                  BIGINT PRIMARY KEY,
    brand_id            BIGINT NOT NULL REFERENCES brand (id),
    type                VARCHAR(16)  NOT NULL,
    office              VARCHAR(8)   NOT NULL,
    registration_number VARCHAR(32)  NOT NULL,
    mark                VARCHAR(300) NOT NULL,
    nice_classes        VARCHAR(200),
    owner_name          VARCHAR(300) NOT NULL,
    filed_on            DATE,
    registered_on       DATE,
    expires_on          DATE,
    status              VARCHAR(16)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ip_right_once_per_brand UNIQUE (brand_id, office, registration_number)
);
-- Conflict detection looks up the same registration across brands.
CREATE INDEX ip_right_registration ON ip_right (office, registration_number);

CREATE TABLE evidence_document (
    id           BIGINT PRIMARY KEY,
    brand_id     BIGINT NOT NULL REFERENCES brand (id),
    case_id      BIGINT,
    kind         VARCHAR(32)  NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evidence_document_brand ON evidence_document (brand_id);

CREATE TABLE evidence_content (
    document_id BIGINT PRIMARY KEY REFERENCES evidence_document (id),
    content     BYTEA NOT NULL
);

CREATE TABLE agent_authorisation (
    id                 BIGINT PRIMARY KEY,
    brand_id           BIGINT NOT NULL REFERENCES brand (id),
    agent_subject      VARCHAR(64) NOT NULL,
    valid_until        TIMESTAMP WITH TIME ZONE NOT NULL,
    letter_document_id BIGINT NOT NULL REFERENCES evidence_document (id),
    created_by         VARCHAR(64) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX agent_authorisation_lookup ON agent_authorisation (brand_id, agent_subject);

CREATE TABLE agent_authorisation_right (
    authorisation_id BIGINT NOT NULL REFERENCES agent_authorisation (id),
    right_id         BIGINT NOT NULL REFERENCES ip_right (id),
    PRIMARY KEY (authorisation_id, right_id)
);

CREATE TABLE verification_case (
    id               BIGINT PRIMARY KEY,
    brand_id         BIGINT NOT NULL REFERENCES brand (id),
    right_id         BIGINT NOT NULL REFERENCES ip_right (id),
    method           VARCHAR(16) NOT NULL,
    status           VARCHAR(16) NOT NULL,
    review_reason    VARCHAR(24),
    code_hash        VARCHAR(64),
    code_sent_to     VARCHAR(320),
    code_expires_at  TIMESTAMP WITH TIME ZONE,
    code_used_at     TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER NOT NULL,
    sends            INTEGER NOT NULL,
    dns_token        VARCHAR(64),
    deadline         TIMESTAMP WITH TIME ZONE,
    claimed_by       VARCHAR(64),
    claimed_by_name  VARCHAR(100),
    claimed_at       TIMESTAMP WITH TIME ZONE,
    opened_by        VARCHAR(64) NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE,
    version          BIGINT NOT NULL
);
CREATE INDEX verification_case_brand ON verification_case (brand_id);
CREATE INDEX verification_case_queue ON verification_case (status, deadline);

ALTER TABLE evidence_document ADD CONSTRAINT evidence_document_case FOREIGN KEY (case_id) REFERENCES verification_case (id);

CREATE TABLE case_event (
    id         BIGINT PRIMARY KEY,
    case_id    BIGINT NOT NULL REFERENCES verification_case (id),
    actor      VARCHAR(64)  NOT NULL,
    actor_name VARCHAR(100) NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    reason     VARCHAR(2000),
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_event_case ON case_event (case_id, happened_at);

CREATE TABLE idempotency_record (
    id         BIGINT PRIMARY KEY,
    subject    VARCHAR(64)  NOT NULL,
    scope      VARCHAR(64)  NOT NULL,
    idem_key   VARCHAR(128) NOT NULL,
    result_id  BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_once UNIQUE (subject, scope, idem_key)
);
