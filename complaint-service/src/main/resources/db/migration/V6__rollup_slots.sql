-- The all-brands rows of the transparency rollups are changed by every brand's items: each counter is now the sum of
-- slot rows (io.markguard.platform.figures.CounterRows), so that a transaction holding one slot never holds up
-- another brand's change. Readers already sum over the rows of a period.
ALTER TABLE transparency_volume_day ADD COLUMN slot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transparency_volume_day DROP CONSTRAINT transparency_volume_day_pkey;
ALTER TABLE transparency_volume_day ADD PRIMARY KEY (brand_id, span, day, infringement_type, right_office, slot);

ALTER TABLE transparency_action_day ADD COLUMN slot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transparency_action_day DROP CONSTRAINT transparency_action_day_pkey;
ALTER TABLE transparency_action_day ADD PRIMARY KEY (brand_id, span, day, channel, slot);

ALTER TABLE transparency_action_time ADD COLUMN slot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transparency_action_time DROP CONSTRAINT transparency_action_time_pkey;
ALTER TABLE transparency_action_time ADD PRIMARY KEY (brand_id, span, day, channel, bucket, slot);
