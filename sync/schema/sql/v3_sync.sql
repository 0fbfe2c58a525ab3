-- Schema v3: what a device needs to take in other devices' changes.
--
-- Pulled deltas are merged by the same rule as local writes (sync::merge) and never enter
-- the outbox. This version adds the state that rule and the sync session keep beside the
-- records.

-- The losing text of a concurrent edit of a long-text field: visible beside the record until
-- a person resolves it (an edit based on the copy resolves it, on every device).
CREATE TABLE conflict_copy (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,        -- Hlc::packedTime of the delta that wrote the text
    device INTEGER NOT NULL,
    value,
    base_hlc INTEGER NOT NULL,
    base_device INTEGER NOT NULL,
    author TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field, hlc, device)
) WITHOUT ROWID;

-- The highest delta counter applied from each other device. The server sends each device's
-- deltas in counter order, so anything at or below it is a replay.
CREATE TABLE remote_device (
    device INTEGER PRIMARY KEY,
    counter INTEGER NOT NULL
);

-- Deltas for an entity or field this build does not know (written by a newer Lykta). Kept
-- as they came, so an upgrade can apply them instead of losing them.
CREATE TABLE remote_unknown (
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
    PRIMARY KEY (device, counter)
);

-- Edits of this device that the server refused for good, with the reason: the text a person
-- wrote stays here, readable, after the record is put back to the server's version.
CREATE TABLE sync_rejection (
    counter INTEGER PRIMARY KEY,  -- this device's delta counter
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value,
    hlc INTEGER NOT NULL,
    author TEXT NOT NULL,
    reason INTEGER NOT NULL,      -- sync::RejectReason
    detail TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX sync_rejection_record ON sync_rejection(entity, entity_id);

-- Signed records stay immutable for local writes. The server's order is the order of record,
-- so a pulled change it accepted before the signature must apply here too: the store marks
-- its remote-apply transaction with a sync_meta key that never outlives the transaction.
DROP TRIGGER note_signed_immutable;
DROP TRIGGER conversation_signed_immutable;
DROP TRIGGER amendment_immutable;
CREATE TRIGGER note_signed_immutable BEFORE UPDATE ON note
WHEN OLD.status = 'signed' AND NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'applying_remote')
BEGIN SELECT RAISE(ABORT, 'lykta:signed-immutable'); END;
CREATE TRIGGER conversation_signed_immutable BEFORE UPDATE ON conversation
WHEN OLD.status = 'signed' AND NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'applying_remote')
BEGIN SELECT RAISE(ABORT, 'lykta:signed-immutable'); END;
CREATE TRIGGER amendment_immutable BEFORE UPDATE ON amendment
WHEN OLD.body IS NOT NULL AND NEW.body IS NOT OLD.body
    AND NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'applying_remote')
BEGIN SELECT RAISE(ABORT, 'lykta:signed-immutable'); END;
