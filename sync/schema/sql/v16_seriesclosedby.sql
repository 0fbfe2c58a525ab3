-- Schema v16: who closed a conversation series.
--
-- A closed series' page says its outcome, the day and who closed it; closed_by is that staff
-- member's id (like reopened_by beside it). Series closed before v16 have it empty.
ALTER TABLE conversation_series ADD COLUMN closed_by TEXT;
