-- PostgreSQL form of Migrations/0008_password_set_at.sql. SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now') is the UTC
-- time to the millisecond; to_char gives the same text.
ALTER TABLE accounts ADD COLUMN password_set_at text NULL;
UPDATE accounts SET password_set_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
WHERE must_change_password = 1;
