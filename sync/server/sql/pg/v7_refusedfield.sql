-- PostgreSQL schema 7: what a refused delta named.
-- The entity, id and field a refused delta named and the `current` delta answered
-- (encodeCurrent; NULL: none): a replay of its id is answered from them, and one that names
-- another record is refused. NULL entity: refused before this was kept.
ALTER TABLE rejection ADD COLUMN entity text, ADD COLUMN entity_id text,
    ADD COLUMN field text, ADD COLUMN current bytea;
