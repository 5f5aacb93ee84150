-- ASP.NET Core's data-protection key ring (the keys that protect sign-in cookies and antiforgery tokens), kept in the
-- database so that every app node working on one database accepts a cookie any of them issued. Keys are only ever
-- added; the key ring itself says which have expired.
CREATE TABLE data_protection_keys (
    id         INTEGER NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    xml        TEXT NOT NULL,
    created_at TEXT NOT NULL
);
