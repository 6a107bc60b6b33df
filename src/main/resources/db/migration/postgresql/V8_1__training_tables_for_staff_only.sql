-- PostgreSQL only: gold sessions and the reliability sample (schema 8, docs/decisions/0015) on a server project.
-- Which sessions are gold, who their reference is and which sessions were drawn for a second rater is what
-- observers must not know, so only the staff (supervisors, masters, the admin) may read or change these tables:
-- the rater group has no right on them at all, and a SELECT by an observer's login is refused. Their changes are
-- audited by the database like codings and ratings (the audit rows are the staff's: an observer reads only rows
-- of their own login).
DO $$
DECLARE
    staff text := (SELECT meta_value FROM project_meta WHERE meta_key = 'staff_group');
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON gold_session, reliability_sample,'
        || ' sample_session TO %I', staff);
END $$;

CREATE TRIGGER gold_session_audit AFTER INSERT OR UPDATE OR DELETE ON gold_session
    FOR EACH ROW EXECUTE FUNCTION rapport_audit();
CREATE TRIGGER reliability_sample_audit AFTER INSERT OR UPDATE OR DELETE ON reliability_sample
    FOR EACH ROW EXECUTE FUNCTION rapport_audit();
CREATE TRIGGER sample_session_audit AFTER INSERT OR UPDATE OR DELETE ON sample_session
    FOR EACH ROW EXECUTE FUNCTION rapport_audit();
