-- PostgreSQL schema 2: a staff member's role (staff, manager, content).
ALTER TABLE staff ADD COLUMN role text NOT NULL DEFAULT 'staff'
    CHECK (role IN ('staff', 'manager', 'content'));
