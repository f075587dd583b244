-- Reading the audit trail (an item's history, the global log), keeping the application from rewriting it, and
-- the sort orders of the client and request type lists.
--
-- The conventions of V1 hold here too. Nothing below rewrites a table; the indexes are built once, while the
-- tables are still small.

-- ---- The audit log ---------------------------------------------------------------------------------------------
--
-- Every read is newest first and paged by keyset on (occurred_at, id): "WHERE (occurred_at, id) < (?, ?) ORDER BY
-- occurred_at DESC, id DESC". Each filter has an index that leads with the filtered column and then gives that
-- order, so a page costs the same at the end of a long trail as at its start:
--   no filter, or only a period          audit_event_recent_idx (V1)
--   by actor                             audit_event_actor_idx (V2)
--   by item (an item's history)          audit_event_item_recent_idx (below)
--   by item type                         audit_event_item_type_idx (below)
--   by action                            audit_event_action_idx (below)

-- An item's history ("item_id = ? AND item_type = ?"). V1's index lacked the id, so pages of events of one
-- instant needed a sort. The id leads, so that the filter by item id alone is served too (an item's few
-- events are then sorted, which costs nothing).
CREATE INDEX audit_event_item_recent_idx ON audit_event (item_id, item_type, occurred_at DESC, id DESC);
DROP INDEX audit_event_item_idx;

CREATE INDEX audit_event_item_type_idx ON audit_event (item_type, occurred_at DESC, id DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC, id DESC);

-- ---- Nobody rewrites history -----------------------------------------------------------------------------------
--
-- The append-only trigger of V1 refuses UPDATE and DELETE row by row, but a role that owns the table could drop
-- or disable the trigger, and TRUNCATE fires no row trigger at all. Privileges are the first fence: no role keeps
-- UPDATE, DELETE or TRUNCATE on audit_event, so the application's role can only insert and read. The trigger stays
-- as the second fence, for superusers and for the owner, who could grant the privileges back.
--
-- Who holds them depends on the installation: by default the role that migrates is the role that runs the
-- application and owns the table (revoking from an owner works in PostgreSQL); with a separate owner role (see
-- docs/operations.md) the application's role may hold them through default privileges. So they are revoked from
-- everyone who holds them: PUBLIC, the owner and every role granted any of them. Run as the owner (or a
-- superuser), as migrations are.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;

DO
$$
DECLARE
    holder text;
BEGIN
    FOR holder IN
        SELECT DISTINCT pg_get_userbyid(privilege.grantee)
        FROM pg_class AS audit,
             aclexplode(coalesce(audit.relacl, acldefault('r', audit.relowner))) AS privilege
        WHERE audit.oid = 'audit_event'::regclass
          AND privilege.grantee <> 0
          AND privilege.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I CASCADE', holder);
    END LOOP;
END;
$$;

-- ---- Sort orders of the client and request type lists ----------------------------------------------------------
--
-- Lists are ordered by name (V1, V5), by creation or by last change, either way, and paged by keyset on (key, id).
-- A B-tree serves both directions, so one index per key suffices. Partial, as the lists show live rows only.
CREATE INDEX client_live_created_id_idx ON client (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX client_live_updated_id_idx ON client (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX request_type_live_created_id_idx ON request_type (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX request_type_live_updated_id_idx ON request_type (updated_at, id) WHERE deleted_at IS NULL;
