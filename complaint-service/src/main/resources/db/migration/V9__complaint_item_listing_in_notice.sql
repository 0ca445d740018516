-- A chunk of a bulk notice asks which of its listings the notice names already: answered from this index alone,
-- instead of fetching every item of the notice (20,000 in a large notice) to compare its listing.
-- Built CONCURRENTLY, outside a transaction (V9__complaint_item_listing_in_notice.sql.conf), so that intake keeps
-- writing complaint_item while the index is built on a large table. A build that failed leaves an invalid index of
-- this name behind; it is dropped first, so that running the migration again builds it afresh.
DROP INDEX CONCURRENTLY IF EXISTS complaint_item_notice_listing;
CREATE INDEX CONCURRENTLY complaint_item_notice_listing ON complaint_item (complaint_id, listing_id);
