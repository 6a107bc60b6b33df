-- PostgreSQL only: staged imports (schema 4, docs/decisions/0011) on a server project.
-- Staff run imports, so they write import batches. Every rater reads only a batch's id and state, which is what
-- the visibility rule needs (a row of an unpublished batch is not shown); the file, who ran it and how many rows
-- it wrote stay with the staff.
DO $$
DECLARE
    raters text := (SELECT meta_value FROM project_meta WHERE meta_key = 'rater_group');
    staff  text := (SELECT meta_value FROM project_meta WHERE meta_key = 'staff_group');
BEGIN
    EXECUTE format('GRANT SELECT (id, state) ON import_batch TO %I', raters);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON import_batch TO %I', staff);
END $$;
