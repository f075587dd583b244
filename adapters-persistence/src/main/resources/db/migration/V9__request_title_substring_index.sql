-- The request list's search box ("q") matches a fragment of the title or of the reference, regardless of case:
-- "lower(title) LIKE '%...%' OR lower(reference) LIKE '%...%'". V5 indexes the reference for that but not the
-- title, and an OR is only served by indexes when both sides have one; without it every such list read every
-- live request. Not partial, like the reference's index, so that the two combine in one bitmap scan.
CREATE INDEX client_request_title_trgm_idx ON client_request USING gin (lower(title) gin_trgm_ops);
