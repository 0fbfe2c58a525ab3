-- Schema v4: the kiosk's helplines in every content language, and cards that show the
-- emergency line.
--
-- A helpline's name, hours and audience keep their Swedish text in the v1 columns; each other
-- content language (KioskLanguage in src/domain) has its own column per field, named
-- <field>_<language> with '-' written '_'. Columns rather than a table of texts: every
-- translation is then a field of the helpline itself, merged and synced on its own (two
-- editors translating into two languages never overwrite each other), and a kiosk, which
-- pulls only info_card and helpline records, receives them with no change to the server.
-- Empty means "not translated": the kiosk falls back to the Swedish text.
ALTER TABLE helpline ADD COLUMN name_sv_easy TEXT;
ALTER TABLE helpline ADD COLUMN hours_sv_easy TEXT;
ALTER TABLE helpline ADD COLUMN audience_sv_easy TEXT;
ALTER TABLE helpline ADD COLUMN name_en TEXT;
ALTER TABLE helpline ADD COLUMN hours_en TEXT;
ALTER TABLE helpline ADD COLUMN audience_en TEXT;
ALTER TABLE helpline ADD COLUMN name_ar TEXT;
ALTER TABLE helpline ADD COLUMN hours_ar TEXT;
ALTER TABLE helpline ADD COLUMN audience_ar TEXT;
ALTER TABLE helpline ADD COLUMN name_so TEXT;
ALTER TABLE helpline ADD COLUMN hours_so TEXT;
ALTER TABLE helpline ADD COLUMN audience_so TEXT;
ALTER TABLE helpline ADD COLUMN name_prs TEXT;
ALTER TABLE helpline ADD COLUMN hours_prs TEXT;
ALTER TABLE helpline ADD COLUMN audience_prs TEXT;
ALTER TABLE helpline ADD COLUMN name_ti TEXT;
ALTER TABLE helpline ADD COLUMN hours_ti TEXT;
ALTER TABLE helpline ADD COLUMN audience_ti TEXT;

-- 1 when the card is about danger at home or elsewhere: the kiosk then shows "call 112 if it
-- is urgent" prominently with it. NULL (cards written before v4) is 0.
ALTER TABLE info_card ADD COLUMN emergency INTEGER;
