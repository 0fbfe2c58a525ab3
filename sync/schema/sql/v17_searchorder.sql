-- Schema v17: search lists what a person names first (families, children, groups), then what
-- was written, newest first, read straight from the index in its own order. A search stops
-- at the hits it shows instead of ranking every record a common word is in, which took
-- 100-150 ms for a word in most of 50,000 notes (tests/bench/bench_app).
--
-- The full-text row id is search_doc.ftsid instead of search_doc.docid:
--   bits 32-52: the band, 2^20 for the named kinds, else the record's day as days since
--               1970 (0 when it has none or it is not a date);
--   bits 0-31:  the docid, so a hit finds its search_doc row by (rowid & 0xFFFFFFFF).
-- Reading the index by descending row id is the order a person sees. When a record's day or
-- kind changes, search_doc_move moves its index row to the new id.

ALTER TABLE search_doc ADD COLUMN ftsid INTEGER GENERATED ALWAYS AS (
    ((CASE WHEN kind IN ('family', 'child', 'group') THEN 1048576
           ELSE max(0, min(1048575, coalesce(unixepoch(day) / 86400, 0))) END) << 32) | docid
) VIRTUAL;

CREATE TRIGGER search_doc_move AFTER UPDATE OF kind, day ON search_doc
WHEN OLD.ftsid IS NOT NEW.ftsid
BEGIN
    INSERT INTO search_index(rowid, body)
    SELECT NEW.ftsid, body FROM search_index WHERE rowid = OLD.ftsid;
    DELETE FROM search_index WHERE rowid = OLD.ftsid;
END;

-- Every trigger that writes the index, now by ftsid. The *_meta triggers only update
-- search_doc, and search_doc_move follows them.
DROP TRIGGER note_search_ai;
CREATE TRIGGER note_search_ai AFTER INSERT ON note
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
    VALUES ('note', NEW.id, NEW.unit_id,
            CASE NEW.kind WHEN 'case' THEN 'case_note' WHEN 'session' THEN 'session_note'
                          WHEN 'member' THEN 'child_note' ELSE 'note' END,
            NEW.event_date, NEW.author);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, NEW.body FROM search_doc
    WHERE entity = 'note' AND entity_id = NEW.id AND NEW.deleted = 0;
END;
DROP TRIGGER note_search_au;
CREATE TRIGGER note_search_au AFTER UPDATE ON note
WHEN OLD.body IS NOT NEW.body OR OLD.deleted IS NOT NEW.deleted
BEGIN
    DELETE FROM search_index
    WHERE rowid = (SELECT ftsid FROM search_doc WHERE entity = 'note' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, NEW.body FROM search_doc
    WHERE entity = 'note' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

DROP TRIGGER amendment_search_ai;
CREATE TRIGGER amendment_search_ai AFTER INSERT ON amendment
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
    VALUES ('amendment', NEW.id, NEW.unit_id, 'amendment', substr(NEW.written_at, 1, 10), NEW.author);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.reason, '') || char(10) || coalesce(NEW.body, '') FROM search_doc
    WHERE entity = 'amendment' AND entity_id = NEW.id AND NEW.deleted = 0;
END;
DROP TRIGGER amendment_search_au;
CREATE TRIGGER amendment_search_au AFTER UPDATE ON amendment
WHEN OLD.reason IS NOT NEW.reason OR OLD.body IS NOT NEW.body OR OLD.deleted IS NOT NEW.deleted
BEGIN
    DELETE FROM search_index
    WHERE rowid = (SELECT ftsid FROM search_doc WHERE entity = 'amendment' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.reason, '') || char(10) || coalesce(NEW.body, '') FROM search_doc
    WHERE entity = 'amendment' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

DROP TRIGGER conversation_search_ai;
CREATE TRIGGER conversation_search_ai AFTER INSERT ON conversation
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
    VALUES ('conversation', NEW.id, NEW.unit_id, 'conversation', NEW.date, NEW.staff_id);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.place, '') || char(10) || coalesce(NEW.wants_to_know, '') || char(10) || coalesce(NEW.information_given, '') || char(10) || coalesce(NEW.child_view, '') || char(10) || coalesce(NEW.advice, '') || char(10) || coalesce(NEW.support_agreed, '') || char(10) || coalesce(NEW.next_step, '') FROM search_doc
    WHERE entity = 'conversation' AND entity_id = NEW.id AND NEW.deleted = 0;
