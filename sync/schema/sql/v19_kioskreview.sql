-- Schema v19: the kiosk in the waiting room's languages, helplines to chat with or read, and
-- idle times set centrally (issue 19).
--
-- A card written by Lykta in a new language ships as a draft a native speaker must review:
-- needs_review = 1. Such a card cannot be published and no kiosk shows it (the server's kiosk
-- pull leaves it out too) until a person with the content role approves it, which clears
-- the flag and publishes it. NULL (every card before v19) is 0.
ALTER TABLE info_card ADD COLUMN needs_review INTEGER;

-- Helpline texts in Ukrainian and Finnish, in v4's pattern (<field>_<language>).
ALTER TABLE helpline ADD COLUMN name_uk TEXT;
ALTER TABLE helpline ADD COLUMN hours_uk TEXT;
ALTER TABLE helpline ADD COLUMN audience_uk TEXT;
ALTER TABLE helpline ADD COLUMN name_fi TEXT;
ALTER TABLE helpline ADD COLUMN hours_fi TEXT;
ALTER TABLE helpline ADD COLUMN audience_fi TEXT;
-- review_<language> = 1: that language's texts are a draft for a native speaker to review;
-- a kiosk shows the Swedish text instead until someone with the content role approves them.
ALTER TABLE helpline ADD COLUMN review_sv_easy INTEGER;
ALTER TABLE helpline ADD COLUMN review_en INTEGER;
ALTER TABLE helpline ADD COLUMN review_ar INTEGER;
ALTER TABLE helpline ADD COLUMN review_so INTEGER;
ALTER TABLE helpline ADD COLUMN review_prs INTEGER;
ALTER TABLE helpline ADD COLUMN review_ti INTEGER;
ALTER TABLE helpline ADD COLUMN review_uk INTEGER;
ALTER TABLE helpline ADD COLUMN review_fi INTEGER;
-- Besides the phone: a chat and a web page (https addresses), each with the day someone last
-- checked it. A kiosk shows an address only once it has been checked (verified not NULL).
-- A helpline may now have no phone number (a web service such as UMO): number empty.
ALTER TABLE helpline ADD COLUMN chat_url TEXT;
ALTER TABLE helpline ADD COLUMN chat_verified TEXT;
ALTER TABLE helpline ADD COLUMN web_url TEXT;
ALTER TABLE helpline ADD COLUMN web_verified TEXT;

-- How long a kiosk waits after the last touch before it goes back to the start, per page, in
-- seconds. One record per unit, whose id is the unit's id, so two editors setting it write
-- fields of the same record. Read by every kiosk of the unit (pulled with the cards).
CREATE TABLE kiosk_settings (
    id TEXT PRIMARY KEY, unit_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, _clock BLOB,
    idle_start_s INTEGER,                  -- the start page (language and age)
    idle_cards_s INTEGER,                  -- a band's list of cards
    idle_card_s INTEGER,                   -- one card, being read
    idle_helplines_s INTEGER               -- the helplines
);
