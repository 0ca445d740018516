-- A bulk row may carry grounds of its own (right, infringement type, explanation, evidence): each distinct grounds
-- of an upload is a notice of its own, which its rows are filed into. The upload's own grounds are one of them.
CREATE SEQUENCE bulk_job_notice_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE bulk_job_notice (
    id              BIGINT PRIMARY KEY,
    job_id          BIGINT   NOT NULL REFERENCES bulk_job (id),
    grounds_key     VARCHAR(64) NOT NULL,
    complaint_id    BIGINT   NOT NULL REFERENCES complaint (id),
    filed_rows      INTEGER  NOT NULL DEFAULT 0,
    duplicate_rows  INTEGER  NOT NULL DEFAULT 0,
    fast_track_rows INTEGER  NOT NULL DEFAULT 0,
    UNIQUE (job_id, grounds_key)
);

-- The notice a row is filed into (null: the job's own, bulk_job.complaint_id, as for every row before this column).
ALTER TABLE bulk_job_row ADD COLUMN complaint_id BIGINT;
