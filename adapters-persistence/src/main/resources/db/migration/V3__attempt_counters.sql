-- Attempt counters for throttling logins and sign-ups. They live in the database, not in a node's memory, so
-- that a limit holds however many application nodes an attacker spreads requests over.
--
-- One row per key (e.g. "login|address|192.0.2.7" or "login|account|alice") and fixed time window; the
-- application increments with INSERT ... ON CONFLICT, which is atomic under concurrency.
CREATE TABLE attempt_counter (
    key          text        NOT NULL,
    window_start timestamptz NOT NULL,
    attempts     bigint      NOT NULL,
    CONSTRAINT attempt_counter_pk PRIMARY KEY (key, window_start),
    CONSTRAINT attempt_counter_key_length CHECK (char_length(key) <= 200),
    CONSTRAINT attempt_counter_attempts_positive CHECK (attempts > 0)
);

-- Old windows are forgotten by start time; this index keeps that delete from scanning the table.
CREATE INDEX attempt_counter_window_idx ON attempt_counter (window_start);
