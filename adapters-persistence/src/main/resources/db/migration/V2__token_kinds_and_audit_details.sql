-- Personal API tokens next to login sessions, and audit events that carry details and need not name an item.
--
-- The conventions of V1 hold here too. Every change below is cheap on a populated database: the new columns
-- have constant defaults (no table rewrite), and dropping NOT NULL changes no row. None of it fires the
-- audit trail's append-only trigger, which guards UPDATE and DELETE of rows, not the table's definition.

-- A token is either a login session (made by logging in with a password) or a personal token a user made for a
-- script or tool. Tokens issued before this migration were all sessions, hence the default.
ALTER TABLE access_token
    -- Column codes, translated explicitly by the mapper, so renaming a Java constant cannot corrupt data.
    ADD COLUMN kind text NOT NULL DEFAULT 'SESSION'
        CONSTRAINT access_token_kind_code CHECK (kind IN ('SESSION', 'PERSONAL')),
    -- What the owner called a personal token, so that they can tell their tokens apart; sessions have none.
    -- btrim: a name of blanks only is no name.
    ADD COLUMN name text
        CONSTRAINT access_token_name_length CHECK (char_length(name) <= 100 AND char_length(btrim(name)) >= 1),
    ADD CONSTRAINT access_token_personal_needs_name CHECK (kind <> 'PERSONAL' OR name IS NOT NULL),
    ADD CONSTRAINT access_token_session_has_no_name CHECK (kind <> 'SESSION' OR name IS NULL);

-- Serves a user's list of their personal tokens: only unrevoked personal tokens are listed, newest first (id
-- breaks ties between tokens of the same instant). Partial, so that the many short-lived sessions and the
-- revoked tokens do not bloat it. Revoking every token of a user is served by access_token_user_idx (V1).
CREATE INDEX access_token_personal_idx ON access_token (user_id, issued_at DESC, id DESC)
    WHERE kind = 'PERSONAL' AND revoked_at IS NULL;

-- Some events are about no item: a failed login for a name that belongs to no account has nothing to point at.
ALTER TABLE audit_event ALTER COLUMN item_id DROP NOT NULL;

-- Facts about an event that are not field changes, e.g. the username tried and the client address of a failed
-- login, or the name of a token: {"key": "value", ...}, values as text; empty when there are none.
ALTER TABLE audit_event
    ADD COLUMN details jsonb NOT NULL DEFAULT '{}'
        CONSTRAINT audit_event_details_is_object CHECK (jsonb_typeof(details) = 'object');

-- What one user did, newest first: the audit log filtered by actor, paged by the same keyset as the global log
-- (audit_event_recent_idx), hence the id after the instant.
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at DESC, id DESC);
