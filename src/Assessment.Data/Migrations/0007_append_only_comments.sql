-- Review comments are part of the record of how a score came about, like answers' audit rows: a comment is never
-- changed or removed, a correction is a new comment.
CREATE TRIGGER response_comments_no_update BEFORE UPDATE ON response_comments
BEGIN
    SELECT RAISE(ABORT, 'review comments are append-only');
END;

CREATE TRIGGER response_comments_no_delete BEFORE DELETE ON response_comments
BEGIN
    SELECT RAISE(ABORT, 'review comments are append-only');
END;
