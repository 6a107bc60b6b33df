-- Rapport project store, schema 5: who is who, and edits that cannot silently overwrite each other
-- (docs/decisions/0012-server-projects-on-postgresql.md, 0013-file-project-identities-and-encryption.md).

-- Counts the changes of a coding: an edit made from an older copy is refused as a conflict.
ALTER TABLE coding ADD COLUMN row_version INT DEFAULT 1 NOT NULL;

-- A rater's database login on a server project (NULL on a file project), and on a file project the salted slow
-- hash of a protected role's password (NULL: the role is not protected).
ALTER TABLE rater ADD COLUMN login VARCHAR(63);
ALTER TABLE rater ADD COLUMN password_hash VARCHAR(500);
CREATE UNIQUE INDEX rater_by_login ON rater (login);

-- Who made a change as the engine knows them: the server login on PostgreSQL, the user of the computer on a file
-- project; rater_id stays the rater acting.
ALTER TABLE audit_log ADD COLUMN login VARCHAR(63);
