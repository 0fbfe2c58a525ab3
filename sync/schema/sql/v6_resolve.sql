-- Schema v6: resolving a conflict so that it syncs.
--
-- A person's resolution of a conflict copy is an ordinary delta that also names the versions
-- its writer saw and replaced (sync::Delta::seen): the copy, beside the current text its base
-- names. Deltas waiting to be pushed, and pulled ones kept for a later version, keep that
-- list here (sync::encodeVersions; NULL for every ordinary write and every older row).
ALTER TABLE outbox ADD COLUMN seen BLOB;
ALTER TABLE remote_unknown ADD COLUMN seen BLOB;

-- A refused edit a person has dealt with (copied the text elsewhere, or decided it is not
-- needed) is marked, never deleted: the text stays on the device.
ALTER TABLE sync_rejection ADD COLUMN handled_ms INTEGER;
