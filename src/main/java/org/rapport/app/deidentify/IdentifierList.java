package org.rapport.app.deidentify;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.rapport.model.BadInputException;

/**
 * A project's list of identifiers to take out of exports (docs/exports.md, "De-identified exports"): one line per
 * person, place or number, {@code KIND: TERM, ALIAS, ...}, KIND one of name, place, number; the aliases of a line
 * share one pseudonym. Blank lines and lines starting with # are left out.
 */
public record IdentifierList(List<Identifier> identifiers) {
    /** The file a project keeps its list in, in the project folder. */
    public static final String FILE_NAME = "identifiers.txt";

    /** What an identifier is: it decides its pseudonym ({@code Name-3}) and its mask ({@code [NAME]}). */
    public enum Kind {
        NAME, PLACE, NUMBER;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line of the list: the terms that mean one person, place or number. */
    public record Identifier(Kind kind, List<String> terms) {
        public Identifier {
            terms = List.copyOf(terms);
        }
    }

    public IdentifierList {
        identifiers = List.copyOf(identifiers);
    }

    public static final IdentifierList EMPTY = new IdentifierList(List.of());

    /** Reads a list; every line is checked, the first bad one named with its line. */
    public static IdentifierList read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), null, "no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException(file.toString(), null, "not valid UTF-8");
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, "cannot be read: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Identifier> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            out.add(parse(line, file.toString(), i + 1));
        }
        return new IdentifierList(out);
    }

    private static Identifier parse(String line, String file, int lineNo) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new BadInputException(file, lineNo, "expected KIND: TERM, ALIAS... (KIND is name, place or number)");
        }
        String kindText = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.key().equals(kindText)).findFirst()
                .orElseThrow(() -> new BadInputException(file, lineNo, "unknown kind '" + kindText
                        + "': expected name, place or number"));
        List<String> terms = new ArrayList<>();
        for (String term : line.substring(colon + 1).split(",")) {
            String t = term.strip();
            if (t.isEmpty()) throw new BadInputException(file, lineNo, "an empty term (two commas, or none after the colon)");
            terms.add(t);
        }
        return new Identifier(kind, terms);
    }
}
