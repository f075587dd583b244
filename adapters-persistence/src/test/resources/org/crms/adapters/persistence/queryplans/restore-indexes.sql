-- After the bulk load: builds the indexes and foreign keys set-aside-indexes.sql dropped, from the definitions it
-- kept, indexes first so that validating a foreign key can use them.
SET maintenance_work_mem = '128MB';

DO $$
DECLARE
    item record;
BEGIN
    FOR item IN SELECT ddl FROM set_aside ORDER BY step LOOP
        EXECUTE item.ddl;
    END LOOP;
END $$;

DROP TABLE set_aside;
