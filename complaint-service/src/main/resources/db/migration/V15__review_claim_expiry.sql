-- A reviewer's claim on an item lapses: until claim_expires_at no other reviewer may claim or decide the item, after
-- it anyone may. The claim is taken and checked on the item's own row (by primary key, under its row lock), so no
-- sweep clears old claims. Claims taken before this column existed have no end and count as lapsed.
ALTER TABLE complaint_item ADD COLUMN claim_expires_at TIMESTAMP WITH TIME ZONE;
