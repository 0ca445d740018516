-- Removes what portal-service.sql seeded.
DELETE FROM brand_member WHERE brand_id IN (SELECT id FROM brand WHERE created_by = 'markguard-seed');
DELETE FROM ip_right WHERE brand_id IN (SELECT id FROM brand WHERE created_by = 'markguard-seed');
DELETE FROM brand WHERE created_by = 'markguard-seed';
