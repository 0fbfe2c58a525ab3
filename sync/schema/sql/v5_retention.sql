-- Schema v5: retention (gallring) reaches the device. The server removes what is due and
-- sends a tombstone (`deleted` = 2) for each record; the device then removes the row and all
-- that is kept about it. Notes, conversations and amendments stay impossible to delete for
-- every local code path: only the remote-apply transaction, marked by the same sync_meta key
-- as for signed records, may.
DROP TRIGGER note_no_delete;
DROP TRIGGER conversation_no_delete;
DROP TRIGGER amendment_no_delete;
CREATE TRIGGER note_no_delete BEFORE DELETE ON note
WHEN NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'applying_remote')
BEGIN SELECT RAISE(ABORT, 'lykta:no-hard-delete'); END;
CREATE TRIGGER conversation_no_delete BEFORE DELETE ON conversation
WHEN NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'applying_remote')
BEGIN SELECT RAISE(ABORT, 'lykta:no-hard-delete'); END;
CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
WHEN NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'applying_remote')
BEGIN SELECT RAISE(ABORT, 'lykta:no-hard-delete'); END;
