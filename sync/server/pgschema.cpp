#include "pgschema.h"

#include "pg.h"

#include <array>
#include <string_view>

namespace lykta::server::pg {

namespace {

// Migration N (1-based) takes the schema from version N-1 to N. Append; never edit a
// migration that has shipped.
constexpr std::array<std::string_view, 8> kMigrations = {
    R"sql(
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
)sql",
    // 2: a staff member's role
    R"sql(
ALTER TABLE staff ADD COLUMN role text NOT NULL DEFAULT 'staff'
    CHECK (role IN ('staff', 'manager', 'content'));
)sql",
    // 3: retention, audit cut-off
    R"sql(
CREATE TABLE retention_rule (
    type text PRIMARY KEY,
    years integer CHECK (years IS NULL OR years > 0), -- NULL: kept permanently
    set_ms bigint NOT NULL
);
-- The audit log's retention: rows stay undeletable except those written before the latest
-- cut-off the retention job recorded.
CREATE TABLE audit_cutoff (
    cutoff_ms bigint NOT NULL,
    set_ms bigint NOT NULL
);
CREATE TRIGGER audit_cutoff_append_only BEFORE UPDATE OR DELETE ON audit_cutoff
    FOR EACH ROW EXECUTE FUNCTION lykta_append_only();
CREATE FUNCTION lykta_audit_retention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.at_ms >= (SELECT coalesce(max(cutoff_ms), 0) FROM audit_cutoff) THEN
        RAISE EXCEPTION 'lykta:audit-append-only';
    END IF;
    RETURN OLD;
END
$$;
DROP TRIGGER audit_append_only ON audit;
CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit
    FOR EACH ROW EXECUTE FUNCTION lykta_append_only();
CREATE TRIGGER audit_delete_after_cutoff BEFORE DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION lykta_audit_retention();
)sql",
    // 4: the versions a conflict resolution replaced
    R"sql(
-- sync::Delta::seen, as sync::encodeVersions; NULL for every other delta.
ALTER TABLE log ADD COLUMN seen bytea;
)sql",
    // 5: compact pull rows, tablets' entries
    R"sql(
-- A pull writes one audit row naming every record it handed out (records, PulledRecords)
-- instead of a row per record; an entry a tablet uploaded keeps its time on the device and its
-- sequence number there, unique per device, so an upload repeated after a lost answer adds
-- nothing. The append-only triggers and retention's cut-off cover these rows too.
ALTER TABLE audit ADD COLUMN records bytea;
ALTER TABLE audit ADD COLUMN device_ms bigint;
ALTER TABLE audit ADD COLUMN device_seq bigint;
CREATE UNIQUE INDEX audit_device_entry ON audit (device, device_seq) WHERE device_seq IS NOT NULL;
)sql",
    // 6: the full-pull throttle
    R"sql(
-- Per device, when its rationed pulls from cursor 0 are next due (SyncService::pull); in the
-- database so that every server on it rations the same allowance.
CREATE TABLE full_pull (
    device bigint PRIMARY KEY,
    due_ms bigint NOT NULL
);
)sql",
    // 7: what a refused delta named
    R"sql(
-- The entity, id and field a refused delta named and the `current` delta answered
-- (encodeCurrent; NULL: none): a replay of its id is answered from them, and one that names
-- another record is refused. NULL entity: refused before this was kept.
ALTER TABLE rejection ADD COLUMN entity text, ADD COLUMN entity_id text,
    ADD COLUMN field text, ADD COLUMN current bytea;
)sql",
    // 8: the log's references
    R"sql(
-- The text values of fields named *_id (unit_id aside), indexed so the manager's extract finds
-- the records about a child or family (recordsAbout) without scanning the log. recordsAbout
-- repeats these terms, so the planner can use this partial index.
CREATE INDEX log_reference ON log (value_bytes, unit_id, entity_id)
    WHERE value_kind = 3 AND right(field, 3) = '_id' AND field <> 'unit_id';
)sql"};

static_assert(kMigrations.size() == static_cast<std::size_t>(SchemaVersion::Current));

} // namespace

void migrate(Conn &conn)
{
    conn.exec("SET client_min_messages = warning");
    Transaction tx(conn);
    // One migrator at a time across every server process on this database.
    conn.exec("SELECT pg_advisory_xact_lock(7361827)");
    conn.exec("CREATE TABLE IF NOT EXISTS lykta_schema (version integer NOT NULL)");
    auto rows = conn.query("SELECT max(version) FROM lykta_schema");
    const int version = rows.isNull(0, 0) ? 0 : static_cast<int>(rows.integer(0, 0));
    constexpr int current = static_cast<int>(SchemaVersion::Current);
    if (version > current)
        throw Error("LYKTA", "the database was written by a newer lykta-server (schema " +
                                 std::to_string(version) + ")");
    for (int v = version; v < current; ++v)
        conn.exec(kMigrations[static_cast<std::size_t>(v)]);
    if (version < current) {
        conn.exec("DELETE FROM lykta_schema");
        conn.query("INSERT INTO lykta_schema(version) VALUES ($1)", Params().add(current));
    }
    tx.commit();
}

} // namespace lykta::server::pg
