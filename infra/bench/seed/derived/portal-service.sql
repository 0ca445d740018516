-- What portal-service maintains beside its base tables (counters, rollups), rebuilt from the base tables after every
-- seeding step of the bench (io.markguard.bench.Seed): the seed writes base rows only, as no request would, so
-- whatever a request would have kept up to date is recomputed here. A migration that adds a maintained table adds
-- its rebuild to this file. Then fresh planner statistics of the tables seeded (only those: statistics of a queue
-- such as the outbox, taken while it happens to be empty, would plan its claims for an empty table).
ANALYZE brand;
ANALYZE ip_right;
ANALYZE brand_member;
