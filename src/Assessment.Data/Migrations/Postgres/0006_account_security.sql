-- PostgreSQL form of Migrations/0006_account_security.sql (why each column exists: see there).
ALTER TABLE accounts ADD COLUMN is_disabled bigint NOT NULL DEFAULT 0 CHECK (is_disabled IN (0, 1));
ALTER TABLE accounts ADD COLUMN must_change_password bigint NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE accounts ADD COLUMN security_stamp text NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN failed_sign_ins bigint NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN first_failure_at text NULL;
ALTER TABLE accounts ADD COLUMN locked_until text NULL;
ALTER TABLE accounts ADD COLUMN is_demo bigint NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
ALTER TABLE accounts ADD COLUMN email text NULL;

-- SQLite's lower(hex(randomblob(16))): 32 random lower-case hex digits (gen_random_uuid is built in since 13).
UPDATE accounts SET security_stamp = replace(gen_random_uuid()::text, '-', '');
UPDATE accounts SET is_demo = 1
WHERE user_name IN (SELECT entity_key FROM audit_log WHERE entity = 'account' AND actor = 'demo-seed');
