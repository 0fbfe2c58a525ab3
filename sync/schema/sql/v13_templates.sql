-- Schema v13: a series keeps the template version it was started from; KVÅ codes retire.
--
-- A template counts its edits (version). A series copies the template's steps (JSON, as in
-- conversation_template.steps) and the version when it starts, so a manager's later edit of
-- the template never changes the steps of a series already running. A series from before
-- this has neither and follows its template as it is. A KVÅ code missing from a newer import
-- of its list is marked retired, never deleted: conversations tagged with it stay counted.
ALTER TABLE conversation_template ADD COLUMN version INTEGER;
ALTER TABLE conversation_series ADD COLUMN template_version INTEGER;
ALTER TABLE conversation_series ADD COLUMN template_steps TEXT;
ALTER TABLE kva_code ADD COLUMN retired INTEGER;
