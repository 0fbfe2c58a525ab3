-- Schema v2: full-text search over everything staff write (notes, amendments and the
-- structured sections of conversations), built from the rows already on the device.
--
-- unicode61 with remove_diacritics 0: å, ä and ö are letters of their own in Swedish and
-- must not match a and o; case folding (Å = å) still applies. Prefix indexes make "famil*"
-- type-ahead cheap. search_doc gives every indexed record a stable integer docid, the FTS
-- rowid, so a trigger finds a record's entry by key instead of scanning the index.

CREATE TABLE search_doc (
    docid INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    unit_id TEXT,
    UNIQUE (entity, entity_id)
);
CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    tokenize = "unicode61 remove_diacritics 0",
    prefix = '2 3'
);

CREATE TRIGGER note_search_ai AFTER INSERT ON note
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id) VALUES ('note', NEW.id, NEW.unit_id);
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), NEW.body WHERE NEW.deleted = 0;
END;
CREATE TRIGGER note_search_au AFTER UPDATE ON note
WHEN OLD.body IS NOT NEW.body OR OLD.deleted IS NOT NEW.deleted
BEGIN
    DELETE FROM search_index
    WHERE rowid = (SELECT docid FROM search_doc WHERE entity = 'note' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT docid, NEW.body FROM search_doc
    WHERE entity = 'note' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

CREATE TRIGGER amendment_search_ai AFTER INSERT ON amendment
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id) VALUES ('amendment', NEW.id, NEW.unit_id);
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), coalesce(NEW.reason, '') || char(10) || coalesce(NEW.body, '') WHERE NEW.deleted = 0;
END;
CREATE TRIGGER amendment_search_au AFTER UPDATE ON amendment
WHEN OLD.reason IS NOT NEW.reason OR OLD.body IS NOT NEW.body OR OLD.deleted IS NOT NEW.deleted
BEGIN
    DELETE FROM search_index
    WHERE rowid = (SELECT docid FROM search_doc WHERE entity = 'amendment' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT docid, coalesce(NEW.reason, '') || char(10) || coalesce(NEW.body, '') FROM search_doc
    WHERE entity = 'amendment' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

CREATE TRIGGER conversation_search_ai AFTER INSERT ON conversation
BEGIN
    INSERT INTO search_doc(entity, entity_id, unit_id) VALUES ('conversation', NEW.id, NEW.unit_id);
    INSERT INTO search_index(rowid, body)
    SELECT last_insert_rowid(), coalesce(NEW.place, '') || char(10) || coalesce(NEW.wants_to_know, '') || char(10) || coalesce(NEW.information_given, '') || char(10) || coalesce(NEW.child_view, '') || char(10) || coalesce(NEW.advice, '') || char(10) || coalesce(NEW.support_agreed, '') || char(10) || coalesce(NEW.next_step, '') WHERE NEW.deleted = 0;
END;
CREATE TRIGGER conversation_search_au AFTER UPDATE ON conversation
WHEN OLD.place IS NOT NEW.place OR OLD.wants_to_know IS NOT NEW.wants_to_know OR OLD.information_given IS NOT NEW.information_given OR OLD.child_view IS NOT NEW.child_view OR OLD.advice IS NOT NEW.advice OR OLD.support_agreed IS NOT NEW.support_agreed OR OLD.next_step IS NOT NEW.next_step OR OLD.deleted IS NOT NEW.deleted
BEGIN
    DELETE FROM search_index
    WHERE rowid = (SELECT docid FROM search_doc WHERE entity = 'conversation' AND entity_id = OLD.id);
    INSERT INTO search_index(rowid, body)
    SELECT docid, coalesce(NEW.place, '') || char(10) || coalesce(NEW.wants_to_know, '') || char(10) || coalesce(NEW.information_given, '') || char(10) || coalesce(NEW.child_view, '') || char(10) || coalesce(NEW.advice, '') || char(10) || coalesce(NEW.support_agreed, '') || char(10) || coalesce(NEW.next_step, '') FROM search_doc
    WHERE entity = 'conversation' AND entity_id = NEW.id AND NEW.deleted = 0;
END;

-- Index what is already on the device.
INSERT INTO search_doc(entity, entity_id, unit_id) SELECT 'note', id, unit_id FROM note;
INSERT INTO search_index(rowid, body)
SELECT d.docid, r.body
FROM note r JOIN search_doc d ON d.entity = 'note' AND d.entity_id = r.id WHERE r.deleted = 0;
INSERT INTO search_doc(entity, entity_id, unit_id) SELECT 'amendment', id, unit_id FROM amendment;
INSERT INTO search_index(rowid, body)
SELECT d.docid, coalesce(r.reason, '') || char(10) || coalesce(r.body, '')
FROM amendment r JOIN search_doc d ON d.entity = 'amendment' AND d.entity_id = r.id WHERE r.deleted = 0;
INSERT INTO search_doc(entity, entity_id, unit_id) SELECT 'conversation', id, unit_id FROM conversation;
INSERT INTO search_index(rowid, body)
SELECT d.docid, coalesce(r.place, '') || char(10) || coalesce(r.wants_to_know, '') || char(10) || coalesce(r.information_given, '') || char(10) || coalesce(r.child_view, '') || char(10) || coalesce(r.advice, '') || char(10) || coalesce(r.support_agreed, '') || char(10) || coalesce(r.next_step, '')
FROM conversation r JOIN search_doc d ON d.entity = 'conversation' AND d.entity_id = r.id WHERE r.deleted = 0;
