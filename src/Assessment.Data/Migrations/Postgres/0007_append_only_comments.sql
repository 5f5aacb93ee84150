-- PostgreSQL form of Migrations/0007_append_only_comments.sql (refuse_change: 0002).
CREATE TRIGGER response_comments_no_update BEFORE UPDATE ON response_comments
    FOR EACH ROW EXECUTE FUNCTION refuse_change('review comments are append-only');

CREATE TRIGGER response_comments_no_delete BEFORE DELETE ON response_comments
    FOR EACH ROW EXECUTE FUNCTION refuse_change('review comments are append-only');

CREATE TRIGGER response_comments_no_truncate BEFORE TRUNCATE ON response_comments
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('review comments are append-only');
