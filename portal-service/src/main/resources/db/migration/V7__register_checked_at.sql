-- When a right was last compared with the register: at verification and at each scheduled re-check. Shown to
-- reviewers beside what the register says now.
ALTER TABLE ip_right ADD COLUMN register_checked_at TIMESTAMP WITH TIME ZONE;
