-- Schema v11: booking a step of a conversation series, and closing and reopening a series
-- with its outcome.
--
-- A booking is one planned meeting for a step of a series: when (local date and time, as
-- the person booked it), where, and who takes part (a JSON list of keys: "child",
-- "guardian:<id>", "guardians", "staff:<id>", "network"). Rebooking changes its fields;
-- cancelling sets status = 'cancelled' and keeps the row, so the case file shows it.
CREATE TABLE booking (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    series_id TEXT REFERENCES conversation_series DEFERRABLE INITIALLY DEFERRED,
    step INTEGER,
    date TEXT,                             -- ISO date
    time TEXT,                             -- HH:mm, local time
    duration_min INTEGER,
    place TEXT,
    participants TEXT,                     -- JSON list of participant keys
    staff_id TEXT,                         -- who booked it
    status TEXT                            -- booked, cancelled
);
CREATE INDEX booking_series ON booking(series_id);

-- How a series ended. status gains 'ended' (moved, or another reason); outcome gains
-- 'moved' and 'other'. declined_step: the step (0-based) at which the child or family
-- declined. referral_group_id: the support group the child was referred to (in an anonymous
-- group the member row itself holds no link to the child). outcome_text: what the other
-- support or the other reason was. closed: the day the series was closed. A reopened
-- series keeps why and by whom in reopen_reason / reopened_by / reopened (the audit log and
-- the synced history hold every earlier value).
ALTER TABLE conversation_series ADD COLUMN declined_step INTEGER;
ALTER TABLE conversation_series ADD COLUMN referral_group_id TEXT;
ALTER TABLE conversation_series ADD COLUMN outcome_text TEXT;
ALTER TABLE conversation_series ADD COLUMN closed TEXT;
ALTER TABLE conversation_series ADD COLUMN reopen_reason TEXT;
ALTER TABLE conversation_series ADD COLUMN reopened_by TEXT;
ALTER TABLE conversation_series ADD COLUMN reopened TEXT;
