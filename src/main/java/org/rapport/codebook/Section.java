package org.rapport.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.rapport.model.BadInputException;
import org.rapport.model.Limits;
import org.rapport.model.session.Role;

/**
 * One mapping of the codebook (the file itself, a code, a scale ...) read with typed accessors that report
 * missing or mistyped values with the file, the line and what was expected.
 */
final class Section {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String source;
    private final String what;
    private final YamlNode.Mapping mapping;

    private Section(String source, String what, YamlNode.Mapping mapping) {
        this.source = source;
        this.what = what;
        this.mapping = mapping;
    }

    /** @param what how messages name this part, e.g. "code" or "scale wai04" */
    static Section of(String source, String what, YamlNode node) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new BadInputException(source, node.line(), what + " must be " + YamlNode.MAPPING_WORD + ", not " + node.kind());
        }
        return new Section(source, what, m);
    }

    /** Same mapping, named differently in messages (once its id is known). */
    Section named(String newWhat) {
        return new Section(source, newWhat, mapping);
    }

    int line() {
        return mapping.line();
    }

    /** Rejects keys this part does not know, so a typo ("hotkye") is not silently ignored. */
    void allowOnly(Set<String> known) {
        for (String key : mapping.values().keySet()) {
            if (!known.contains(key)) {
                throw error(mapping.keyLines().get(key), "unknown key \"" + key + "\" in " + what
                        + " (known keys: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /**
     * For an entry with an id (code, scale, group ...): checks its keys, registers the id and returns the section
     * named "noun id" for later messages.
     */
    Section identified(Set<String> known, String noun, UniqueNames ids) {
        allowOnly(known);
        String id = requiredId("id");
        Section named = named(noun + " " + id);
        ids.add(id, named.what(), lineOf("id"));
        return named;
    }

    boolean has(String key) {
        return mapping.values().containsKey(key);
    }

    /** Line of the key's value, or of this mapping when the key is absent. */
    int lineOf(String key) {
        YamlNode node = mapping.values().get(key);
        return node == null ? mapping.line() : node.line();
    }

    String requiredText(String key) {
        String text = optionalText(key);
        if (text == null) {
            YamlNode node = mapping.values().get(key);
            if (node == null) throw error(mapping.line(), what + " has no \"" + key + "\"");
            throw error(node.line(), what + ": \"" + key + "\" is empty");
        }
        return text;
    }

    /** The trimmed text, refused when longer than limit characters or holding control characters. */
    String requiredText(String key, int limit) {
        String text = requiredText(key);
        String problem = Limits.textProblem(what + ": \"" + key + "\"", text, limit, false);
        if (problem != null) throw error(lineOf(key), problem);
        return text;
    }

    /** The trimmed text, or null when the key is absent or empty. */
    String optionalText(String key) {
        YamlNode node = mapping.values().get(key);
        if (node == null) return null;
        if (!(node instanceof YamlNode.Scalar s)) {
            throw error(node.line(), what + ": \"" + key + "\" must be a single value, not " + node.kind());
        }
        String text = s.text().strip();
        return text.isEmpty() ? null : text;
    }

    /** An id: letters, digits, '.', '_' and '-', because ids become column names in exports. */
    String requiredId(String key) {
        String id = requiredText(key, Limits.ID);
        if (!ID.matcher(id).matches()) {
            throw error(lineOf(key), what + ": id \"" + id
                    + "\" may contain only letters, digits, '.', '_' and '-' (and must start with a letter or digit)");
        }
        return id;
    }

    /** A value from a fixed list (kind, level), written in any case. */
    <E extends Enum<E>> E requiredChoice(String key, Class<E> type) {
        String text = requiredText(key);
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) return value;
        }
        List<String> allowed = new ArrayList<>();
        for (E value : type.getEnumConstants()) allowed.add(value.name().toLowerCase(Locale.ROOT));
        throw error(lineOf(key), what + ": unknown " + key + " \"" + text + "\" (use one of: "
                + String.join(", ", allowed) + ")");
    }

    /**
     * {@code applies_to}: whose speech a code or group applies to, client or therapist; null when absent.
     */
    Role optionalSpeaker(String key) {
        String text = optionalText(key);
        if (text == null) return null;
        Role role = Role.fromKey(text);
        if (role != Role.CLIENT && role != Role.THERAPIST) {
            throw error(lineOf(key), what + ": unknown " + key + " \"" + text + "\" (use client or therapist)");
        }
        return role;
    }

    /** The value exactly as written (a hotkey may be a single space), or null when absent or not a single value. */
    String rawText(String key) {
        return mapping.values().get(key) instanceof YamlNode.Scalar s ? s.text() : null;
    }

    int requiredInt(String key) {
        String text = requiredText(key);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(lineOf(key), what + ": \"" + key + "\" must be a whole number, not \"" + text + "\"");
        }
    }

    boolean optionalBoolean(String key, boolean absent) {
        String text = optionalText(key);
        if (text == null) return absent;
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(lineOf(key), what + ": \"" + key + "\" must be true or false, not \"" + text + "\"");
        };
    }

    /** A list of mappings (codes, scales ...); an absent key is an empty list. */
    List<Section> sections(String key, String itemWhat) {
        YamlNode node = mapping.values().get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.text().isBlank()) return List.of();
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw error(node.line(), what + ": \"" + key + "\" must be a list (lines starting with \"- \"), not "
                    + node.kind());
        }
        List<Section> items = new ArrayList<>();
        for (YamlNode item : seq.items()) items.add(of(source, itemWhat, item));
        return items;
    }

    /** A mapping nested under a key (anchors), or null when absent. */
    YamlNode.Mapping optionalMapping(String key) {
        YamlNode node = mapping.values().get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.text().isBlank()) return null;
        if (!(node instanceof YamlNode.Mapping m)) {
            throw error(node.line(), what + ": \"" + key + "\" must be " + YamlNode.MAPPING_WORD + ", not " + node.kind());
        }
        return m;
    }

    /** A mapping nested under a key read as a section named {@code nestedWhat}, or null when absent. */
    Section optionalSection(String key, String nestedWhat) {
        YamlNode.Mapping m = optionalMapping(key);
        return m == null ? null : new Section(source, nestedWhat, m);
    }

    /** A finite decimal number ("0.70", ".7"). */
    double requiredNumber(String key) {
        String text = requiredText(key);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(lineOf(key), what + ": \"" + key + "\" must be a number, not \"" + text + "\"");
    }

    BadInputException error(int line, String problem) {
        return new BadInputException(source, line, problem);
    }

    String what() {
        return what;
    }
}
