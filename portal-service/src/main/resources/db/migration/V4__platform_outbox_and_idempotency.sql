-- The platform's idempotency_record and outbox_message (from db/platform) replace the portal's own record of
-- keys; keys are short-lived, so the old ones are not carried over.
DROP TABLE idempotency_record;
DROP SEQUENCE idempotency_record_seq;
