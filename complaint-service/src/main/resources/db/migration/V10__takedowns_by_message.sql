-- The outbox message that carried an item's takedown together with other items' (MerchantTakedownsRoute): its
-- ordering key, so the item's retraction is sent after it. Null for an item whose takedown went alone, keyed by
-- the item. A nullable column without a default: no rewrite of the table.
ALTER TABLE complaint_item ADD COLUMN takedown_order VARCHAR(64);

-- A message with the takedowns of a bulk chunk (MerchantTakedownsRoute: the fields the items share once, then
-- about 100 bytes an item) needs more room than the 10,000 characters V2 gave; merchant-service's outbox has 60,000
-- (its V5). Raising a VARCHAR's length rewrites nothing.
ALTER TABLE outbox_message ALTER COLUMN payload TYPE VARCHAR(60000);
