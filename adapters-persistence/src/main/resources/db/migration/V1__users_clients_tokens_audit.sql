-- Users, their API tokens, clients and the audit trail.
--
-- Conventions for every table:
--   * ids are UUIDs made by the application, so an aggregate knows its id before it is stored;
--   * instants are timestamptz (PostgreSQL keeps microseconds, which is what the domain tests expect);
--   * nothing cascades on delete: rows are soft-deleted or kept for the audit trail, and a stray hard delete
--     must fail loudly instead of silently taking dependent rows with it;
--   * length and shape checks repeat the domain's value-object rules, as a last line of defence against
--     writers that bypass the domain (scripts, manual fixes).

CREATE TABLE app_user (
    id            uuid        PRIMARY KEY,
    username      text        NOT NULL,
    email         text        NOT NULL,
    first_name    text,
    last_name     text,
    role          text        NOT NULL,
    active        boolean     NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL,
    last_login_at timestamptz,
    -- Optimistic lock: an update names the version it read and fails when it moved on.
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_length CHECK (char_length(username) BETWEEN 5 AND 20),
    -- Inside a bracket expression '.' and '+' are literal and a trailing '-' is literal.
    CONSTRAINT app_user_username_shape CHECK (username ~ '^[A-Za-z0-9@.+_-]+$'),
    CONSTRAINT app_user_email_length CHECK (char_length(email) <= 254),
    CONSTRAINT app_user_first_name_length CHECK (char_length(first_name) <= 150),
    CONSTRAINT app_user_last_name_length CHECK (char_length(last_name) <= 150),
    -- Column codes, translated explicitly by the mapper, so renaming a Java constant cannot corrupt data.
    CONSTRAINT app_user_role_code CHECK (role IN ('ADMIN', 'LIMITED'))
);

-- The username is kept as typed, but two names that differ only in case are the same account.
CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username));
-- The domain already lower-cases e-mail addresses; the index does not rely on it.
CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email));

CREATE TABLE access_token (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES app_user (id),
    -- Only a hash of the secret is stored, so a leaked table reveals no usable token.
    token_hash text        NOT NULL UNIQUE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    -- Set instead of deleting the row, so that the token stays refused and its history stays readable.
    revoked_at timestamptz,
    CONSTRAINT access_token_expires_after_issue CHECK (expires_at > issued_at)
);

CREATE INDEX access_token_user_idx ON access_token (user_id);

CREATE TABLE client (
    id          uuid        PRIMARY KEY,
    -- btrim: a name of blanks only is no name, even if a writer forgot to strip it.
    name        text        NOT NULL CONSTRAINT client_name_length CHECK (char_length(btrim(name)) BETWEEN 1 AND 255),
    email       text        CONSTRAINT client_email_length CHECK (char_length(email) <= 254),
    phone       text        CONSTRAINT client_phone_length CHECK (char_length(phone) <= 20),
    company_url text        CONSTRAINT client_company_url_length CHECK (char_length(company_url) <= 2048),
    active      boolean     NOT NULL DEFAULT true,
    -- The *_by columns are null when the system itself acted (e.g. the command line).
    created_at  timestamptz NOT NULL,
    created_by  uuid        REFERENCES app_user (id),
    updated_at  timestamptz NOT NULL,
    updated_by  uuid        REFERENCES app_user (id),
    -- Soft delete: a non-null deleted_at puts the client in the trash, from which it can be restored.
    deleted_at  timestamptz,
    deleted_by  uuid        REFERENCES app_user (id),
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT client_deleted_by_needs_deleted_at CHECK (deleted_by IS NULL OR deleted_at IS NOT NULL)
);

-- Names are unique among live clients only: a client in the trash frees its name, and restoring it is refused
-- while another live client holds the name. The adapter maps a violation of this index, by name, to
-- DuplicateClientNameException, so do not rename it.
CREATE UNIQUE INDEX client_live_name_uq ON client (lower(name)) WHERE deleted_at IS NULL;

-- Serves the client list: keyset pages "WHERE (lower(name), id) > (?, ?) ORDER BY lower(name), id", which cost
-- the same on the last page as on the first, unlike OFFSET.
CREATE INDEX client_live_name_id_idx ON client (lower(name), id) WHERE deleted_at IS NULL;

CREATE TABLE audit_event (
    id          uuid        PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    -- Null when the system itself acted.
    actor_id    uuid        REFERENCES app_user (id),
    action      text        NOT NULL,
    -- No foreign key: an event speaks of items of several tables, and must outlive any of them.
    item_type   text        NOT NULL,
    item_id     uuid        NOT NULL,
    -- [{"field": ..., "old": ..., "new": ...}], values as text or null; empty when no field is listed.
    changes     jsonb       NOT NULL DEFAULT '[]',
    CONSTRAINT audit_event_changes_is_array CHECK (jsonb_typeof(changes) = 'array')
);

-- The history of one item, newest first.
CREATE INDEX audit_event_item_idx ON audit_event (item_type, item_id, occurred_at DESC);
-- The global audit log, newest first, paged by keyset; id breaks ties between events of the same instant.
CREATE INDEX audit_event_recent_idx ON audit_event (occurred_at DESC, id DESC);

-- The audit trail is append-only. The adapter has no update or delete, and this trigger makes sure nobody else
-- rewrites history either. TRUNCATE is deliberately not blocked: it is governed by privileges (the application
-- role should not hold it), and tests use it to start from an empty table.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % of event % refused', TG_OP, OLD.id
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
