-- Version 4: staff accounts get a table of their own, one row each. Until now they were one JSON
-- document in settings ('staff.accounts'); two tills rewriting that document at once could lose a
-- change (a wrong-PIN count, a newly added account). Each account keeps its id; a lock is kept, like
-- every time in this schema, as milliseconds since the epoch (UTC), NULL when not locked.

CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('staff', 'manager')),
    pin_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

-- The document was an array of {id, name, role, pin_hash, failed, locked_until (ISO 8601 or ""),
-- active}; anything else in that row is left behind, as Holdfast ignored it when reading. An
-- unknown role was read as staff.
INSERT INTO staff (id, name, role, pin_hash, failed_attempts, locked_until, active, created_at)
    SELECT json_extract(a.value, '$.id'),
           COALESCE(json_extract(a.value, '$.name'), ''),
           CASE WHEN json_extract(a.value, '$.role') = 'manager' THEN 'manager' ELSE 'staff' END,
           COALESCE(json_extract(a.value, '$.pin_hash'), ''),
           COALESCE(json_extract(a.value, '$.failed'), 0),
           CASE WHEN COALESCE(json_extract(a.value, '$.locked_until'), '') = '' THEN NULL
                ELSE CAST(round((julianday(json_extract(a.value, '$.locked_until')) - 2440587.5) * 86400000.0) AS INTEGER)
           END,
           CASE WHEN json_extract(a.value, '$.active') = 0 THEN 0 ELSE 1 END,
           CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
    FROM settings s,
         json_each(CASE WHEN json_valid(s.value) AND json_type(s.value) = 'array' THEN s.value ELSE '[]' END) a
    WHERE s.key = 'staff.accounts' AND json_type(a.value) = 'object'
    ORDER BY json_extract(a.value, '$.id');

DELETE FROM settings WHERE key = 'staff.accounts';
