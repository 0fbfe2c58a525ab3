-- Schema 3: how long each retention type is kept, where an organisation has set it (types
-- without a row keep retention.cpp's default), and the audit log's retention: its rows stay
-- undeletable except those written before the latest cut-off the retention job recorded.
CREATE TABLE retention_rule (
    type TEXT PRIMARY KEY,
    years INTEGER CHECK (years IS NULL OR years > 0), -- NULL: kept permanently
    set_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_cutoff (
    cutoff_ms INTEGER NOT NULL, -- audit rows with at_ms below this may be deleted
    set_ms INTEGER NOT NULL
);
CREATE TRIGGER audit_cutoff_append_only BEFORE UPDATE ON audit_cutoff
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
CREATE TRIGGER audit_cutoff_no_delete BEFORE DELETE ON audit_cutoff
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
DROP TRIGGER audit_no_delete;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
WHEN OLD.at_ms >= (SELECT coalesce(max(cutoff_ms), 0) FROM audit_cutoff)
BEGIN SELECT RAISE(ABORT, 'lykta:audit-append-only'); END;
