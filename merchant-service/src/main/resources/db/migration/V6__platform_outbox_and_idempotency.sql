-- Appeals keep their keys in the platform's idempotency_record now (created from db/platform).
ALTER TABLE appeal DROP COLUMN idempotency_key;
