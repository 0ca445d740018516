-- Removes what merchant-service.sql seeded, and whatever the services attached to it since (appeals, evidence).
DELETE FROM evidence WHERE appeal_id IN (SELECT a.id FROM appeal a JOIN sanction s ON s.id = a.sanction_id
                                         WHERE s.puid LIKE 'seed-%');
DELETE FROM appeal WHERE sanction_id IN (SELECT id FROM sanction WHERE puid LIKE 'seed-%');
DELETE FROM sanction WHERE puid LIKE 'seed-%'
    OR violation_id IN (SELECT id FROM violation WHERE submitter_subject = 'markguard-seed');
DELETE FROM violation WHERE submitter_subject = 'markguard-seed';
DELETE FROM listing WHERE url LIKE 'https://shop.markguard.test/seed/%';
DELETE FROM merchant WHERE keycloak_subject LIKE 'seed-merchant-%';
