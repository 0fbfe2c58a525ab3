-- PostgreSQL schema 4: the versions a conflict resolution replaced.
-- sync::Delta::seen, as sync::encodeVersions; NULL for every other delta.
ALTER TABLE log ADD COLUMN seen bytea;
