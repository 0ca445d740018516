-- Every merchant's takedowns and appeals change the same day rows of the transparency rollups: each counter is now
-- the sum of slot rows (io.markguard.platform.figures.CounterRows), so that a transaction holding one slot never
-- holds up another merchant's takedown. Readers already sum over the rows of a period.
ALTER TABLE transparency_appeal_day ADD COLUMN slot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transparency_appeal_day DROP CONSTRAINT transparency_appeal_day_pkey;
ALTER TABLE transparency_appeal_day ADD PRIMARY KEY (day, slot);

ALTER TABLE transparency_appeal_time ADD COLUMN slot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transparency_appeal_time DROP CONSTRAINT transparency_appeal_time_pkey;
ALTER TABLE transparency_appeal_time ADD PRIMARY KEY (day, bucket, slot);

ALTER TABLE transparency_sanction_day ADD COLUMN slot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transparency_sanction_day DROP CONSTRAINT transparency_sanction_day_pkey;
ALTER TABLE transparency_sanction_day ADD PRIMARY KEY (day, measure, slot);

ALTER TABLE transparency_violation_day ADD COLUMN slot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transparency_violation_day DROP CONSTRAINT transparency_violation_day_pkey;
ALTER TABLE transparency_violation_day ADD PRIMARY KEY (day, slot);
