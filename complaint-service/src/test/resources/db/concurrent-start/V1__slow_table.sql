-- Slow enough that a second replica starting at the same moment arrives while this one still migrates.
CREATE TABLE replica_marker (id BIGINT PRIMARY KEY, created_by TEXT NOT NULL);
SELECT pg_sleep(2);
