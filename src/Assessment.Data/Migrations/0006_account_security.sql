-- Accounts ready for a real deployment: disabling, one-time passwords, per-account lockout, a security stamp that
-- ends every session when it changes, demo accounts marked as such, and an optional e-mail for provisioning.
ALTER TABLE accounts ADD COLUMN is_disabled INTEGER NOT NULL DEFAULT 0 CHECK (is_disabled IN (0, 1));
-- 1 = the password was set by someone else (one-time) and must be changed before any page opens.
ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
-- Random text replaced whenever the account is disabled, its roles change or its password is set: sessions carry
-- the stamp they were issued with and end when it no longer matches.
ALTER TABLE accounts ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
-- Failed sign-ins counted from the first failure of the current window; locked_until set when the limit is reached.
ALTER TABLE accounts ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN first_failure_at TEXT NULL;
ALTER TABLE accounts ADD COLUMN locked_until TEXT NULL;
-- 1 = created by the demo data set: its password is public, so it signs in only where the demo is switched on.
ALTER TABLE accounts ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
ALTER TABLE accounts ADD COLUMN email TEXT NULL;

UPDATE accounts SET security_stamp = lower(hex(randomblob(16)));
-- Accounts the demo seed created before this column existed are demo accounts too (their audit rows say so).
UPDATE accounts SET is_demo = 1
WHERE user_name IN (SELECT entity_key FROM audit_log WHERE entity = 'account' AND actor = 'demo-seed');
