-- PostgreSQL only: consensus (schema 6, docs/decisions/0014) on a server project. A consensus holds every source
-- rater's codes, so only the staff (supervisors, masters, the admin) may read or change it: the rater group has no
-- right on these tables at all. Its changes are audited by the database, like codings and ratings.
DO $$
DECLARE
    staff text := (SELECT meta_value FROM project_meta WHERE meta_key = 'staff_group');
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON consensus, consensus_source, consensus_item TO %I',
        staff);
END $$;

-- The audit rows of consensus and consensus items carry the whole row.
CREATE OR REPLACE FUNCTION rapport_audit_json(entity text, r record) RETURNS text LANGUAGE plpgsql STABLE
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
        out := row_to_json(r)::text;
    END IF;
    RETURN out;
END $$;

CREATE TRIGGER consensus_audit AFTER INSERT OR UPDATE OR DELETE ON consensus
    FOR EACH ROW EXECUTE FUNCTION rapport_audit();
CREATE TRIGGER consensus_item_audit AFTER INSERT OR UPDATE OR DELETE ON consensus_item
    FOR EACH ROW EXECUTE FUNCTION rapport_audit();
