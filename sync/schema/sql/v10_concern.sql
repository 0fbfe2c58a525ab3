-- Schema v10: what was done about a concern to report (orosanmälan).
--
-- A concern task is closed only with this record: the report was filed (the day, to which
-- social services, by which staff member, the reference if any) or it was decided not to
-- file one (the day and the reason). Who recorded it and when are kept beside it.
ALTER TABLE task ADD COLUMN outcome TEXT;        -- filed, not_filed
ALTER TABLE task ADD COLUMN action_date TEXT;    -- the day it was filed, or decided not to
ALTER TABLE task ADD COLUMN recipient TEXT;      -- which social services (free text)
ALTER TABLE task ADD COLUMN filed_by TEXT;       -- staff id of who filed it
ALTER TABLE task ADD COLUMN reference TEXT;      -- social services' reference, if any
ALTER TABLE task ADD COLUMN reason LONGTEXT;     -- why no report was filed
ALTER TABLE task ADD COLUMN closed_by TEXT;      -- staff id of who recorded this
ALTER TABLE task ADD COLUMN closed_at TEXT;      -- when it was recorded (ISO 8601 UTC)
