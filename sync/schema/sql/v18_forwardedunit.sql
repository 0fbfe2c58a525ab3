-- Schema v18: an outbox delta may carry another device's timestamp. After the server is
-- restored from a backup, a tablet sends the unit of a record another tablet created under
-- that tablet's clock (src/store/serverrestore.cpp), so the restored copy can place the
-- tablet's own edits before the creator has synced. NULL: the timestamp is this device's
-- (every delta written before, and every other one).
ALTER TABLE outbox ADD COLUMN hlc_device INTEGER;
