-- Rapport project store, schema 7: no text a user supplies may start with <html>, the prefix that makes Swing
-- render a label, list cell or tooltip as HTML (and fetch any image it names). The database refuses it, so no
-- client, psql included, can put markup in front of another user (docs/decisions/0011, "Output that cannot harm").
-- Older values that start so get a leading space: they are then shown as the plain text they are.

UPDATE session SET name = ' ' || name WHERE LOWER(SUBSTRING(name, 1, 6)) = '<html>';
UPDATE session SET client_id = ' ' || client_id WHERE LOWER(SUBSTRING(client_id, 1, 6)) = '<html>';
UPDATE session SET therapist = ' ' || therapist WHERE LOWER(SUBSTRING(therapist, 1, 6)) = '<html>';
UPDATE participant SET label = ' ' || label WHERE LOWER(SUBSTRING(label, 1, 6)) = '<html>';
UPDATE utterance SET speaker = ' ' || speaker WHERE LOWER(SUBSTRING(speaker, 1, 6)) = '<html>';
UPDATE utterance SET text = ' ' || text WHERE LOWER(SUBSTRING(text, 1, 6)) = '<html>';
UPDATE rater SET name = ' ' || name WHERE LOWER(SUBSTRING(name, 1, 6)) = '<html>';
UPDATE coding SET note = ' ' || note WHERE LOWER(SUBSTRING(note, 1, 6)) = '<html>';
UPDATE consensus_item SET reason = ' ' || reason WHERE LOWER(SUBSTRING(reason, 1, 6)) = '<html>';

ALTER TABLE session ADD CONSTRAINT session_name_plain CHECK (LOWER(SUBSTRING(name, 1, 6)) <> '<html>');
ALTER TABLE session ADD CONSTRAINT session_client_plain
    CHECK (client_id IS NULL OR LOWER(SUBSTRING(client_id, 1, 6)) <> '<html>');
ALTER TABLE session ADD CONSTRAINT session_therapist_plain
    CHECK (therapist IS NULL OR LOWER(SUBSTRING(therapist, 1, 6)) <> '<html>');
ALTER TABLE participant ADD CONSTRAINT participant_label_plain CHECK (LOWER(SUBSTRING(label, 1, 6)) <> '<html>');
ALTER TABLE utterance ADD CONSTRAINT utterance_speaker_plain CHECK (LOWER(SUBSTRING(speaker, 1, 6)) <> '<html>');
ALTER TABLE utterance ADD CONSTRAINT utterance_text_plain CHECK (LOWER(SUBSTRING(text, 1, 6)) <> '<html>');
ALTER TABLE rater ADD CONSTRAINT rater_name_plain CHECK (LOWER(SUBSTRING(name, 1, 6)) <> '<html>');
ALTER TABLE coding ADD CONSTRAINT coding_note_plain CHECK (note IS NULL OR LOWER(SUBSTRING(note, 1, 6)) <> '<html>');
ALTER TABLE consensus_item ADD CONSTRAINT consensus_reason_plain
    CHECK (reason IS NULL OR LOWER(SUBSTRING(reason, 1, 6)) <> '<html>');
