-- Schema v8: a group's programme planned in one go, and each member's own questionnaire dates.
--
-- A session has a start time (HH:mm; NULL for sessions planned before v8, and for a session
-- whose time is not set) and may be cancelled: it stays in the list, marked, takes no
-- attendance and counts in no attendance rate (NULL or 0 = planned or held).
ALTER TABLE group_session ADD COLUMN start_time TEXT;
ALTER TABLE group_session ADD COLUMN cancelled INTEGER;

-- The day a child joined the group (NULL for members added before v7: the group's start).
-- A child who joins late gets before/after/follow-up questionnaire dates of their own.
ALTER TABLE group_member ADD COLUMN joined_date TEXT;
