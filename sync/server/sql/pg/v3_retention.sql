-- PostgreSQL schema 3: retention rules per retention type; the audit log's cut-off.
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
