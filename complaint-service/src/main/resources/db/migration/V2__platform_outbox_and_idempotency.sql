-- The platform's outbox: the destination's route finds what it needs in the payload. (The platform's own
-- tables and indexes come from db/platform.)
ALTER TABLE outbox_message DROP COLUMN item_id;

-- Creating requests keep their keys in the platform's idempotency_record now, not on what they created.
ALTER TABLE complaint DROP COLUMN idempotency_key;
ALTER TABLE complaint DROP COLUMN request_sha256;
ALTER TABLE bulk_job DROP COLUMN idempotency_key;
ALTER TABLE item_message DROP COLUMN idempotency_key;
