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

-- Audited by the trigger of schema 5 (rapport_audit), which records the whole row of these tables.
CREATE TRIGGER consensus_audit AFTER INSERT OR UPDATE OR DELETE ON consensus
    FOR EACH ROW EXECUTE FUNCTION rapport_audit();
CREATE TRIGGER consensus_item_audit AFTER INSERT OR UPDATE OR DELETE ON consensus_item
    FOR EACH ROW EXECUTE FUNCTION rapport_audit();
