-- Browser sessions: a third kind of token, which also ends after a while without use. Its last use is
-- recorded (at most once a minute, by the application) so that the idle timeout holds on every node.
ALTER TABLE access_token DROP CONSTRAINT access_token_kind_code;
ALTER TABLE access_token
    ADD CONSTRAINT access_token_kind_code CHECK (kind IN ('SESSION', 'BROWSER', 'PERSONAL'));

ALTER TABLE access_token ADD COLUMN last_used_at timestamptz;
ALTER TABLE access_token
    ADD CONSTRAINT access_token_used_after_issue CHECK (last_used_at IS NULL OR last_used_at >= issued_at);

-- Only personal tokens are named, browser sessions no more than API sessions.
ALTER TABLE access_token DROP CONSTRAINT access_token_session_has_no_name;
ALTER TABLE access_token
    ADD CONSTRAINT access_token_only_personal_named CHECK (kind = 'PERSONAL' OR name IS NULL);
