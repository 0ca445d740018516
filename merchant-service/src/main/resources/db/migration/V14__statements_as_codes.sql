-- Statements of reasons, reasons and end reasons as codes and parameters, rendered in the reader's language
-- (StatementTexts for English, the portal for English and Chinese). The English columns keep the English rendering
-- for readers of the table. A row without codes (written before, or by a seed) is read as the LEGACY code with its
-- English text (Sanction.clause(), facts(), endReason()): only what can be read back into codes is rewritten here.

ALTER TABLE sanction
    ADD COLUMN clause_code       VARCHAR(32),
    ADD COLUMN clause_params     JSONB,
    ADD COLUMN facts_code        VARCHAR(32),
    ADD COLUMN facts_params      JSONB,
    ADD COLUMN end_reason_code   VARCHAR(32),
    ADD COLUMN end_reason_params JSONB;

ALTER TABLE violation
    -- Why the violation weighs what it does: REVIEWER (chosen by severity_reviewer), POLICY_DEFAULT (the policy's
    -- default for the type, and for reason_code when one is given) or FAST_TRACK (the type's default).
    ADD COLUMN severity_source   VARCHAR(16) NOT NULL DEFAULT 'POLICY_DEFAULT',
    ADD COLUMN severity_reviewer VARCHAR(255),
    ADD COLUMN reason_code       VARCHAR(64),
    ADD COLUMN end_reason_code   VARCHAR(32),
    ADD COLUMN end_reason_params JSONB;

-- Before severities were sent every takedown weighed its type's default, the fast track's on the fast track.
UPDATE violation SET severity_source = 'FAST_TRACK' WHERE channel = 'FAST_TRACK';

-- A removal's clause is all on its violation: type, severity, points and how long they count.
UPDATE sanction s SET clause_code = 'REMOVAL_ON_NOTICE',
       clause_params = jsonb_build_object(
           'infringementType', v.infringement_type,
           'severity', v.severity,
           'points', v.points::text,
           'days', (extract(epoch FROM v.expires_at - v.recorded_at) / 86400)::bigint::text)
  FROM violation v
 WHERE v.id = s.violation_id AND s.measure = 'LISTING_REMOVED' AND s.policy_clause LIKE 'Removal on notice:%';
-- The steps' clauses as PenaltyLedger wrote them.
UPDATE sanction SET clause_code = 'POINTS_THRESHOLD',
       clause_params = jsonb_build_object('policyVersion', m[1], 'threshold', m[2], 'measure', m[3])
  FROM (SELECT id AS sid, regexp_match(policy_clause, '^Policy (.+): ([0-9]+) active points or more give ([A-Z0-9_]+)$') AS m
          FROM sanction WHERE measure <> 'LISTING_REMOVED') parsed
 WHERE sanction.id = parsed.sid AND m IS NOT NULL;
UPDATE sanction SET clause_code = 'REPEAT_INFRINGER',
       clause_params = jsonb_build_object('policyVersion', m[1], 'distinctBrands', m[2], 'windowDays', m[3],
                                          'measure', m[4])
  FROM (SELECT id AS sid, regexp_match(policy_clause, '^Policy (.+), repeat-infringer rule: violations from ([0-9]+) or more distinct brands within ([0-9]+) days give ([A-Z0-9_]+)$') AS m
          FROM sanction WHERE measure <> 'LISTING_REMOVED') parsed
 WHERE sanction.id = parsed.sid AND m IS NOT NULL;
-- The facts named the listing's title as it was then: kept as written.

-- End reasons: 'expired', 'Complaint retracted by the brand: …' (with the review's overturn inside it) and
-- 'Appeal <id> upheld: …'; anything else is kept as written.
UPDATE sanction SET end_reason_code = 'EXPIRED', end_reason_params = '{}'::jsonb WHERE end_reason = 'expired';
UPDATE violation SET end_reason_code = 'EXPIRED', end_reason_params = '{}'::jsonb WHERE end_reason = 'expired';
UPDATE sanction SET end_reason_code = 'OVERTURNED_ON_REVIEW',
       end_reason_params = jsonb_build_object('reason',
           substring(end_reason FROM length('Complaint retracted by the brand: Fast-track takedown overturned on review: ') + 1))
 WHERE end_reason LIKE 'Complaint retracted by the brand: Fast-track takedown overturned on review: %';
UPDATE violation SET end_reason_code = 'OVERTURNED_ON_REVIEW',
       end_reason_params = jsonb_build_object('reason',
           substring(end_reason FROM length('Complaint retracted by the brand: Fast-track takedown overturned on review: ') + 1))
 WHERE end_reason LIKE 'Complaint retracted by the brand: Fast-track takedown overturned on review: %';
UPDATE sanction SET end_reason_code = 'RETRACTED_BY_BRAND',
       end_reason_params = jsonb_build_object('reason', substring(end_reason FROM length('Complaint retracted by the brand: ') + 1))
 WHERE end_reason_code IS NULL AND end_reason LIKE 'Complaint retracted by the brand: %';
UPDATE violation SET end_reason_code = 'RETRACTED_BY_BRAND',
       end_reason_params = jsonb_build_object('reason', substring(end_reason FROM length('Complaint retracted by the brand: ') + 1))
 WHERE end_reason_code IS NULL AND end_reason LIKE 'Complaint retracted by the brand: %';
UPDATE sanction SET end_reason_code = 'APPEAL_UPHELD',
       end_reason_params = jsonb_build_object('appealId', substring(end_reason FROM '^Appeal ([0-9]+) upheld: '),
                                              'reason', regexp_replace(end_reason, '^Appeal [0-9]+ upheld: ', ''))
 WHERE end_reason ~ '^Appeal [0-9]+ upheld: ';
UPDATE violation SET end_reason_code = 'APPEAL_UPHELD',
       end_reason_params = jsonb_build_object('appealId', substring(end_reason FROM '^Appeal ([0-9]+) upheld: '),
                                              'reason', regexp_replace(end_reason, '^Appeal [0-9]+ upheld: ', ''))
 WHERE end_reason ~ '^Appeal [0-9]+ upheld: ';
