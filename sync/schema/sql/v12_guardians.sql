-- Schema v12: guardians with everything staff need to reach them, and a family's case closed.
--
-- A guardian gets custody (vårdnadshavare, 0/1), e-mail, address, the language they prefer, an
-- interpreter need (0/1) and the day they were no longer part of the family (left_on): a
-- former guardian is kept and shown as former, never deleted. The personnummer columns stay
-- IdentificationService's alone.
ALTER TABLE guardian ADD COLUMN custody INTEGER;
ALTER TABLE guardian ADD COLUMN email TEXT;
ALTER TABLE guardian ADD COLUMN address TEXT;
ALTER TABLE guardian ADD COLUMN language TEXT;
ALTER TABLE guardian ADD COLUMN interpreter INTEGER;
ALTER TABLE guardian ADD COLUMN left_on TEXT;   -- ISO date; NULL while in the family

-- "Ärendet avslutat": the day, a reason key (completed, declined, moved, referred, no_contact,
-- other) and a short free text. NULL closed_on is an open case; reopening sets all three NULL.
ALTER TABLE family ADD COLUMN closed_on TEXT;     -- ISO date
ALTER TABLE family ADD COLUMN closed_reason TEXT;
ALTER TABLE family ADD COLUMN closed_note TEXT;
