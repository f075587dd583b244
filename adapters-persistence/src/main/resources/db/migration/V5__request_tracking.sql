-- Request tracking: request types, client requests and contact records, with what lists, search and the
-- dashboard need to stay fast.
--
-- The conventions of V1 hold here too: application-made UUIDs, timestamptz instants, no cascades, soft delete
-- (deleted_at/deleted_by) instead of DELETE, an optimistic-lock version, and checks that repeat the domain's
-- value rules as a last line of defence. Codes (status, priority, method, outcome) are stored as text and
-- translated explicitly by the mappers, so renaming a Java constant cannot corrupt data.
--
-- Text rules: the domain strips text and treats blank as missing, so a required text must hold more than blanks
-- (btrim) and no text may exceed the domain's maximum in characters (char_length counts characters, as the
-- domain counts code points).

-- Substring matching of names and references ("ILIKE '%abc%'" on lower(...)) is served by trigram indexes.
-- pg_trgm is a trusted extension since PostgreSQL 13, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE request_type (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL,
    description text,
    -- The default number of days a new request of this type has until it is due; null for no default.
    target_days integer,
    -- An inactive type is kept for its requests but not offered for new ones.
    active      boolean     NOT NULL DEFAULT true,
    -- The *_by columns are null when the system itself acted (e.g. the command line).
    created_at  timestamptz NOT NULL,
    created_by  uuid        CONSTRAINT request_type_created_by_fk REFERENCES app_user (id),
    updated_at  timestamptz NOT NULL,
    updated_by  uuid        CONSTRAINT request_type_updated_by_fk REFERENCES app_user (id),
    deleted_at  timestamptz,
    deleted_by  uuid        CONSTRAINT request_type_deleted_by_fk REFERENCES app_user (id),
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT request_type_name_length CHECK (char_length(name) <= 255 AND char_length(btrim(name)) >= 1),
    CONSTRAINT request_type_description_length CHECK (char_length(description) <= 10000),
    CONSTRAINT request_type_target_days_range CHECK (target_days BETWEEN 1 AND 365),
    CONSTRAINT request_type_deleted_by_needs_deleted_at CHECK (deleted_by IS NULL OR deleted_at IS NOT NULL)
);

-- As for clients: names are unique among live types regardless of case, a type in the trash frees its name, and
-- an adapter may map a violation of this index, by name, to a duplicate-name error, so do not rename it.
CREATE UNIQUE INDEX request_type_live_name_uq ON request_type (lower(name)) WHERE deleted_at IS NULL;

-- The type list, paged by keyset on (lower(name), id), as the client list.
CREATE INDEX request_type_live_name_id_idx ON request_type (lower(name), id) WHERE deleted_at IS NULL;

