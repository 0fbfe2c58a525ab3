-- Schema v15: what a person is typing in a form, kept on this device only.
--
-- A form saves its text here a second after the last keystroke, so nothing typed is lost to
-- the back button, the lock, a crash or a flat battery. The table has no _clock column: it is
-- not an entity, so Store::write, the outbox and the server's field catalog never see it (no
-- delta per keystroke). It lives in the same encrypted file as everything else. One row per
-- staff member and form; `fields` is a JSON object of the form's field values.
CREATE TABLE local_draft (
    staff_id TEXT NOT NULL,
    form_key TEXT NOT NULL,
    fields TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    PRIMARY KEY (staff_id, form_key)
) WITHOUT ROWID;
