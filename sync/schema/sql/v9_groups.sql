-- Schema v9: what a group leader sets up and keeps when running a support group.
--
-- Where the group meets and whether it is planned, running or finished (NULL on older rows
-- reads as planned). Leaders are the unit's staff ids, one a line, in the existing column.
ALTER TABLE support_group ADD COLUMN place TEXT;
ALTER TABLE support_group ADD COLUMN status TEXT;          -- planned, running, finished
-- A child who leaves a group stays in its history: the member is kept with the day they
-- left, their attendance so far still counts, and later sessions no longer list them.
ALTER TABLE group_member ADD COLUMN left_date TEXT;
