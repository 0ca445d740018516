-- Who may act for a brand, as portal-service answers it, is kept by each replica for a few seconds. portal-service
-- tells this service after each change of a brand's members, rights or status (its outbox); the change bumps the
-- brand's version here, and a held answer of an older version is not used again, on any replica.
CREATE TABLE brand_access_version (
    brand_id   BIGINT PRIMARY KEY,
    version    BIGINT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
