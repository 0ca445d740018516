-- Applied twice this would fail on the primary key: exactly one replica may run it.
INSERT INTO replica_marker (id, created_by) VALUES (1, current_setting('application_name'));
