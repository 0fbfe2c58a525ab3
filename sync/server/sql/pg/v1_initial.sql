-- PostgreSQL schema 1: the initial schema: units, staff, devices, codes, the log with its head, records, refusals, audit.
CREATE TABLE unit (
    id text PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE staff (
    id text PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE staff_unit (
    staff_id text NOT NULL REFERENCES staff,
    unit_id text NOT NULL REFERENCES unit,
    PRIMARY KEY (staff_id, unit_id)
);
CREATE TABLE enrollment_code (
    id text PRIMARY KEY,
    secret_hash text NOT NULL,                  -- Argon2id; the secret itself is never stored
    kind text NOT NULL CHECK (kind IN ('staff', 'kiosk')),
    staff_id text REFERENCES staff,
    unit_id text REFERENCES unit,
    created_ms bigint NOT NULL,
    expires_ms bigint NOT NULL,
    used_ms bigint,
    failed_attempts integer NOT NULL DEFAULT 0,
    device bigint
);
CREATE TABLE device (
    id bigint PRIMARY KEY,                      -- the tablet store's device id
    token_hash bytea NOT NULL UNIQUE,           -- BLAKE2b-256 of the token; never the token
    kind text NOT NULL CHECK (kind IN ('staff', 'kiosk')),
    staff_id text REFERENCES staff,
    unit_id text REFERENCES unit,
    name bytea NOT NULL DEFAULT '',             -- as the device sent it (not checked as UTF-8)
    enrolled_ms bigint NOT NULL,
    revoked_ms bigint,
    last_counter bigint NOT NULL DEFAULT 0      -- highest delta counter processed
);
-- The highest log position handed out. A push locks this row before anything else and holds
-- it until it commits, so positions become visible in order: see docs/architecture.md,
-- "Pull cursors on PostgreSQL".
CREATE TABLE log_head (
    id integer PRIMARY KEY CHECK (id = 1),
    seq bigint NOT NULL
);
INSERT INTO log_head VALUES (1, 0);
-- Every accepted delta in server order; seq is the pull cursor. hlc's device is `device`.
-- value_kind: 0 null, 1 integer (value_int), 2 real (value_real), 3 text, 4 blob (value_bytes).
CREATE TABLE log (
    seq bigint PRIMARY KEY,
    unit_id text NOT NULL,
    device bigint NOT NULL,
    counter bigint NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    field text NOT NULL,
    value_kind smallint NOT NULL CHECK (value_kind BETWEEN 0 AND 4),
    value_int bigint,
    value_real double precision,
    value_bytes bytea,
    hlc bigint NOT NULL,
    author text NOT NULL,
    base_hlc bigint NOT NULL,
    base_device bigint NOT NULL,
    UNIQUE (device, counter)
);
CREATE INDEX log_scope ON log (unit_id, seq);
-- The merged state of each record, what pushes merge against.
CREATE TABLE record (
    entity text NOT NULL,
    entity_id text NOT NULL,
    unit_id text NOT NULL,
    last_seq bigint NOT NULL,
    state bytea NOT NULL,
    PRIMARY KEY (entity, entity_id)
);
CREATE INDEX record_scope ON record (unit_id, last_seq);
CREATE TABLE rejection (
    device bigint NOT NULL,
    counter bigint NOT NULL,
    reason integer NOT NULL,
    detail text NOT NULL,
    PRIMARY KEY (device, counter)
);
CREATE TABLE audit (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_ms bigint NOT NULL,
    request_id text NOT NULL,
    device bigint NOT NULL,
    staff_id text,
    unit_id text,
    action text NOT NULL,
    entity text NOT NULL,
    subject text NOT NULL
);
CREATE INDEX audit_subject ON audit (subject);
CREATE FUNCTION lykta_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'lykta:%-append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION lykta_append_only();
CREATE TRIGGER log_append_only BEFORE UPDATE ON log
    FOR EACH ROW EXECUTE FUNCTION lykta_append_only();
