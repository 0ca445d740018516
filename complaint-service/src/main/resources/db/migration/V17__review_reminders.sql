-- Which pending items the reviewers were reminded of before their deadline: one row per item, written by the
-- replica that sent the reminder, so each item is reminded once whichever replica runs the job.
CREATE TABLE review_reminder (
    item_id     BIGINT PRIMARY KEY REFERENCES complaint_item (id),
    reminded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A merchant's users by merchant, for telling the merchant of a brand's message in an item's thread.
CREATE INDEX merchant_account_merchant ON merchant_account (merchant_id);
