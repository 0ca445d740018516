-- Who decided the takedown (a reviewer's subject, or fast-track) and the right complained on, from complaint-service's
-- takedown command: the reviewer who decided it may not decide its appeal, and a rights-scoped member of the brand
-- sees the appeals on its rights. Takedowns recorded before this carry neither.
ALTER TABLE violation ADD COLUMN decided_by VARCHAR(255);
ALTER TABLE violation ADD COLUMN right_id BIGINT;

-- The brand's side of an appeal: the brand and right it is answered for, who answered and with which evidence links,
-- and the reason code of the reviewer's decision.
ALTER TABLE appeal ADD COLUMN brand_id VARCHAR(64);
ALTER TABLE appeal ADD COLUMN right_id BIGINT;
ALTER TABLE appeal ADD COLUMN brand_answered_by VARCHAR(64);
ALTER TABLE appeal ADD COLUMN brand_answer_evidence TEXT[];
ALTER TABLE appeal ADD COLUMN decision_reason_code VARCHAR(32);
ALTER TABLE appeal ADD COLUMN decided_by_subject VARCHAR(64);
UPDATE appeal a SET brand_id = v.brand_id
  FROM sanction s JOIN violation v ON v.id = s.violation_id
 WHERE s.id = a.sanction_id;
ALTER TABLE appeal ALTER COLUMN brand_id SET NOT NULL;

-- A brand's appeals awaiting its answer, soonest answer deadline first.
CREATE INDEX appeal_brand_awaiting ON appeal (brand_id, brand_answer_deadline, id)
    WHERE status = 'OPEN' AND brand_answered_at IS NULL;
