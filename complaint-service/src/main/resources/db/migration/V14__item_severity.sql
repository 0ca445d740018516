-- The severity an accepted item's takedown weighs, and who set it: the reviewer (REVIEWER), the penalty policy's
-- default for the type and reason code (POLICY_DEFAULT) or the fast track's default for the type (FAST_TRACK).
-- A default is filled in from merchant-service's answer once the takedown is applied: the policy is merchant-service's.
-- Items decided before stay empty (merchant-service's violations say what they weighed); no rows are rewritten.
ALTER TABLE complaint_item
    ADD COLUMN severity        VARCHAR(8),
    ADD COLUMN severity_source VARCHAR(16);
