-- A verified right is checked against the register again: when next (the index reads only verified rights, in
-- the order they fall due), the owner the register named when it was verified, where the brand can be told, and
-- why it was suspended when the register no longer bears it out.
ALTER TABLE ip_right ADD COLUMN next_check_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now();
ALTER TABLE ip_right ADD COLUMN register_owner VARCHAR(300);
ALTER TABLE ip_right ADD COLUMN verified_contact VARCHAR(320);
ALTER TABLE ip_right ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ip_right ADD COLUMN suspension_reason VARCHAR(32);
ALTER TABLE ip_right ADD COLUMN suspension_detail VARCHAR(300);

CREATE INDEX ip_right_recheck ON ip_right (next_check_at) WHERE status = 'VERIFIED';
-- A right's cases, newest first: the case a suspension is recorded on, and the open cases of a right.
CREATE INDEX verification_case_right ON verification_case (right_id, id);
