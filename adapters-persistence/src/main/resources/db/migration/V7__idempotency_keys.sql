-- Idempotency keys: a retried POST carrying the same Idempotency-Key gets the first response instead of
-- creating a duplicate. Keys are scoped to the user who sent them. The primary key makes a claim atomic across
-- nodes: of two requests with one key, one inserts the row and the other finds it.
CREATE TABLE idempotency_key (
    user_id      uuid        NOT NULL CONSTRAINT idempotency_key_user_fk REFERENCES app_user (id),
    key          text        NOT NULL,
    -- Digest of method, path and body: the same key sent with a different request is refused.
    fingerprint  text        NOT NULL,
    claimed_at   timestamptz NOT NULL,
    -- The response, once the request has run; all null while it runs.
    status       integer,
    content_type text,
    body         bytea,
    location     text,
    entity_tag   text,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (user_id, key),
    CONSTRAINT idempotency_key_length CHECK (char_length(key) BETWEEN 1 AND 255),
    CONSTRAINT idempotency_key_response_whole CHECK ((status IS NULL) = (body IS NULL))
);
