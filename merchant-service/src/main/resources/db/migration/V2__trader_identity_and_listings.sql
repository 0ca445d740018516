-- DSA Art. 30 trader identity: every field may still be empty, the merchant is shown what is missing.
ALTER TABLE merchant
    ADD COLUMN legal_name            VARCHAR(255),
    ADD COLUMN address               VARCHAR(1000),
    ADD COLUMN phone                 VARCHAR(64),
    ADD COLUMN email                 VARCHAR(320),
    ADD COLUMN identity_document_ref VARCHAR(255),
    ADD COLUMN trade_register_number VARCHAR(255),
    ADD COLUMN self_certified_at     TIMESTAMP WITH TIME ZONE,
    ADD COLUMN identity_updated_at   TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE listing_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE listing (
    id            BIGINT PRIMARY KEY,
    merchant_id   BIGINT        NOT NULL REFERENCES merchant (id),
    title         VARCHAR(500)  NOT NULL,
    brand_claimed VARCHAR(255),
    price         NUMERIC(14, 2) NOT NULL,
    currency      VARCHAR(3)    NOT NULL,
    -- The feed identifies a listing by its URL: an import updates the row with the same URL.
    url           VARCHAR(2048) NOT NULL UNIQUE,
    status        VARCHAR(16)   NOT NULL,
    listed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX listing_merchant ON listing (merchant_id, id);
