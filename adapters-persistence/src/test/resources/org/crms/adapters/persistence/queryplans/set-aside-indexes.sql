-- Before a bulk load into the two large tables: remembers their secondary indexes and foreign keys, exactly as
-- the migrations made them, and drops them. Maintaining ten indexes and six foreign-key checks row by row costs
-- more than building them once afterwards (restore-indexes.sql, on the same connection). Primary keys and unique
-- constraints stay.
CREATE TEMPORARY TABLE set_aside (ddl text NOT NULL, step int NOT NULL);

INSERT INTO set_aside (ddl, step)
SELECT pg_get_indexdef(i.indexrelid), 1
FROM pg_index i
WHERE i.indrelid IN ('client_request'::regclass, 'contact_record'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
UNION ALL
SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)), 2
FROM pg_constraint c
WHERE c.contype = 'f' AND c.conrelid IN ('client_request'::regclass, 'contact_record'::regclass);

DO $$
DECLARE
    item record;
BEGIN
    FOR item IN SELECT conrelid::regclass AS tab, conname FROM pg_constraint
                WHERE contype = 'f' AND conrelid IN ('client_request'::regclass, 'contact_record'::regclass) LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', item.tab, item.conname);
    END LOOP;
    FOR item IN SELECT i.indexrelid::regclass AS idx FROM pg_index i
                WHERE i.indrelid IN ('client_request'::regclass, 'contact_record'::regclass)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) LOOP
        EXECUTE format('DROP INDEX %s', item.idx);
    END LOOP;
END $$;
