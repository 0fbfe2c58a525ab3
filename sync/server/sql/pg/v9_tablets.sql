-- PostgreSQL schema 9: a leaver's deactivation, and what a manager sees of each device.
-- A deactivated staff member gets no code and no enrollment; their devices are revoked.
ALTER TABLE staff ADD COLUMN deactivated_ms bigint;
-- The device's last push or pull, and the app's release it reported then (its User-Agent).
ALTER TABLE device ADD COLUMN last_seen_ms bigint;
ALTER TABLE device ADD COLUMN app_version TEXT NOT NULL DEFAULT '';
-- Revoked as lost or stolen: the device is told to erase itself on its next contact
-- (erase_ordered_ms), and says when it has (erased_ms).
ALTER TABLE device ADD COLUMN erase_ordered_ms bigint;
ALTER TABLE device ADD COLUMN erased_ms bigint;
-- Which copy of the database this is: random, and new for every restore from a backup
-- (scripts/pg-restore). Answers carry it, so a tablet notices that the server it syncs with
-- was restored and may have lost what it accepted after the backup.
CREATE TABLE server_epoch (epoch text NOT NULL);
INSERT INTO server_epoch(epoch) VALUES (md5(random()::text || clock_timestamp()::text));
