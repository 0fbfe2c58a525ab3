-- Schema 8: the log's references (the values of fields named *_id, unit_id aside), indexed so
-- the manager's extract finds the records about a child or family (recordsAbout) without
-- scanning the log. recordsAbout repeats these terms: SQLite uses a partial index only then.
CREATE INDEX log_reference ON log(value, unit_id, entity_id)
    WHERE field GLOB '*_id' AND field <> 'unit_id';
