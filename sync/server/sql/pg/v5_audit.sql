-- PostgreSQL schema 5: compact pull rows, tablets' uploaded entries.
-- A pull writes one audit row naming every record it handed out (records, PulledRecords)
-- instead of a row per record; an entry a tablet uploaded keeps its time on the device and its
-- sequence number there, unique per device, so an upload repeated after a lost answer adds
-- nothing. The append-only triggers and retention's cut-off cover these rows too.
ALTER TABLE audit ADD COLUMN records bytea;
ALTER TABLE audit ADD COLUMN device_ms bigint;
ALTER TABLE audit ADD COLUMN device_seq bigint;
CREATE UNIQUE INDEX audit_device_entry ON audit (device, device_seq) WHERE device_seq IS NOT NULL;
