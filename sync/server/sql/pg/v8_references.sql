-- PostgreSQL schema 8: the log's references.
-- The text values of fields named *_id (unit_id aside), indexed so the manager's extract finds
-- the records about a child or family (recordsAbout) without scanning the log. recordsAbout
-- repeats these terms, so the planner can use this partial index.
CREATE INDEX log_reference ON log (value_bytes, unit_id, entity_id)
    WHERE value_kind = 3 AND right(field, 3) = '_id' AND field <> 'unit_id';
