CREATE TABLE user_preference (
    keycloak_subject VARCHAR(64) PRIMARY KEY,
    language         VARCHAR(16) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