END;
DROP TRIGGER conversation_search_au;
CREATE TRIGGER conversation_search_au AFTER UPDATE ON conversation
WHEN OLD.place IS NOT NEW.place OR OLD.wants_to_know IS NOT NEW.wants_to_know OR OLD.information_given IS NOT NEW.information_given OR OLD.child_view IS NOT NEW.child_view OR OLD.advice IS NOT NEW.advice OR OLD.support_agreed IS NOT NEW.support_agreed OR OLD.next_step IS NOT NEW.next_step OR OLD.deleted IS NOT NEW.deleted
BEGIN
    DELETE FROM search_index
    WHERE rowid = (SELECT ftsid FROM search_doc WHERE entity = 'conversation' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.place, '') || char(10) || coalesce(NEW.wants_to_know, '') || char(10) || coalesce(NEW.information_given, '') || char(10) || coalesce(NEW.child_view, '') || char(10) || coalesce(NEW.advice, '') || char(10) || coalesce(NEW.support_agreed, '') || char(10) || coalesce(NEW.next_step, '') FROM search_doc
    WHERE entity = 'conversation' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

DROP TRIGGER family_search_ai;
CREATE TRIGGER family_search_ai AFTER INSERT ON family
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
    VALUES ('family', NEW.id, NEW.unit_id, 'family', NEW.first_contact, NEW.responsible_staff);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.name, '') FROM search_doc
    WHERE entity = 'family' AND entity_id = NEW.id AND NEW.deleted = 0;
END;
DROP TRIGGER family_search_au;
CREATE TRIGGER family_search_au AFTER UPDATE ON family
WHEN OLD.name IS NOT NEW.name OR OLD.deleted IS NOT NEW.deleted OR OLD.unit_id IS NOT NEW.unit_id
  OR OLD.first_contact IS NOT NEW.first_contact OR OLD.responsible_staff IS NOT NEW.responsible_staff
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id, day = NEW.first_contact, author = NEW.responsible_staff
    WHERE entity = 'family' AND entity_id = NEW.id;
    DELETE FROM search_index
    WHERE rowid = (SELECT ftsid FROM search_doc WHERE entity = 'family' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.name, '') FROM search_doc
    WHERE entity = 'family' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

DROP TRIGGER child_search_ai;
CREATE TRIGGER child_search_ai AFTER INSERT ON child
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind) VALUES ('child', NEW.id, NEW.unit_id, 'child');
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') FROM search_doc
    WHERE entity = 'child' AND entity_id = NEW.id AND NEW.deleted = 0;
END;
DROP TRIGGER child_search_au;
CREATE TRIGGER child_search_au AFTER UPDATE ON child
WHEN OLD.first_name IS NOT NEW.first_name OR OLD.last_name IS NOT NEW.last_name
  OR OLD.deleted IS NOT NEW.deleted OR OLD.unit_id IS NOT NEW.unit_id
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id WHERE entity = 'child' AND entity_id = NEW.id;
    DELETE FROM search_index
    WHERE rowid = (SELECT ftsid FROM search_doc WHERE entity = 'child' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') FROM search_doc
    WHERE entity = 'child' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

DROP TRIGGER group_search_ai;
CREATE TRIGGER group_search_ai AFTER INSERT ON support_group
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day)
    VALUES ('support_group', NEW.id, NEW.unit_id, 'group', NEW.start_date);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.name, '') FROM search_doc
    WHERE entity = 'support_group' AND entity_id = NEW.id AND NEW.deleted = 0;
END;
DROP TRIGGER group_search_au;
CREATE TRIGGER group_search_au AFTER UPDATE ON support_group
WHEN OLD.name IS NOT NEW.name OR OLD.deleted IS NOT NEW.deleted OR OLD.unit_id IS NOT NEW.unit_id
  OR OLD.start_date IS NOT NEW.start_date
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id, day = NEW.start_date
    WHERE entity = 'support_group' AND entity_id = NEW.id;
    DELETE FROM search_index
    WHERE rowid = (SELECT ftsid FROM search_doc WHERE entity = 'support_group' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT ftsid, coalesce(NEW.name, '') FROM search_doc
    WHERE entity = 'support_group' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

-- What is already on the device moves to its new ids. Temporary tables live in memory in
-- the encrypted store (sync/crypto/encryptedvfs.cpp), so no text reaches a file in clear.
CREATE TEMP TABLE search_body AS SELECT rowid AS docid, body FROM search_index;
DELETE FROM search_index;
INSERT INTO search_index(rowid, body)
SELECT d.ftsid, b.body FROM temp.search_body b JOIN search_doc d ON d.docid = b.docid;
DROP TABLE temp.search_body;
