-- Takes a brand's history back to nothing: its items (seeded, or filed by an earlier run) and their complaints.
DELETE FROM item_message WHERE item_id IN (SELECT id FROM complaint_item WHERE brand_id = ${brand});
DELETE FROM complaint_item WHERE brand_id = ${brand};
DELETE FROM complaint_evidence WHERE complaint_id IN (SELECT id FROM complaint WHERE brand_id = ${brand});
UPDATE bulk_job SET complaint_id = NULL WHERE brand_id = ${brand};
DELETE FROM complaint WHERE brand_id = ${brand};
