package org.rapport.app.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Role;
import org.rapport.transcript.ReadOptions;

/**
 * The sessions a batch import takes from a manifest: a CSV with a header naming some of the columns name,
 * transcript, media, client, therapist, number, date, roles (transcript is required), one session per row.
 * Paths are relative to the manifest's folder; an empty name is the transcript's file name without its extension;
 * roles are {@code SPEAKER=ROLE} pairs separated by semicolons. Every problem of the manifest is reported at once.
 */
public final class SessionManifest {
    /** The columns a manifest may have, in the order the docs list them. */
    public static final List<String> COLUMNS = List.of("name", "transcript", "media", "client", "therapist", "number",
            "date", "roles");

    private SessionManifest() {
    }

    /** The sessions of a manifest, each read with the given options. */
    public static List<SessionImport> read(Path manifest, ReadOptions reading) {
        String source = manifest.toString();
        Path folder = manifest.toAbsolutePath().getParent();
        List<SessionImport> sessions = new ArrayList<>();
        List<BadInputException> problems = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                     .get().parse(in)) {
            Map<String, Integer> column = null;
            for (CSVRecord rec : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (column == null) {
                    column = header(source, line, rec, problems);
                    if (!problems.isEmpty()) break;
                    continue;
                }
                Row row = new Row(source, line, rec, column, problems);
                SessionImport s = row.session(folder, reading);
                if (s != null) sessions.add(s);
            }
            if (column == null) problems.add(new BadInputException(source, null, "the manifest is empty: expected a"
                    + " header with the columns " + String.join(", ", COLUMNS)));
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, null, "manifest not found");
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(source, null, "cannot read the manifest: " + e.getMessage());
        } catch (IllegalStateException e) {
            // commons-csv reports malformed quoting this way
            throw new BadInputException(source, null, "not a valid CSV file: " + e.getMessage());
        }
        if (problems.isEmpty() && sessions.isEmpty()) problems.add(new BadInputException(source, null, "no sessions after the header"));
        if (!problems.isEmpty()) throw BadInputException.listing(problems, problems.size());
        return sessions;
    }

    private static Map<String, Integer> header(String source, int line, CSVRecord rec, List<BadInputException> problems) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < rec.size(); i++) {
            String name = rec.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new BadInputException(source, line, "unknown column '" + rec.get(i) + "' (the columns are "
                        + String.join(", ", COLUMNS) + ")"));
            } else if (column.putIfAbsent(name, i) != null) {
                problems.add(new BadInputException(source, line, "the column '" + name + "' is named twice"));
            }
        }
        if (!column.containsKey("transcript")) {
            problems.add(new BadInputException(source, line, "the manifest has no 'transcript' column"));
        }
        return column;
    }

    /** One row of the manifest, its problems added to the manifest's. */
    private record Row(String source, int line, CSVRecord rec, Map<String, Integer> column,
                       List<BadInputException> problems) {
        String get(String name) {
            Integer i = column.get(name);
            if (i == null || i >= rec.size()) return null;
            String v = rec.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        void problem(String text) {
            problems.add(new BadInputException(source, line, text));
        }

        SessionImport session(Path folder, ReadOptions reading) {
            int before = problems.size();
            if (rec.size() > column.size()) problem("expected " + column.size() + " cells as in the header, found " + rec.size());
            String transcript = get("transcript");
            if (transcript == null) problem("the transcript is empty");
            String media = get("media");
            Integer number = null;
            if (get("number") != null) {
                try {
                    number = Integer.valueOf(get("number"));
                } catch (NumberFormatException e) {
                    problem("the session number '" + get("number") + "' is not a whole number");
                }
            }
            LocalDate date = null;
            if (get("date") != null) {
                try {
                    date = LocalDate.parse(get("date"));
                } catch (DateTimeParseException e) {
                    problem("the date '" + get("date") + "' is not YYYY-MM-DD");
                }
            }
            Map<String, Role> roles = roles();
            if (problems.size() > before) return null;
            Path transcriptPath = folder.resolve(transcript);
            String name = get("name") != null ? get("name") : baseName(transcriptPath);
            return new SessionImport(name, transcriptPath, null, media == null ? null : folder.resolve(media), roles,
                    get("client"), get("therapist"), number, date, reading);
        }

        private Map<String, Role> roles() {
            Map<String, Role> roles = new LinkedHashMap<>();
            String spec = get("roles");
            if (spec == null) return roles;
            for (String pair : spec.split(";")) {
                if (pair.isBlank()) continue;
                int eq = pair.lastIndexOf('=');
                Role role = eq < 0 ? null : Role.fromKey(pair.substring(eq + 1));
                if (eq <= 0 || role == null) {
                    problem("roles: '" + pair.trim() + "' is not SPEAKER=ROLE with ROLE one of client, therapist,"
                            + " co-therapist, group-member, other");
                } else {
                    roles.put(pair.substring(0, eq).trim(), role);
                }
            }
            return roles;
        }
    }

    /** A session named after its transcript: "s01.vtt" is s01. */
    public static String baseName(Path transcript) {
        String file = transcript.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
