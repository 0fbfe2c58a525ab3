-- Schema 1: units, staff, devices, enrollment codes, the log, the records, refusals and the audit
-- log (the server's own schema, not the client's).
CREATE TABLE unit (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE staff_unit (
    staff_id TEXT NOT NULL REFERENCES staff,
    unit_id TEXT NOT NULL REFERENCES unit,
    PRIMARY KEY (staff_id, unit_id)
) WITHOUT ROWID;
CREATE TABLE enrollment_code (
    id TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL,                 -- Argon2id; the secret itself is never stored
    kind TEXT NOT NULL CHECK (kind IN ('staff', 'kiosk')),
    staff_id TEXT REFERENCES staff,
    unit_id TEXT REFERENCES unit,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    used_ms INTEGER,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    device INTEGER
);
CREATE TABLE device (
    id INTEGER PRIMARY KEY,                    -- the tablet store's device id
    token_hash BLOB NOT NULL UNIQUE,           -- BLAKE2b-256 of the token; never the token
    kind TEXT NOT NULL CHECK (kind IN ('staff', 'kiosk')),
    staff_id TEXT REFERENCES staff,
    unit_id TEXT REFERENCES unit,
    name TEXT NOT NULL DEFAULT '',
    enrolled_ms INTEGER NOT NULL,
    revoked_ms INTEGER,
    last_counter INTEGER NOT NULL DEFAULT 0    -- highest delta counter processed
);
-- Every accepted delta in server order; seq is the pull cursor. hlc's device is `device`.
CREATE TABLE log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id TEXT NOT NULL,
    device INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value,
    hlc INTEGER NOT NULL,
    author TEXT NOT NULL,
    base_hlc INTEGER NOT NULL,
    base_device INTEGER NOT NULL,
    UNIQUE (device, counter)
);
CREATE INDEX log_scope ON log(unit_id, seq);
-- The merged state of each record, what pushes merge against.
CREATE TABLE record (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    state BLOB NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
CREATE INDEX record_scope ON record(unit_id, last_seq);
CREATE TABLE rejection (
    device INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    reason INTEGER NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (device, counter)
) WITHOUT ROWID;
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    request_id TEXT NOT NULL,
    device INTEGER NOT NULL,
    staff_id TEXT,
    unit_id TEXT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    subject TEXT NOT NULL
);
CREATE INDEX audit_subject ON audit(subject);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
CREATE TRIGGER log_no_update BEFORE UPDATE ON log
BEGIN SELECT RAISE(ABORT, 'lykta:log-append-only'); END;
