-- What the dashboard and the trash need to stay fast: both read several tables at once, and must cost the same
-- with a hundred thousand requests as with a hundred.
--
-- Every index here is partial, as in V5: a query uses it only if its WHERE clause says the index's predicate
-- itself, written the same way ("deleted_at IS NULL AND status <> 'COMPLETED'", "deleted_at IS NOT NULL").

-- Open requests (live and not completed) are what "needs attention" is about. Ordered by due day, then id, so
-- that the dashboard's short lists are the first rows of an index scan and its counts are index-only scans:
-- overdue ("due_on < today") and due soon ("due_on BETWEEN today AND tomorrow").
CREATE INDEX client_request_open_due_idx ON client_request (due_on, id)
    WHERE deleted_at IS NULL AND status <> 'COMPLETED';
-- The same per owner: "my open requests" (owner_id = ?) and unassigned ones (owner_id IS NULL), most pressing
-- first.
CREATE INDEX client_request_open_owner_due_idx ON client_request (owner_id, due_on, id)
    WHERE deleted_at IS NULL AND status <> 'COMPLETED';
-- Open requests nobody touched for a while ("updated_at < ?"), the stalest first. V5's index on updated_at
-- holds completed requests too, which are most of the old ones.
CREATE INDEX client_request_open_updated_idx ON client_request (updated_at, id)
    WHERE deleted_at IS NULL AND status <> 'COMPLETED';

-- The trash: items of every kind, newest deletion first, paged by keyset on (deleted_at, id). Each table's
-- part of the list is the first rows of its own index, merged by the query.
CREATE INDEX client_trash_idx ON client (deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL;
CREATE INDEX request_type_trash_idx ON request_type (deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL;
CREATE INDEX client_request_trash_idx ON client_request (deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL;
CREATE INDEX contact_record_trash_idx ON contact_record (deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL;
