-- Removes what complaint-service.sql and complaint-history.sql seeded (the items first, then their complaints).
DELETE FROM item_message WHERE item_id IN (SELECT i.id FROM complaint_item i JOIN complaint c ON c.id = i.complaint_id
                                           WHERE c.submitter_subject LIKE 'markguard-seed%');
DELETE FROM complaint_item WHERE complaint_id IN (SELECT id FROM complaint WHERE submitter_subject LIKE 'markguard-seed%');
DELETE FROM complaint_evidence WHERE complaint_id IN (SELECT id FROM complaint WHERE submitter_subject LIKE 'markguard-seed%');
DELETE FROM complaint WHERE submitter_subject LIKE 'markguard-seed%';
DELETE FROM brand_record WHERE brand_id BETWEEN ${brand_base} AND ${brand_base} + ${brands} - 1;
