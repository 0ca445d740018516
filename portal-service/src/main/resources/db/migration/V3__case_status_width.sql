-- AWAITING_DOCUMENTS and the longer methods do not fit in 16 characters.
ALTER TABLE verification_case ALTER COLUMN status TYPE VARCHAR(24);
ALTER TABLE verification_case ALTER COLUMN method TYPE VARCHAR(24);
