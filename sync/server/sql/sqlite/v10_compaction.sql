-- Schema 10: log compaction (lykta-server compact). A delta that a later version of the same
-- field has superseded is removed from the log at or below the horizon; a pull from a cursor
-- below it is answered 410 compacted, and the tablet starts again from the server's state.
CREATE TABLE compaction (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    horizon INTEGER NOT NULL, -- log position: superseded rows at or below it may be gone
    run_ms INTEGER NOT NULL,  -- when the last run set it
    removed INTEGER NOT NULL  -- rows every run removed, together
);
INSERT INTO compaction(id, horizon, run_ms, removed) VALUES (1, 0, 0, 0);
-- Each device's highest counter at or below the horizon when it was set: a replay of a delta
-- accepted then and removed since is still answered as accepted.
CREATE TABLE compacted_counter (
    device INTEGER PRIMARY KEY,
    counter INTEGER NOT NULL
);
-- The last log position a staff device pulled from (written with its last contact): the
-- horizon stays below that of every device seen within the days compaction keeps.
ALTER TABLE device ADD COLUMN pull_cursor INTEGER NOT NULL DEFAULT 0;
