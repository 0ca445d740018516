-- The user who filed the notice that drew a proposed suspension, by Keycloak subject (notify_to is their address):
-- told, beside the brand's members who may file, of the proposal's decision and of the suspension's end.
ALTER TABLE misuse_review ADD COLUMN notify_subject VARCHAR(255);

-- The rows of a bulk job taken down at filing on the fast track: each chunk takes the channel the brand's record
-- gives it then, so the notice's receipt counts its removals rather than deriving them from the first channel.
ALTER TABLE bulk_job ADD COLUMN fast_track_rows INTEGER NOT NULL DEFAULT 0;
