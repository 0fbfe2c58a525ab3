-- Schema 2: a staff member's role (staff, manager, content); everyone is staff until told.
ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'staff'
    CHECK (role IN ('staff', 'manager', 'content'));
