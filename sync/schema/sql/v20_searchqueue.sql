-- Schema v20: the search index is written from a queue, so a large first sync can fill it
-- afterwards in slices instead of row by row inside the sync's transactions (issue 20).
--
-- Until v19 the insert and update triggers of the six searched tables wrote search_doc and
-- the full-text index themselves. Now they only queue the record in search_pending; what a
-- record's index entry holds is said once, in its table's search_source_<entity> view, and the
-- store writes the queued records' entries (src/store/searchqueue.cpp):
--   * a local write, and a small pulled page, index their own records before they commit, so
--     what a person writes or a short sync brings is found at once, as before;
--   * a large pulled page (a first sync of a unit with years of notes) leaves its records
--     queued; the sync thread indexes them in short slices after the sync, and the search page
--     says how many records are still waiting.
-- A queued record is indexed with what its row holds when its turn comes, so queueing it again
-- (INSERT OR REPLACE: it moves to the end, with a new seq) loses nothing.

CREATE TABLE search_pending (
    seq INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    UNIQUE (entity, entity_id)
);

-- One view per searched table (a UNION ALL of them would be materialised whole by a join):
-- the record's search_doc columns and the text its index entry holds.
CREATE VIEW search_source_note AS
SELECT id AS entity_id, unit_id,
       CASE kind WHEN 'case' THEN 'case_note' WHEN 'session' THEN 'session_note'
                 WHEN 'member' THEN 'child_note' ELSE 'note' END AS kind,
       event_date AS day, author, body, deleted
FROM note;

CREATE VIEW search_source_amendment AS
SELECT id AS entity_id, unit_id, 'amendment' AS kind, substr(written_at, 1, 10) AS day, author,
       coalesce(reason, '') || char(10) || coalesce(body, '') AS body, deleted
FROM amendment;

CREATE VIEW search_source_conversation AS
SELECT id AS entity_id, unit_id, 'conversation' AS kind, date AS day, staff_id AS author,
       coalesce(place, '') || char(10) || coalesce(wants_to_know, '') || char(10) ||
       coalesce(information_given, '') || char(10) || coalesce(child_view, '') || char(10) ||
       coalesce(advice, '') || char(10) || coalesce(support_agreed, '') || char(10) ||
       coalesce(next_step, '') AS body, deleted
FROM conversation;

CREATE VIEW search_source_family AS
SELECT id AS entity_id, unit_id, 'family' AS kind, first_contact AS day,
       responsible_staff AS author, coalesce(name, '') AS body, deleted
FROM family;

-- Never the personnummer: search compares it whole, outside the index (v14).
CREATE VIEW search_source_child AS
SELECT id AS entity_id, unit_id, 'child' AS kind, NULL AS day, NULL AS author,
       coalesce(first_name, '') || ' ' || coalesce(last_name, '') AS body, deleted
FROM child;

CREATE VIEW search_source_support_group AS
SELECT id AS entity_id, unit_id, 'group' AS kind, start_date AS day, NULL AS author,
       coalesce(name, '') AS body, deleted
FROM support_group;

-- The triggers queue a record when it is inserted and when anything its view reads changes.
DROP TRIGGER note_search_ai;
DROP TRIGGER note_search_au;
DROP TRIGGER note_search_meta;
CREATE TRIGGER note_search_ai AFTER INSERT ON note
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('note', NEW.id);
END;
CREATE TRIGGER note_search_au AFTER UPDATE OF unit_id, kind, event_date, author, body, deleted ON note
WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.kind IS NOT NEW.kind
  OR OLD.event_date IS NOT NEW.event_date OR OLD.author IS NOT NEW.author
  OR OLD.body IS NOT NEW.body OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('note', NEW.id);
END;

DROP TRIGGER amendment_search_ai;
DROP TRIGGER amendment_search_au;
DROP TRIGGER amendment_search_meta;
CREATE TRIGGER amendment_search_ai AFTER INSERT ON amendment
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('amendment', NEW.id);
END;
CREATE TRIGGER amendment_search_au AFTER UPDATE OF unit_id, written_at, author, reason, body, deleted ON amendment
WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.written_at IS NOT NEW.written_at
  OR OLD.author IS NOT NEW.author OR OLD.reason IS NOT NEW.reason OR OLD.body IS NOT NEW.body
  OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('amendment', NEW.id);
END;

DROP TRIGGER conversation_search_ai;
DROP TRIGGER conversation_search_au;
DROP TRIGGER conversation_search_meta;
CREATE TRIGGER conversation_search_ai AFTER INSERT ON conversation
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('conversation', NEW.id);
END;
CREATE TRIGGER conversation_search_au AFTER UPDATE OF unit_id, date, staff_id, place, wants_to_know, information_given, child_view, advice, support_agreed, next_step, deleted ON conversation
WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.date IS NOT NEW.date
  OR OLD.staff_id IS NOT NEW.staff_id OR OLD.place IS NOT NEW.place
  OR OLD.wants_to_know IS NOT NEW.wants_to_know
  OR OLD.information_given IS NOT NEW.information_given
  OR OLD.child_view IS NOT NEW.child_view OR OLD.advice IS NOT NEW.advice
  OR OLD.support_agreed IS NOT NEW.support_agreed OR OLD.next_step IS NOT NEW.next_step
  OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('conversation', NEW.id);
END;

DROP TRIGGER family_search_ai;
DROP TRIGGER family_search_au;
CREATE TRIGGER family_search_ai AFTER INSERT ON family
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('family', NEW.id);
END;
CREATE TRIGGER family_search_au AFTER UPDATE OF unit_id, first_contact, responsible_staff, name, deleted ON family
WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.first_contact IS NOT NEW.first_contact
  OR OLD.responsible_staff IS NOT NEW.responsible_staff OR OLD.name IS NOT NEW.name
  OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('family', NEW.id);
END;

DROP TRIGGER child_search_ai;
DROP TRIGGER child_search_au;
CREATE TRIGGER child_search_ai AFTER INSERT ON child
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('child', NEW.id);
END;
CREATE TRIGGER child_search_au AFTER UPDATE OF unit_id, first_name, last_name, deleted ON child
WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.first_name IS NOT NEW.first_name
  OR OLD.last_name IS NOT NEW.last_name OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('child', NEW.id);
END;

DROP TRIGGER group_search_ai;
DROP TRIGGER group_search_au;
CREATE TRIGGER group_search_ai AFTER INSERT ON support_group
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('support_group', NEW.id);
END;
CREATE TRIGGER group_search_au AFTER UPDATE OF unit_id, start_date, name, deleted ON support_group
WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.start_date IS NOT NEW.start_date
  OR OLD.name IS NOT NEW.name OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT OR REPLACE INTO search_pending(entity, entity_id) VALUES ('support_group', NEW.id);
END;

-- The store deletes a record's old entry before it writes search_doc's new day or kind, so
-- nothing is left to move.
DROP TRIGGER search_doc_move;
