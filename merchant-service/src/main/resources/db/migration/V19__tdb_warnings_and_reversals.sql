-- A warning restricts nothing, so it is no decision the EU Transparency Database takes (DSA Art. 17 and 24(5) are
-- about restrictions): warnings not yet in the database are no longer sent. One the database took stays submitted.
DELETE FROM tdb_submission t
USING sanction s
WHERE s.id = t.sanction_id AND s.measure = 'WARNING' AND t.state <> 'SUBMITTED';

-- The database keeps a statement as it was submitted (its API changes or withdraws none), so a decision reversed
-- after its submission is recorded here, when it was reversed, and shown with the submission.
ALTER TABLE tdb_submission ADD COLUMN reversed_at TIMESTAMP WITH TIME ZONE;
UPDATE tdb_submission t SET reversed_at = s.ended_at
FROM sanction s
WHERE s.id = t.sanction_id AND t.state = 'SUBMITTED' AND s.status = 'REVERSED';

-- The counts per state, once more from the rows (this migration's deletions move them).
DELETE FROM tdb_submission_count;
INSERT INTO tdb_submission_count (state, slot, n)
SELECT state, 0, count(*) FROM tdb_submission GROUP BY state;
