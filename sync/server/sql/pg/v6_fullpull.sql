-- PostgreSQL schema 6: the full-pull throttle.
-- Per device, when its rationed pulls from cursor 0 are next due (SyncService::pull); in the
-- database so that every server on it rations the same allowance.
CREATE TABLE full_pull (
    device bigint PRIMARY KEY,
    due_ms bigint NOT NULL
);
