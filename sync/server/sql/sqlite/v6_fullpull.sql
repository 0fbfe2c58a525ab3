-- Schema 6: the full-pull throttle's state per device (SyncService::pull), shared by every
-- server on this database.
CREATE TABLE full_pull (device INTEGER PRIMARY KEY, due_ms INTEGER NOT NULL);
