-- Membership carries its scope: which rights (all, or a set), which actions, until when; a revoked member keeps
-- its row (the trail) and counts for nothing.
ALTER TABLE brand_member ADD COLUMN all_rights  BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE brand_member ADD COLUMN actions     VARCHAR(100) NOT NULL DEFAULT 'FILE,RETRACT,ANSWER_APPEALS,MESSAGE,READ';
ALTER TABLE brand_member ADD COLUMN valid_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE brand_member ADD COLUMN revoked_at  TIMESTAMP WITH TIME ZONE;
ALTER TABLE brand_member ADD COLUMN revoked_by  VARCHAR(64);

CREATE TABLE brand_member_right (
    member_id BIGINT NOT NULL REFERENCES brand_member (id),
    right_id  BIGINT NOT NULL REFERENCES ip_right (id),
    PRIMARY KEY (member_id, right_id)
);

-- Agents so far: the rights their authorisations name, until the latest of them ends.
UPDATE brand_member m SET all_rights = FALSE,
       valid_until = (SELECT max(a.valid_until) FROM agent_authorisation a
                       WHERE a.brand_id = m.brand_id AND a.agent_subject = m.subject)
 WHERE m.role = 'AGENT';
INSERT INTO brand_member_right (member_id, right_id)
SELECT DISTINCT m.id, ar.right_id FROM brand_member m
  JOIN agent_authorisation a ON a.brand_id = m.brand_id AND a.agent_subject = m.subject
  JOIN agent_authorisation_right ar ON ar.authorisation_id = a.id
 WHERE m.role = 'AGENT';

-- One owner per brand: a transfer swaps the roles in one transaction.
CREATE UNIQUE INDEX brand_member_one_owner ON brand_member (brand_id) WHERE role = 'OWNER';

CREATE SEQUENCE brand_invitation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE brand_invitation (
    id          BIGINT PRIMARY KEY,
    brand_id    BIGINT NOT NULL REFERENCES brand (id),
    email       VARCHAR(254) NOT NULL,
    language    VARCHAR(8) NOT NULL,
    role        VARCHAR(16) NOT NULL,
    all_rights  BOOLEAN NOT NULL,
    right_ids   VARCHAR(2000) NOT NULL,
    actions     VARCHAR(100) NOT NULL,
    valid_until TIMESTAMP WITH TIME ZONE,
    status      VARCHAR(16) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMP WITH TIME ZONE,
    mailed_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX brand_invitation_brand ON brand_invitation (brand_id, id);
