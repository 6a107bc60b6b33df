package org.rapport.codebook;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for a code's default hotkey: one character, or F1..F12; never a key the player needs.
 * Hotkeys are case-insensitive (Q and q are the same key) and stored in lower case.
 */
final class Hotkeys {
    private static final String ARROW = "arrow key";
    /** Keys the player binds (see docs/codebook-format.md), by every name a codebook might use for them. */
    private static final Map<String, String> RESERVED = Map.ofEntries(
            Map.entry("i", "mark in"), Map.entry("o", "mark out"),
            Map.entry(" ", "play/pause"), Map.entry("space", "play/pause"),
            Map.entry(",", "frame step back"), Map.entry("comma", "frame step back"),
            Map.entry(".", "frame step forward"), Map.entry("period", "frame step forward"),
            Map.entry("[", "slower"), Map.entry("]", "faster"),
            Map.entry("left", ARROW), Map.entry("right", ARROW),
            Map.entry("up", ARROW), Map.entry("down", ARROW),
            Map.entry("arrowleft", ARROW), Map.entry("arrowright", ARROW),
            Map.entry("arrowup", ARROW), Map.entry("arrowdown", ARROW));
    private static final Pattern FUNCTION_KEY = Pattern.compile("f([1-9]|1[0-2])");

    private Hotkeys() {
    }

    /** The canonical key; a reserved or malformed key is a BadInputException at the given line. */
    static String canonical(String written, Section where, int line) {
        String key = written.toLowerCase(Locale.ROOT);
        String use = RESERVED.get(key);
        if (use != null) {
            throw where.error(line, where.what() + ": hotkey \"" + written + "\" is reserved by the player (" + use
                    + "); reserved keys are i, o, space, comma, period, [, ] and the arrow keys");
        }
        if (key.codePointCount(0, key.length()) == 1) return key;
        if (FUNCTION_KEY.matcher(key).matches()) return key.toUpperCase(Locale.ROOT);
        throw where.error(line, where.what() + ": hotkey \"" + written
                + "\" is not a key: use one character (a letter, digit or sign) or F1 to F12");
    }
}
