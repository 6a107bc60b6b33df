-- The ELAN tier a participant's speech was read from, when its name differs from the label, so an exported EAF
-- file keeps the tier names the lab gave it (docs/transcript-formats.md). NULL for every other source.
ALTER TABLE participant ADD COLUMN tier VARCHAR(200);
