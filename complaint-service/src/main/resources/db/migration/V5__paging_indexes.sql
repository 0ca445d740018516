-- Every list is read a page at a time over an index in the list's order (keyset: the page after the last row's
-- sort key). A complaint keeps the count of its items per status, so a list of complaints reads no items.

ALTER TABLE complaint
    ADD COLUMN pending_items   INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN accepted_items  INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN rejected_items  INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN duplicate_items INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN retracted_items INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN reversed_items  INTEGER NOT NULL DEFAULT 0,
    -- The soonest deadline of the complaint's PENDING items, null when none is pending.
    ADD COLUMN next_deadline   TIMESTAMP WITH TIME ZONE;

UPDATE complaint c
   SET pending_items   = f.pending,
       accepted_items  = f.accepted,
       rejected_items  = f.rejected,
       duplicate_items = f.duplicates,
       retracted_items = f.retracted,
       reversed_items  = f.reversed,
       next_deadline   = f.next_deadline
  FROM (SELECT complaint_id,
               count(*) FILTER (WHERE status = 'PENDING')            AS pending,
               count(*) FILTER (WHERE status = 'ACCEPTED')           AS accepted,
               count(*) FILTER (WHERE status = 'REJECTED')           AS rejected,
               count(*) FILTER (WHERE status = 'DUPLICATE')          AS duplicates,
               count(*) FILTER (WHERE status = 'RETRACTED')          AS retracted,
               count(*) FILTER (WHERE status = 'REVERSED_ON_APPEAL') AS reversed,
               min(deadline) FILTER (WHERE status = 'PENDING')       AS next_deadline
          FROM complaint_item GROUP BY complaint_id) f
 WHERE f.complaint_id = c.id;

-- A brand's complaints, latest filed first; by infringement type; and those with an item in a given status.
DROP INDEX complaint_brand;
CREATE INDEX complaint_brand_filed ON complaint (brand_id, filed_at, id);
CREATE INDEX complaint_brand_type_filed ON complaint (brand_id, infringement_type, filed_at, id);
CREATE INDEX complaint_with_pending ON complaint (brand_id, filed_at, id) WHERE pending_items > 0;
CREATE INDEX complaint_with_accepted ON complaint (brand_id, filed_at, id) WHERE accepted_items > 0;
CREATE INDEX complaint_with_rejected ON complaint (brand_id, filed_at, id) WHERE rejected_items > 0;
CREATE INDEX complaint_with_duplicate ON complaint (brand_id, filed_at, id) WHERE duplicate_items > 0;
CREATE INDEX complaint_with_retracted ON complaint (brand_id, filed_at, id) WHERE retracted_items > 0;
CREATE INDEX complaint_with_reversed ON complaint (brand_id, filed_at, id) WHERE reversed_items > 0;

-- A complaint's items in id order, all or of one status; its soonest open deadline.
DROP INDEX complaint_item_complaint;
CREATE INDEX complaint_item_by_complaint ON complaint_item (complaint_id, id);
CREATE INDEX complaint_item_by_complaint_status ON complaint_item (complaint_id, status, id);
CREATE INDEX complaint_item_open_deadline ON complaint_item (complaint_id, deadline) WHERE status = 'PENDING';

-- The review queue by (deadline, id); with its status, counts of the queue's open items read the index alone.
DROP INDEX complaint_item_queue;
CREATE INDEX complaint_item_review_queue ON complaint_item (deadline, id) INCLUDE (status)
    WHERE status = 'PENDING' OR (spot_check AND spot_checked_at IS NULL AND status = 'ACCEPTED');

-- A merchant's items, latest filed first, duplicates not shown; and of one status.
DROP INDEX complaint_item_seller;
CREATE INDEX complaint_item_seller_shown ON complaint_item (seller_merchant_id, created_at, id) WHERE status <> 'DUPLICATE';
CREATE INDEX complaint_item_seller_status ON complaint_item (seller_merchant_id, status, created_at, id);

-- An item's messages, oldest first.
DROP INDEX item_message_item;
CREATE INDEX item_message_thread ON item_message (item_id, sent_at, id);

-- A job's report: its rows not filed, in row order.
CREATE INDEX bulk_job_row_report ON bulk_job_row (job_id, row_number) WHERE outcome <> 'FILED';
