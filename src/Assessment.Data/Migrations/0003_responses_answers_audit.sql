-- Responses, answers, reconciled answers and the append-only audit trail.

CREATE TABLE responses (
    id                INTEGER NOT NULL PRIMARY KEY,
    round_id          INTEGER NOT NULL,
    jurisdiction_code TEXT NOT NULL,
    rater_id          INTEGER NOT NULL,
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
    created_at        TEXT NOT NULL,
    UNIQUE (round_id, jurisdiction_code, rater_id),
    FOREIGN KEY (round_id, jurisdiction_code, rater_id)
        REFERENCES assignments (round_id, jurisdiction_code, rater_id)
);

-- value is the canonical AnswerText form; NULL means the answer was cleared (unanswered).
-- version counts changes; a writer must name the version it read (stale-write detection).
CREATE TABLE answers (
    response_id   INTEGER NOT NULL REFERENCES responses (id),
    item_id       TEXT NOT NULL,
    value         TEXT NULL,
    is_na         INTEGER NOT NULL DEFAULT 0 CHECK (is_na IN (0, 1)),
    evidence_text TEXT NULL,
    evidence_link TEXT NULL,
    version       INTEGER NOT NULL CHECK (version >= 1),
    updated_by    INTEGER NOT NULL REFERENCES accounts (id),
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (response_id, item_id),
    CHECK (is_na = 0 OR value IS NOT NULL)
);

-- An evaluator's answer that replaces the raters' mean for one item of one jurisdiction in one round.
CREATE TABLE reconciled_answers (
    round_id          INTEGER NOT NULL REFERENCES rounds (id),
    jurisdiction_code TEXT NOT NULL REFERENCES jurisdictions (code),
    item_id           TEXT NOT NULL,
    value             TEXT NOT NULL,
    is_na             INTEGER NOT NULL DEFAULT 0 CHECK (is_na IN (0, 1)),
    reason            TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_by            INTEGER NOT NULL REFERENCES accounts (id),
    set_at            TEXT NOT NULL,
    PRIMARY KEY (round_id, jurisdiction_code, item_id)
);

-- Every change, appended once and never altered. entity_key names the row (e.g. 'response:12/item:q3').
CREATE TABLE audit_log (
    id         INTEGER NOT NULL PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    old_value  TEXT NULL,
    new_value  TEXT NULL,
    reason     TEXT NULL
);

CREATE INDEX audit_log_entity ON audit_log (entity, entity_key);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
