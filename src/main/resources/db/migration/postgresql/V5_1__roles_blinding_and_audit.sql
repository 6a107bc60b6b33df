-- PostgreSQL only: who may see and change what, enforced by the database for every SQL client (psql included),
-- and the audit trail written by the database with the real login (docs/decisions/0012-server-projects-on-postgresql.md).
--
-- Every rater logs in with a login role of their own (rater.login). A rater whose login is in team_grant
-- (supervisors, masters, and the admin who ran `rapport init`) sees every rater's work; any other rater sees and
-- changes only their own codings, ratings, assignments and workspace state, and only while their assignment is not
-- complete. Row-level security is forced, so it holds for the tables' owner as well; only a superuser bypasses it.

-- Names are compared as Java compares them (code points), whatever the database's collation, so lists come in the
-- order a file project gives them.
ALTER TABLE session ALTER COLUMN name TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE rater ALTER COLUMN name TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE codebook ALTER COLUMN codebook_id TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE codebook ALTER COLUMN version TYPE VARCHAR(50) COLLATE "C";
ALTER TABLE coding ALTER COLUMN codebook_id TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE coding ALTER COLUMN code_id TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE rating ALTER COLUMN codebook_id TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE rating ALTER COLUMN item_id TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE assignment ALTER COLUMN codebook_id TYPE VARCHAR(100) COLLATE "C";

-- The logins that see everyone's work. Written by the admin only (through `rapport raters --add`).
CREATE TABLE team_grant (
    login VARCHAR(63) PRIMARY KEY,
    role  VARCHAR(30) NOT NULL CHECK (role IN ('ADMIN', 'SUPERVISOR', 'MASTER'))
);
INSERT INTO team_grant (login, role) VALUES (current_user, 'ADMIN');

-- Names are schema-qualified and the search path fixed, so a rater's temporary table cannot stand in for these.
CREATE FUNCTION rapport_rater_id() RETURNS bigint LANGUAGE sql STABLE SET search_path = public, pg_temp
    AS $$ SELECT id FROM public.rater WHERE login = current_user $$;
CREATE FUNCTION rapport_sees_all() RETURNS boolean LANGUAGE sql STABLE SET search_path = public, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM public.team_grant WHERE login = current_user) $$;
-- True when the rater's assignment of the session with the codebook is complete: then their work there is read-only.
CREATE FUNCTION rapport_completed(s bigint, r bigint, cb varchar) RETURNS boolean LANGUAGE sql STABLE
    SET search_path = public, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM public.assignment a WHERE a.session_id = s AND a.rater_id = r
                         AND a.codebook_id = cb AND a.status = 'COMPLETE') $$;

-- The group roles of this project: every rater's login is a member of the first, supervisors' of the second too.
DO $$
DECLARE
    raters text := left('rapport_' || current_database(), 57);
    staff  text := left('rapport_' || current_database(), 57) || '_staff';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = raters) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', raters);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = staff) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', staff);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), raters, staff);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I', raters, staff);
    EXECUTE format('GRANT SELECT ON session, participant, utterance, codebook, rater, project_meta, team_grant,'
        || ' flyway_schema_history TO %I', raters);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON coding, rating, workspace_state TO %I', raters);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON assignment TO %I', raters);
    EXECUTE format('GRANT SELECT ON audit_log TO %I', raters);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON session, participant, utterance, codebook, rater,'
        || ' project_meta, assignment TO %I', staff);
    INSERT INTO project_meta (meta_key, meta_value) VALUES ('rater_group', raters), ('staff_group', staff);
END $$;

-- Codings, ratings, assignments: everyone's for team_grant logins, else the rater's own, and writable only while
-- the rater's assignment is not complete.
ALTER TABLE coding ENABLE ROW LEVEL SECURITY;
ALTER TABLE coding FORCE ROW LEVEL SECURITY;
CREATE POLICY coding_read ON coding FOR SELECT
    USING (rater_id = (SELECT rapport_rater_id()) OR (SELECT rapport_sees_all()));
CREATE POLICY coding_add ON coding FOR INSERT WITH CHECK ((SELECT rapport_sees_all())
    OR (rater_id = (SELECT rapport_rater_id()) AND NOT rapport_completed(session_id, rater_id, codebook_id)));
CREATE POLICY coding_change ON coding FOR UPDATE
    USING ((SELECT rapport_sees_all())
        OR (rater_id = (SELECT rapport_rater_id()) AND NOT rapport_completed(session_id, rater_id, codebook_id)))
    WITH CHECK ((SELECT rapport_sees_all()) OR rater_id = (SELECT rapport_rater_id()));
CREATE POLICY coding_remove ON coding FOR DELETE USING ((SELECT rapport_sees_all())
    OR (rater_id = (SELECT rapport_rater_id()) AND NOT rapport_completed(session_id, rater_id, codebook_id)));

ALTER TABLE rating ENABLE ROW LEVEL SECURITY;
ALTER TABLE rating FORCE ROW LEVEL SECURITY;
CREATE POLICY rating_read ON rating FOR SELECT
    USING (rater_id = (SELECT rapport_rater_id()) OR (SELECT rapport_sees_all()));