CREATE TABLE client_request (
    id           uuid        PRIMARY KEY,
    client_id    uuid        NOT NULL CONSTRAINT client_request_client_fk REFERENCES client (id),
    type_id      uuid        NOT NULL CONSTRAINT client_request_type_fk REFERENCES request_type (id),
    title        text        NOT NULL,
    description  text,
    -- E.g. a payment reference; searched by substring.
    reference    text,
    -- The workflow (which move is allowed) is the domain's; the table only knows the codes.
    status       text        NOT NULL DEFAULT 'PENDING',
    priority     text        NOT NULL DEFAULT 'NORMAL',
    -- Null while nobody owns the request ("unassigned" on the dashboard).
    owner_id     uuid        CONSTRAINT client_request_owner_fk REFERENCES app_user (id),
    -- A calendar day, not an instant: overdue means "not completed and due before today".
    due_on       date,
    created_at   timestamptz NOT NULL,
    created_by   uuid        CONSTRAINT client_request_created_by_fk REFERENCES app_user (id),
    updated_at   timestamptz NOT NULL,
    updated_by   uuid        CONSTRAINT client_request_updated_by_fk REFERENCES app_user (id),
    started_at   timestamptz,
    completed_at timestamptz,
    deleted_at   timestamptz,
    deleted_by   uuid        CONSTRAINT client_request_deleted_by_fk REFERENCES app_user (id),
    version      bigint      NOT NULL DEFAULT 0,
    -- Full-text search over what people type about a request. 'simple': no stemming or stop words, since
    -- titles and references are names and codes rather than prose in one language. Kept by PostgreSQL itself,
    -- so no writer can let it go stale; readers match it with "search @@ plainto_tsquery('simple', ?)".
    search       tsvector    GENERATED ALWAYS AS (to_tsvector('simple',
                     coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(reference, '')
                 )) STORED,
    CONSTRAINT client_request_title_length CHECK (char_length(title) <= 200 AND char_length(btrim(title)) >= 1),
    CONSTRAINT client_request_description_length CHECK (char_length(description) <= 10000),
    CONSTRAINT client_request_reference_length CHECK (char_length(reference) <= 255),
    CONSTRAINT client_request_status_code CHECK (status IN ('PENDING', 'IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT client_request_priority_code CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    -- The domain sets completed_at when a request is completed and clears it when it is reopened; a row that
    -- disagrees would be counted as done by one query and as open by another.
    CONSTRAINT client_request_completed_at_iff_completed
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
    CONSTRAINT client_request_deleted_by_needs_deleted_at CHECK (deleted_by IS NULL OR deleted_at IS NOT NULL)
);

CREATE INDEX client_request_search_idx ON client_request USING gin (search);
-- Substring search of references, case-insensitive: "lower(reference) LIKE '%...%'".
CREATE INDEX client_request_reference_trgm_idx ON client_request USING gin (lower(reference) gin_trgm_ops);

-- The indexes below serve lists and the dashboard, which only ever show live requests; partial, so that the
-- trash does not bloat them. A query uses them only if it says "deleted_at IS NULL" itself.

-- The request list's default order, newest first, paged by keyset; id breaks ties between requests of the
-- same instant.
CREATE INDEX client_request_live_recent_idx ON client_request (created_at DESC, id DESC)
    WHERE deleted_at IS NULL;
-- Filter by status; counts by status; overdue and due soon ("status <> 'COMPLETED' AND due_on < ?").
CREATE INDEX client_request_live_status_due_idx ON client_request (status, due_on) WHERE deleted_at IS NULL;
-- "My open requests", filter by owner, and unassigned requests (owner_id IS NULL is indexed too).
CREATE INDEX client_request_live_owner_status_idx ON client_request (owner_id, status) WHERE deleted_at IS NULL;
-- A client's page lists its requests inline, newest first.
CREATE INDEX client_request_live_client_idx ON client_request (client_id, created_at DESC, id DESC)
    WHERE deleted_at IS NULL;
-- Filter and counts by type, and the count of live requests that keeps a type from being deleted.
CREATE INDEX client_request_live_type_idx ON client_request (type_id) WHERE deleted_at IS NULL;
-- Requests untouched for a while ("updated_at < now() - interval '7 days'").
CREATE INDEX client_request_live_updated_idx ON client_request (updated_at) WHERE deleted_at IS NULL;

CREATE TABLE contact_record (
    id                uuid        PRIMARY KEY,
    payment_reference text        NOT NULL,
    first_name        text        NOT NULL,
    last_name         text        NOT NULL,
    method            text        NOT NULL,
    -- When the contact happened. That it is not in the future is a rule of new input, checked by the domain
    -- against its clock: a check here would use the database's clock and fire on clock skew.
    contacted_at      timestamptz NOT NULL,
    outcome           text        NOT NULL,
    follow_up_on      date,
    notes             text        NOT NULL,
    -- The request the contact was about, if any.
    request_id        uuid        CONSTRAINT contact_record_request_fk REFERENCES client_request (id),
    created_at        timestamptz NOT NULL,
    created_by        uuid        CONSTRAINT contact_record_created_by_fk REFERENCES app_user (id),
    updated_at        timestamptz NOT NULL,
    -- Always the user who made the change (the domain stamps the actor, whatever a form claims).
    updated_by        uuid        CONSTRAINT contact_record_updated_by_fk REFERENCES app_user (id),
    deleted_at        timestamptz,
    deleted_by        uuid        CONSTRAINT contact_record_deleted_by_fk REFERENCES app_user (id),
    version           bigint      NOT NULL DEFAULT 0,
    -- As client_request.search; the names are matched by word as well as by substring (below).
    search            tsvector    GENERATED ALWAYS AS (to_tsvector('simple',
                          coalesce(payment_reference, '') || ' ' || coalesce(first_name, '') || ' '
                          || coalesce(last_name, '') || ' ' || coalesce(notes, '')
                      )) STORED,
    CONSTRAINT contact_record_payment_reference_length
        CHECK (char_length(payment_reference) <= 255 AND char_length(btrim(payment_reference)) >= 1),
    CONSTRAINT contact_record_first_name_length
        CHECK (char_length(first_name) <= 50 AND char_length(btrim(first_name)) >= 1),
    CONSTRAINT contact_record_last_name_length
        CHECK (char_length(last_name) <= 50 AND char_length(btrim(last_name)) >= 1),
    CONSTRAINT contact_record_notes_length CHECK (char_length(notes) <= 10000 AND char_length(btrim(notes)) >= 1),
    CONSTRAINT contact_record_method_code
        CHECK (method IN ('PHONE', 'EMAIL', 'LETTER', 'SMS', 'IN_PERSON', 'OTHER')),
    CONSTRAINT contact_record_outcome_code
        CHECK (outcome IN ('CONTACT_SUCCESSFUL', 'AWAITING_RESPONSE', 'NO_CONTACT_POSSIBLE')),
    -- Waiting for an answer without a day to chase it would never show on the dashboard.
    CONSTRAINT contact_record_awaiting_needs_follow_up
        CHECK (outcome <> 'AWAITING_RESPONSE' OR follow_up_on IS NOT NULL),
    -- As the domain: the follow-up is never before the day of the contact, days counted in UTC.
    CONSTRAINT contact_record_follow_up_not_before_contact
        CHECK (follow_up_on >= (contacted_at AT TIME ZONE 'UTC')::date),
    CONSTRAINT contact_record_deleted_by_needs_deleted_at CHECK (deleted_by IS NULL OR deleted_at IS NOT NULL)
);

CREATE INDEX contact_record_search_idx ON contact_record USING gin (search);
CREATE INDEX contact_record_payment_reference_trgm_idx
    ON contact_record USING gin (lower(payment_reference) gin_trgm_ops);
-- The expression must be written the same way in queries ("lower(first_name || ' ' || last_name)").
CREATE INDEX contact_record_full_name_trgm_idx
    ON contact_record USING gin (lower(first_name || ' ' || last_name) gin_trgm_ops);
-- Dashboard: live contacts awaiting a response whose follow-up day has passed ("follow_up_on < ?").
CREATE INDEX contact_record_live_follow_up_idx ON contact_record (follow_up_on)
    WHERE outcome = 'AWAITING_RESPONSE' AND deleted_at IS NULL;
-- A request's page lists its contact records inline. Not partial: it also backs the foreign key.
CREATE INDEX contact_record_request_idx ON contact_record (request_id);
-- The contact record list, latest contact first, paged by keyset.
CREATE INDEX contact_record_live_recent_idx ON contact_record (contacted_at DESC, id DESC)
    WHERE deleted_at IS NULL;

-- The one search box also matches client names by substring.
CREATE INDEX client_name_trgm_idx ON client USING gin (lower(name) gin_trgm_ops);
