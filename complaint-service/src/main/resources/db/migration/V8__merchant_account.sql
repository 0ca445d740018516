-- Which merchant each signed-in user is, as merchant-service's GET /api/merchants/me answered it the first time.
-- merchant-service never changes a merchant's subject or id (keycloak_subject is unique and not updatable, and no
-- merchant is deleted), so the answer is kept and read by its key instead of asking on every request.
CREATE TABLE merchant_account (
    subject     VARCHAR(64) PRIMARY KEY,
    merchant_id BIGINT      NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
