-- PostgreSQL only, before the shared migrations: the two H2 names that schema 1 and 2 use. V1 (never edited) makes
-- codebook.content a BLOB, which PostgreSQL lacks; V2 turns it into text with H2's UTF8TOSTRING. A server project
-- starts empty, so these only have to make V1 and V2 run (docs/decisions/0005-store-seam.md).
CREATE DOMAIN blob AS bytea;
CREATE FUNCTION utf8tostring(bytes bytea) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT convert_from(bytes, 'UTF8') $$;
