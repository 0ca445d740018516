-- A proposed suspension of filing (DSA Art. 23(3)) still undecided near its deadline is reminded to the reviewers
-- once, and one past its deadline is escalated to the administrators once. Open proposals are at most one per brand
-- and are read along misuse_review_queue.
ALTER TABLE misuse_review ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE misuse_review ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
