-- Schema v1: the first schema Lykta shipped. Frozen: never edit a migration that has
-- shipped; add the next one instead.
--
-- Every synced entity table has `id` (a UUID v7), `unit_id` (the scope the server
-- authorizes by), `deleted` (a tombstone, itself a last-writer-wins field) and `_clock`
-- (the hybrid-logical-clock timestamp of each field's current value). Columns are
-- nullable because a record's fields can arrive from the server one delta at a time.
-- Declared type LONGTEXT marks free text whose concurrent edits are kept as conflict copies.

CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;

CREATE TABLE outbox (
    counter INTEGER PRIMARY KEY,          -- the device's delta counter: delta id = (device, counter)
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value,
    hlc INTEGER NOT NULL,                 -- Hlc::packedTime
    device INTEGER NOT NULL,
    author TEXT NOT NULL,
    base_hlc INTEGER NOT NULL,
    base_device INTEGER NOT NULL
);
CREATE INDEX outbox_record ON outbox(entity, entity_id);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    device INTEGER NOT NULL,
    actor TEXT NOT NULL,
    unit_id TEXT,
    action TEXT NOT NULL,                 -- read, create, change, delete, export, print, share
    entity TEXT NOT NULL,
    subject TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;

CREATE TABLE unit (
    id TEXT PRIMARY KEY, unit_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    name TEXT,
    organisation TEXT,
    uses_kva INTEGER
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    name TEXT,
    title TEXT,
    role TEXT                              -- staff, manager, content
);

CREATE TABLE family (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    name TEXT,                             -- how staff refer to the family
    problem_type TEXT,                     -- the parent's situation (addiction, mental_illness, ...)
    first_contact TEXT,                    -- ISO date
    responsible_staff TEXT
);

CREATE TABLE child (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    family_id TEXT REFERENCES family DEFERRABLE INITIALLY DEFERRED,
    first_name TEXT,
    last_name TEXT,
    birth_date TEXT,
    gender TEXT,
    personnummer TEXT,
    personnummer_confirmed_by TEXT,
    personnummer_confirmed_at TEXT
);
CREATE INDEX child_family ON child(family_id);

CREATE TABLE guardian (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    family_id TEXT REFERENCES family DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    relation TEXT,
    phone TEXT,
    personnummer TEXT,
    personnummer_confirmed_by TEXT,
    personnummer_confirmed_at TEXT
);
CREATE INDEX guardian_family ON guardian(family_id);

CREATE TABLE conversation_template (
    id TEXT PRIMARY KEY, unit_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    name TEXT,
    kind TEXT,                             -- bra, fbt, beardslee, or an organisation's own
    min_age INTEGER,
    max_age INTEGER,
    steps TEXT                             -- JSON: [{"name","participants","followUpDays"}]
);

CREATE TABLE conversation_series (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    child_id TEXT REFERENCES child DEFERRABLE INITIALLY DEFERRED,
    family_id TEXT REFERENCES family DEFERRABLE INITIALLY DEFERRED,
    template_id TEXT,
    started TEXT,
    status TEXT,                           -- active, completed, declined
    outcome TEXT,                          -- support_group, other_support, declined, none
    staff_id TEXT
);
CREATE INDEX series_child ON conversation_series(child_id);

CREATE TABLE conversation (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    series_id TEXT REFERENCES conversation_series DEFERRABLE INITIALLY DEFERRED,
    step INTEGER,
    date TEXT,
    duration_min INTEGER,
    place TEXT,
    participants TEXT,
    staff_id TEXT,
    kind TEXT,                             -- parent, parent_and_child, child, network, family (KVÅ mapping)
    kva_code TEXT,
    wants_to_know LONGTEXT,
    information_given LONGTEXT,
    child_view LONGTEXT,
    advice LONGTEXT,
    support_agreed LONGTEXT,
    next_step LONGTEXT,
    child_words_private INTEGER,
    concern_to_report INTEGER,
    status TEXT,                           -- draft, signed
    signed_by TEXT,
    signed_at TEXT
);
CREATE INDEX conversation_series_idx ON conversation(series_id);

CREATE TABLE support_group (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    name TEXT,
    programme TEXT,
    min_age INTEGER,
    max_age INTEGER,
    capacity INTEGER,
    mode TEXT,                             -- anonymous, identified
    leaders TEXT,
    start_date TEXT,
    end_date TEXT
);

CREATE TABLE group_member (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    group_id TEXT REFERENCES support_group DEFERRABLE INITIALLY DEFERRED,
    child_id TEXT,                         -- identified mode only
    alias TEXT,                            -- a code or first name (anonymous mode)
    age INTEGER
);
CREATE INDEX member_group ON group_member(group_id);

CREATE TABLE group_session (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    group_id TEXT REFERENCES support_group DEFERRABLE INITIALLY DEFERRED,
    number INTEGER,
    date TEXT,
    theme TEXT
);
CREATE INDEX session_group ON group_session(group_id);

CREATE TABLE attendance (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    session_id TEXT REFERENCES group_session DEFERRABLE INITIALLY DEFERRED,
    member_id TEXT REFERENCES group_member DEFERRABLE INITIALLY DEFERRED,
    present INTEGER
);
CREATE INDEX attendance_session ON attendance(session_id);

CREATE TABLE mood_check (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    session_id TEXT REFERENCES group_session DEFERRABLE INITIALLY DEFERRED,
    member_id TEXT REFERENCES group_member DEFERRABLE INITIALLY DEFERRED,
    start_mood INTEGER,                    -- 1..5
    end_mood INTEGER
);

CREATE TABLE note (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    subject_entity TEXT,                   -- group_session, group_member, child, family, ...
    subject_id TEXT,
    kind TEXT,                             -- session, member, case
    author TEXT,
    event_date TEXT,
    written_at TEXT,
    body LONGTEXT,
    status TEXT,                           -- draft, signed
    signed_by TEXT,
    signed_at TEXT
);
CREATE INDEX note_subject ON note(subject_entity, subject_id);

CREATE TABLE amendment (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    target_entity TEXT,                    -- note or conversation
    target_id TEXT,
    author TEXT,
    written_at TEXT,
    reason TEXT,
    body LONGTEXT
);
CREATE INDEX amendment_target ON amendment(target_entity, target_id);

CREATE TABLE questionnaire_schedule (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    subject_entity TEXT,
    subject_id TEXT,
    instrument TEXT,                       -- SDQ, Livsstegen, KASAM, ... (contents entered by the customer)
    timepoint TEXT,                        -- before, after, followup_6m
    due_date TEXT
);

CREATE TABLE questionnaire_score (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    schedule_id TEXT REFERENCES questionnaire_schedule DEFERRABLE INITIALLY DEFERRED,
    score REAL,
    taken_date TEXT
);

CREATE TABLE kva_code (
    id TEXT PRIMARY KEY, unit_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    list_version TEXT,
    code TEXT,
    title TEXT,
    conversation_kind TEXT
);

CREATE TABLE task (
    id TEXT PRIMARY KEY, unit_id TEXT REFERENCES unit DEFERRABLE INITIALLY DEFERRED,
    deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    assignee TEXT,
    kind TEXT,                             -- concern_report, follow_up
    subject_entity TEXT,
    subject_id TEXT,
    title TEXT,
    due_date TEXT,
    done INTEGER
);

CREATE TABLE info_card (
    id TEXT PRIMARY KEY, unit_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    title TEXT,
    body LONGTEXT,
    picture TEXT,
    age_band TEXT,                         -- 3-6, 7-12, 13-18
    language TEXT,
    published INTEGER,
    sort_order INTEGER
);

CREATE TABLE helpline (
    id TEXT PRIMARY KEY, unit_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    name TEXT,
    number TEXT,
    hours TEXT,
    audience TEXT,
    last_verified TEXT
);

-- Signed entries never change (Swedish documentation rules): enforced here, beneath every
-- code path, so even a direct UPDATE is refused. A correction is a new amendment row.
CREATE TRIGGER note_signed_immutable BEFORE UPDATE ON note WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'lykta:signed-immutable'); END;
CREATE TRIGGER conversation_signed_immutable BEFORE UPDATE ON conversation
WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'lykta:signed-immutable'); END;
CREATE TRIGGER amendment_immutable BEFORE UPDATE ON amendment
WHEN OLD.body IS NOT NULL AND NEW.body IS NOT OLD.body
BEGIN SELECT RAISE(ABORT, 'lykta:signed-immutable'); END;
CREATE TRIGGER note_no_delete BEFORE DELETE ON note
BEGIN SELECT RAISE(ABORT, 'lykta:no-hard-delete'); END;
CREATE TRIGGER conversation_no_delete BEFORE DELETE ON conversation
BEGIN SELECT RAISE(ABORT, 'lykta:no-hard-delete'); END;
CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
BEGIN SELECT RAISE(ABORT, 'lykta:no-hard-delete'); END;
