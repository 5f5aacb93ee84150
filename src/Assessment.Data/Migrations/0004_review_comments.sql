-- Comments an evaluator leaves on a rater's response, e.g. why it was returned. The rater reads them on their
-- questionnaire; rows are never changed, a new comment is a new row (the audit trail records each one too).
CREATE TABLE response_comments (
    id          INTEGER NOT NULL PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses (id),
    author_id   INTEGER NOT NULL REFERENCES accounts (id),
    body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
    -- The response status the comment came with ('returned', 'accepted'), or NULL for a plain remark.
    status      TEXT NULL,
    created_at  TEXT NOT NULL
);

CREATE INDEX response_comments_response ON response_comments (response_id);
