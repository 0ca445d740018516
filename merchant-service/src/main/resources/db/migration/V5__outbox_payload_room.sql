-- An appeal notice carries the merchant's whole explanation and the evidence list: room to spare.
ALTER TABLE outbox_message ALTER COLUMN payload TYPE VARCHAR(60000);