CREATE POLICY rating_add ON rating FOR INSERT WITH CHECK ((SELECT rapport_sees_all())
    OR (rater_id = (SELECT rapport_rater_id()) AND NOT rapport_completed(session_id, rater_id, codebook_id)));
CREATE POLICY rating_change ON rating FOR UPDATE
    USING ((SELECT rapport_sees_all())
        OR (rater_id = (SELECT rapport_rater_id()) AND NOT rapport_completed(session_id, rater_id, codebook_id)))
    WITH CHECK ((SELECT rapport_sees_all()) OR rater_id = (SELECT rapport_rater_id()));
CREATE POLICY rating_remove ON rating FOR DELETE USING ((SELECT rapport_sees_all())
    OR (rater_id = (SELECT rapport_rater_id()) AND NOT rapport_completed(session_id, rater_id, codebook_id)));

ALTER TABLE assignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE assignment FORCE ROW LEVEL SECURITY;
CREATE POLICY assignment_read ON assignment FOR SELECT
    USING (rater_id = (SELECT rapport_rater_id()) OR (SELECT rapport_sees_all()));
CREATE POLICY assignment_add ON assignment FOR INSERT
    WITH CHECK (rater_id = (SELECT rapport_rater_id()) OR (SELECT rapport_sees_all()));
-- a rater may move their own assignment on (to complete), but only a supervisor reopens a complete one
CREATE POLICY assignment_change ON assignment FOR UPDATE
    USING ((SELECT rapport_sees_all()) OR (rater_id = (SELECT rapport_rater_id()) AND status <> 'COMPLETE'))
    WITH CHECK ((SELECT rapport_sees_all()) OR rater_id = (SELECT rapport_rater_id()));
CREATE POLICY assignment_remove ON assignment FOR DELETE USING ((SELECT rapport_sees_all()));

ALTER TABLE workspace_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE workspace_state FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_state_own ON workspace_state FOR ALL
    USING (rater_id = (SELECT rapport_rater_id()) OR (SELECT rapport_sees_all()))
    WITH CHECK (rater_id = (SELECT rapport_rater_id()) OR (SELECT rapport_sees_all()));

-- The audit trail: written by the trigger below only (raters have no INSERT, UPDATE or DELETE right on it), read
-- by its own login, or by everyone's for team_grant logins. No policy allows UPDATE or DELETE at all.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit_log FOR SELECT USING (login = current_user OR (SELECT rapport_sees_all()));
CREATE POLICY audit_written_by_trigger ON audit_log FOR INSERT WITH CHECK ((SELECT rapport_sees_all()));

-- A double as Java's JSON writer spells it (5.0, not 5), so both engines' audit rows read alike.
CREATE FUNCTION rapport_json_double(v double precision) RETURNS json LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN v IS NULL THEN 'null'::json
                      WHEN v = trunc(v) AND abs(v) < 1e15 THEN (trunc(v)::bigint::text || '.0')::json
                      ELSE to_json(v) END $$;

CREATE FUNCTION rapport_audit_json(entity text, r record) RETURNS text LANGUAGE plpgsql STABLE
    SET search_path = public, pg_temp AS $$
DECLARE
    out text;
BEGIN
    IF r IS NULL THEN RETURN NULL; END IF;
    IF entity = 'coding' THEN
        SELECT row_to_json(x)::text INTO out FROM (SELECT r.id AS id, r.session_id AS session_id,
            r.rater_id AS rater_id, r.codebook_id || '@' || r.codebook_version AS codebook, r.code_id AS code,
            r.start_ms AS start_ms, r.end_ms AS end_ms, r.first_utterance AS first_utterance,
            r.last_utterance AS last_utterance, rapport_json_double(r.coded_value) AS value, r.note AS note) x;
    ELSIF entity = 'rating' THEN
        SELECT row_to_json(x)::text INTO out FROM (SELECT r.id AS id, r.session_id AS session_id,
            r.rater_id AS rater_id, r.codebook_id || '@' || r.codebook_version AS codebook, r.item_id AS item,
            NULLIF(r.segment, -1) AS segment, rapport_json_double(r.rated_value) AS value) x;
    ELSE
        out := row_to_json(r)::text; -- other audited tables (consensus, schema 6) carry the whole row
    END IF;
    RETURN out;
END $$;

-- One row per insert, update and delete of a coding or rating, with the login that made it. The acting rater is
-- the login's own rater, except that a team_grant login may say whom it acts for (an import of others' codings).
CREATE FUNCTION rapport_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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
            -- the row's import batch (schema 4), so a staged import's audit rows are hidden with its rows; read
            -- through JSON, a table without the column (consensus) gives NULL instead of an error
            (to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> 'import_batch_id')::bigint);
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION rapport_audit() FROM PUBLIC;
CREATE TRIGGER coding_audit AFTER INSERT OR UPDATE OR DELETE ON coding FOR EACH ROW EXECUTE FUNCTION rapport_audit();
CREATE TRIGGER rating_audit AFTER INSERT OR UPDATE OR DELETE ON rating FOR EACH ROW EXECUTE FUNCTION rapport_audit();
