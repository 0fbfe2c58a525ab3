-- Schema v14: search finds every kind of record and can be narrowed. Each search_doc row
-- now says what it is (kind), the day it is dated by and who wrote it, so a search filters by
-- kind, period and "only mine" inside the index's own table; and families (by name), children
-- (by first and last name — never the personnummer, which search compares whole, outside the
-- index) and support groups (by name) are indexed next to the notes.
--
-- kind: conversation, case_note, session_note, child_note (a note about one child at a
-- session), note (any other), amendment, family, child, group.

ALTER TABLE search_doc ADD COLUMN kind TEXT;
ALTER TABLE search_doc ADD COLUMN day TEXT;     -- ISO date
ALTER TABLE search_doc ADD COLUMN author TEXT;  -- staff id

-- The v2 insert triggers are replaced by ones that fill the new columns; an update of what
-- the columns come from (fields arrive one delta at a time) keeps them current.
DROP TRIGGER note_search_ai;
CREATE TRIGGER note_search_ai AFTER INSERT ON note
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
    VALUES ('note', NEW.id, NEW.unit_id,
            CASE NEW.kind WHEN 'case' THEN 'case_note' WHEN 'session' THEN 'session_note'
                          WHEN 'member' THEN 'child_note' ELSE 'note' END,
            NEW.event_date, NEW.author);
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), NEW.body WHERE NEW.deleted = 0;
END;
CREATE TRIGGER note_search_meta AFTER UPDATE OF unit_id, kind, event_date, author ON note
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id, day = NEW.event_date, author = NEW.author,
        kind = CASE NEW.kind WHEN 'case' THEN 'case_note' WHEN 'session' THEN 'session_note'
                             WHEN 'member' THEN 'child_note' ELSE 'note' END
    WHERE entity = 'note' AND entity_id = NEW.id;
END;

DROP TRIGGER amendment_search_ai;
CREATE TRIGGER amendment_search_ai AFTER INSERT ON amendment
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
    VALUES ('amendment', NEW.id, NEW.unit_id, 'amendment', substr(NEW.written_at, 1, 10), NEW.author);
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), coalesce(NEW.reason, '') || char(10) || coalesce(NEW.body, '') WHERE NEW.deleted = 0;
END;
CREATE TRIGGER amendment_search_meta AFTER UPDATE OF unit_id, written_at, author ON amendment
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id, day = substr(NEW.written_at, 1, 10), author = NEW.author
    WHERE entity = 'amendment' AND entity_id = NEW.id;
END;

DROP TRIGGER conversation_search_ai;
CREATE TRIGGER conversation_search_ai AFTER INSERT ON conversation
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
    VALUES ('conversation', NEW.id, NEW.unit_id, 'conversation', NEW.date, NEW.staff_id);
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), coalesce(NEW.place, '') || char(10) || coalesce(NEW.wants_to_know, '') || char(10) || coalesce(NEW.information_given, '') || char(10) || coalesce(NEW.child_view, '') || char(10) || coalesce(NEW.advice, '') || char(10) || coalesce(NEW.support_agreed, '') || char(10) || coalesce(NEW.next_step, '') WHERE NEW.deleted = 0;
END;
CREATE TRIGGER conversation_search_meta AFTER UPDATE OF unit_id, date, staff_id ON conversation
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id, day = NEW.date, author = NEW.staff_id
    WHERE entity = 'conversation' AND entity_id = NEW.id;
END;

