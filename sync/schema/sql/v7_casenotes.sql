-- Schema v7: case notes outside a conversation series (a phone call, a home visit, a meeting
-- with the school or with health care, or something else), written on a family or a child.
-- They are rows of `note` with kind 'case'; this adds what kind of contact the note records
-- (a stored key the app puts into words) and the flag "the child's own words — not for
-- guardians" that conversations have: set, the note's text is left out of what guardians see.
-- Both nullable: fields arrive one delta at a time, and older notes have neither.
ALTER TABLE note ADD COLUMN case_kind TEXT;           -- phone_call, home_visit, school_meeting, health_care_meeting, other
ALTER TABLE note ADD COLUMN child_words_private INTEGER;
