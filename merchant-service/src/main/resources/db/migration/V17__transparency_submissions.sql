-- The submission of every statement of reasons to the EU DSA Transparency Database (Art. 24(5)): one row per
-- sanction, written in the sanction's transaction (TransparencySubmissions), sent in batches by
-- TransparencySender. QUEUED waits for its first send; RETRYING waits for next_attempt_at after a transport
-- failure, a 5xx or a refusal of the batch that was not about it; SUBMITTED is in the database (tdb_uuid from its
-- answer, empty when the database already had the puid); REFUSED was refused with errors (the database's, JSON);
-- WITHDRAWN was reversed before it was submitted, so it is never sent as a decision in force.
CREATE TABLE tdb_submission (
    sanction_id     BIGINT PRIMARY KEY REFERENCES sanction (id),
    puid            VARCHAR(500) NOT NULL UNIQUE,
    state           VARCHAR(16)  NOT NULL
        CHECK (state IN ('QUEUED', 'RETRYING', 'SUBMITTED', 'REFUSED', 'WITHDRAWN')),
    -- Sends tried so far (the backoff doubles with them).
    attempts        INTEGER      NOT NULL DEFAULT 0,
    -- A send whose outcome is unknown (the sender stopped, the answer was lost, a 5xx): before the row is sent
    -- again its puid is looked up, so no statement the database took is sent twice.
    in_doubt        BOOLEAN      NOT NULL DEFAULT FALSE,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A sender's claim: until lease_until (next_attempt_at moves there too) no other sender takes the row;
    -- lease_token says whose claim it is, and only that sender writes the outcome.
    lease_until     TIMESTAMP WITH TIME ZONE,
    lease_token     UUID,
    tdb_uuid        VARCHAR(64),
    errors          JSONB,
    last_failure    VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE
);
-- What the sender claims next: due rows waiting to be sent, oldest due first.
CREATE INDEX tdb_submission_due ON tdb_submission (next_attempt_at, sanction_id) WHERE state IN ('QUEUED', 'RETRYING');
-- The operators' list: latest first, all or by state.
CREATE INDEX tdb_submission_by_state ON tdb_submission (state, sanction_id DESC);

-- The number of rows per state, kept with every change (platform CounterRows: a state's count is the sum of its slot
-- rows), so the summary reads a few rows however many statements there are.
CREATE TABLE tdb_submission_count (
    state VARCHAR(16) NOT NULL,
    slot  INTEGER     NOT NULL,
    n     BIGINT      NOT NULL,
    PRIMARY KEY (state, slot)
);

-- Every statement issued before: queued, or withdrawn when its sanction was reversed already.
INSERT INTO tdb_submission (sanction_id, puid, state, next_attempt_at, created_at, updated_at)
SELECT id, puid, CASE WHEN status = 'REVERSED' THEN 'WITHDRAWN' ELSE 'QUEUED' END, now(), now(), now()
FROM sanction;
INSERT INTO tdb_submission_count (state, slot, n)
SELECT state, 0, count(*) FROM tdb_submission GROUP BY state;