CREATE TRIGGER family_search_ai AFTER INSERT ON family
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
    VALUES ('family', NEW.id, NEW.unit_id, 'family', NEW.first_contact, NEW.responsible_staff);
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), coalesce(NEW.name, '') WHERE NEW.deleted = 0;
END;
CREATE TRIGGER family_search_au AFTER UPDATE ON family
WHEN OLD.name IS NOT NEW.name OR OLD.deleted IS NOT NEW.deleted OR OLD.unit_id IS NOT NEW.unit_id
  OR OLD.first_contact IS NOT NEW.first_contact OR OLD.responsible_staff IS NOT NEW.responsible_staff
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id, day = NEW.first_contact, author = NEW.responsible_staff
    WHERE entity = 'family' AND entity_id = NEW.id;
    DELETE FROM search_index
    WHERE rowid = (SELECT docid FROM search_doc WHERE entity = 'family' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT docid, coalesce(NEW.name, '') FROM search_doc
    WHERE entity = 'family' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

CREATE TRIGGER child_search_ai AFTER INSERT ON child
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind) VALUES ('child', NEW.id, NEW.unit_id, 'child');
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') WHERE NEW.deleted = 0;
END;
CREATE TRIGGER child_search_au AFTER UPDATE ON child
WHEN OLD.first_name IS NOT NEW.first_name OR OLD.last_name IS NOT NEW.last_name
  OR OLD.deleted IS NOT NEW.deleted OR OLD.unit_id IS NOT NEW.unit_id
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id WHERE entity = 'child' AND entity_id = NEW.id;
    DELETE FROM search_index
    WHERE rowid = (SELECT docid FROM search_doc WHERE entity = 'child' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT docid, coalesce(NEW.first_name, '') || ' ' || coalesce(NEW.last_name, '') FROM search_doc
    WHERE entity = 'child' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

CREATE TRIGGER group_search_ai AFTER INSERT ON support_group
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id, kind, day)
    VALUES ('support_group', NEW.id, NEW.unit_id, 'group', NEW.start_date);
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), coalesce(NEW.name, '') WHERE NEW.deleted = 0;
END;
CREATE TRIGGER group_search_au AFTER UPDATE ON support_group
WHEN OLD.name IS NOT NEW.name OR OLD.deleted IS NOT NEW.deleted OR OLD.unit_id IS NOT NEW.unit_id
  OR OLD.start_date IS NOT NEW.start_date
BEGIN
    UPDATE search_doc SET unit_id = NEW.unit_id, day = NEW.start_date
    WHERE entity = 'support_group' AND entity_id = NEW.id;
    DELETE FROM search_index
    WHERE rowid = (SELECT docid FROM search_doc WHERE entity = 'support_group' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT docid, coalesce(NEW.name, '') FROM search_doc
    WHERE entity = 'support_group' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

CREATE INDEX child_personnummer ON child(personnummer);

-- What is already on the device.
UPDATE search_doc SET
    kind = (SELECT CASE n.kind WHEN 'case' THEN 'case_note' WHEN 'session' THEN 'session_note'
                               WHEN 'member' THEN 'child_note' ELSE 'note' END FROM note n WHERE n.id = entity_id),
    day = (SELECT n.event_date FROM note n WHERE n.id = entity_id),
    author = (SELECT n.author FROM note n WHERE n.id = entity_id)
WHERE entity = 'note';
UPDATE search_doc SET kind = 'amendment',
    day = (SELECT substr(a.written_at, 1, 10) FROM amendment a WHERE a.id = entity_id),
    author = (SELECT a.author FROM amendment a WHERE a.id = entity_id)
WHERE entity = 'amendment';
UPDATE search_doc SET kind = 'conversation',
    day = (SELECT c.date FROM conversation c WHERE c.id = entity_id),
    author = (SELECT c.staff_id FROM conversation c WHERE c.id = entity_id)
WHERE entity = 'conversation';
INSERT INTO search_doc(entity, entity_id, unit_id, kind, day, author)
SELECT 'family', id, unit_id, 'family', first_contact, responsible_staff FROM family;
INSERT INTO search_index(rowid, body)
SELECT d.docid, coalesce(r.name, '')
FROM family r JOIN search_doc d ON d.entity = 'family' AND d.entity_id = r.id WHERE r.deleted = 0;
INSERT INTO search_doc(entity, entity_id, unit_id, kind) SELECT 'child', id, unit_id, 'child' FROM child;
INSERT INTO search_index(rowid, body)
SELECT d.docid, coalesce(r.first_name, '') || ' ' || coalesce(r.last_name, '')
FROM child r JOIN search_doc d ON d.entity = 'child' AND d.entity_id = r.id WHERE r.deleted = 0;
INSERT INTO search_doc(entity, entity_id, unit_id, kind, day)
SELECT 'support_group', id, unit_id, 'group', start_date FROM support_group;
INSERT INTO search_index(rowid, body)
SELECT d.docid, coalesce(r.name, '')
FROM support_group r JOIN search_doc d ON d.entity = 'support_group' AND d.entity_id = r.id WHERE r.deleted = 0;
