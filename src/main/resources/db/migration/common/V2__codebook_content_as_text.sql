-- Rapport project store, schema 2: a codebook's YAML is kept as text (it was a BLOB, a type PostgreSQL lacks).
-- Codebook files are UTF-8 (the loader accepts nothing else), so decoding the stored bytes is exact.
-- UTF8TOSTRING is H2's: only H2 projects can hold schema-1 rows. A PostgreSQL store, which starts empty, defines
-- the same name (and the BLOB of schema 1) before the migrations run (docs/decisions/0005-store-seam.md).

ALTER TABLE codebook ADD COLUMN content_text VARCHAR;
UPDATE codebook SET content_text = UTF8TOSTRING(content);
ALTER TABLE codebook ALTER COLUMN content_text SET NOT NULL;
ALTER TABLE codebook DROP COLUMN content;
ALTER TABLE codebook RENAME COLUMN content_text TO content;
