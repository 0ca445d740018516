-- Hibernate's Panache ids draw from this sequence 50 at a time (its default allocation size).
CREATE SEQUENCE merchant_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE merchant (
    id               BIGINT PRIMARY KEY,
    keycloak_subject VARCHAR(64)  NOT NULL UNIQUE,
    username         VARCHAR(255) NOT NULL,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
