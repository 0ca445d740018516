-- The reviewer who upheld a fast-track takedown in its spot check (complaint-service tells it after commit): they
-- took part in the decision, so they may not decide an appeal against it either.
ALTER TABLE violation ADD COLUMN checked_by VARCHAR(255);
