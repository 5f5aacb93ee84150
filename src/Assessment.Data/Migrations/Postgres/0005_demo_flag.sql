-- PostgreSQL form of Migrations/0005_demo_flag.sql: rounds of the demo data set are marked 1.
ALTER TABLE rounds ADD COLUMN is_demo bigint NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
