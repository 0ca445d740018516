-- Every list of the portal is read a page at a time in the order of one of these indexes (keyset: after the
-- last row's key), so a page costs the same however long the list grows.

-- The brands of a member, by brand id.
DROP INDEX brand_member_subject;
CREATE INDEX brand_member_subject ON brand_member (subject, brand_id);
-- A brand's members, by id.
CREATE INDEX brand_member_brand ON brand_member (brand_id, id);
-- A brand's rights, by id.
CREATE INDEX ip_right_brand ON ip_right (brand_id, id);
-- A brand's authorisations (all of them for the owner, an agent's own for the agent), by id.
DROP INDEX agent_authorisation_lookup;
CREATE INDEX agent_authorisation_lookup ON agent_authorisation (brand_id, agent_subject, id);
CREATE INDEX agent_authorisation_brand ON agent_authorisation (brand_id, id);
-- A brand's verification cases, newest first.
DROP INDEX verification_case_brand;
CREATE INDEX verification_case_brand ON verification_case (brand_id, id);
-- The reviewers' queue: cases in review by deadline, then id.
DROP INDEX verification_case_queue;
CREATE INDEX verification_case_queue ON verification_case (status, deadline, id);
