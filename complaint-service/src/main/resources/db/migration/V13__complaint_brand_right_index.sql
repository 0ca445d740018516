-- A brand's complaints on one right, latest first: the list an agent authorised on some rights reads (and any
-- member filtering by right). Built CONCURRENTLY outside a transaction (the .conf beside it), as V9 is, so intake
-- keeps writing while it is built; an invalid index left by a failed build is dropped first.
DROP INDEX CONCURRENTLY IF EXISTS complaint_brand_right_filed;
CREATE INDEX CONCURRENTLY complaint_brand_right_filed ON complaint (brand_id, right_id, filed_at, id);
