-- A brand's API client: a confidential client-credentials client in Keycloak's realm markguard-integrations, and a
-- member of the brand (role CLIENT) whose subject is that client's service account, scoped as an agent.
CREATE SEQUENCE api_client_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_client (
    id                BIGINT PRIMARY KEY,
    brand_id          BIGINT       NOT NULL REFERENCES brand (id),
    member_id         BIGINT       NOT NULL UNIQUE REFERENCES brand_member (id),
    name              VARCHAR(100) NOT NULL,
    client_id         VARCHAR(64)  NOT NULL UNIQUE,
    keycloak_id       VARCHAR(64)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    secret_rotated_at TIMESTAMP WITH TIME ZONE,
    last_used_at      TIMESTAMP WITH TIME ZONE
);
-- A brand's clients, a page at a time.
CREATE INDEX api_client_brand ON api_client (brand_id, id);
