-- Schema 7: the entity, id and field a refused delta named and the `current` delta answered
-- (encodeCurrent; NULL: none), so a replay of its id is answered from them and a replay that
-- names another record is refused. NULL entity: refused before this was kept.
ALTER TABLE rejection ADD COLUMN entity TEXT;
ALTER TABLE rejection ADD COLUMN entity_id TEXT;
ALTER TABLE rejection ADD COLUMN field TEXT;
ALTER TABLE rejection ADD COLUMN current BLOB;
