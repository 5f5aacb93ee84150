-- Instrument snapshots and the rounds bound to them.

-- The exact YAML text a round was run with. Rows are never changed or deleted, so editing an instrument
-- file never changes a past result: a new text is a new snapshot.
CREATE TABLE instrument_snapshots (
    id                 INTEGER NOT NULL PRIMARY KEY,
    sha256             TEXT NOT NULL UNIQUE,
    instrument_id      TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    source_name        TEXT NOT NULL,
    yaml               TEXT NOT NULL,
    created_at         TEXT NOT NULL
);

CREATE INDEX instrument_snapshots_instrument ON instrument_snapshots (instrument_id);

CREATE TRIGGER instrument_snapshots_no_update BEFORE UPDATE ON instrument_snapshots
BEGIN
    SELECT RAISE(ABORT, 'instrument snapshots are immutable');
END;

CREATE TRIGGER instrument_snapshots_no_delete BEFORE DELETE ON instrument_snapshots
BEGIN
    SELECT RAISE(ABORT, 'instrument snapshots are immutable');
END;

CREATE TABLE rounds (
    id          INTEGER NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    snapshot_id INTEGER NOT NULL REFERENCES instrument_snapshots (id),
    mode        TEXT NOT NULL CHECK (mode IN ('external_evaluation', 'self_assessment')),
    opens_at    TEXT NULL,
    closes_at   TEXT NULL,
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'published')),
    created_at  TEXT NOT NULL,
    CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at <= closes_at)
);

-- A round binds to one snapshot forever.
CREATE TRIGGER rounds_snapshot_is_fixed BEFORE UPDATE OF snapshot_id ON rounds
WHEN NEW.snapshot_id <> OLD.snapshot_id
BEGIN
    SELECT RAISE(ABORT, 'a round''s instrument snapshot cannot change');
END;

CREATE TABLE assignments (
    round_id          INTEGER NOT NULL REFERENCES rounds (id),
    jurisdiction_code TEXT NOT NULL REFERENCES jurisdictions (code),
    rater_id          INTEGER NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (round_id, jurisdiction_code, rater_id)
);

CREATE INDEX assignments_rater ON assignments (rater_id);
