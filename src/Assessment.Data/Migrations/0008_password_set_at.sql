-- When the account's password was last set. A one-time password (must_change_password = 1) expires a configured
-- time after it was set (OWASP ASVS 2.3.1: initial passwords expire after a short period). One-time passwords
-- issued before this column existed start their period now, so none expires the moment the app is upgraded.
ALTER TABLE accounts ADD COLUMN password_set_at TEXT NULL;
UPDATE accounts SET password_set_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE must_change_password = 1;
