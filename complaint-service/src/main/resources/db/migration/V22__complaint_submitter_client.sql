-- A notice a brand's API client filed names the client (its Keycloak client id in realm markguard-integrations).
ALTER TABLE complaint ADD COLUMN submitter_client VARCHAR(64);
