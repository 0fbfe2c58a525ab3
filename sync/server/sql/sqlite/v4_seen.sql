-- Schema 4: log.seen, the versions a conflict resolution replaced (sync::encodeVersions; NULL:
-- none).
ALTER TABLE log ADD COLUMN seen BLOB;
