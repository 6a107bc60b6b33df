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

-- The audit trigger records the import batch of the row it audits, so a staged import's audit rows are hidden
-- with its rows until it is published, and go with them when a stale one is discarded.
CREATE OR REPLACE FUNCTION rapport_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    said text := current_setting('rapport.acting_rater', true);
    acting bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM public.team_grant WHERE login = session_user) AND said IS NOT NULL AND said <> '' THEN
        acting := said::bigint;
    ELSE
        acting := (SELECT id FROM public.rater WHERE login = session_user);
    END IF;
    INSERT INTO public.audit_log (at, rater_id, action, entity, entity_id, before_json, after_json, login,
                                  import_batch_id)
    VALUES (clock_timestamp(), acting, lower(TG_OP), TG_TABLE_NAME,
            CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
            CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE rapport_audit_json(TG_TABLE_NAME, OLD) END,
            CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE rapport_audit_json(TG_TABLE_NAME, NEW) END,
            session_user,
            -- read through JSON: a table without the column (consensus) gives NULL instead of an error
            (to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> 'import_batch_id')::bigint);
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION rapport_audit() FROM PUBLIC;
