package org.rapport.codebook;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.rapport.model.BadInputException;

/** Remembers where each id (or hotkey) was first declared, so a repeat names both places. */
final class UniqueNames {
    private record First(String owner, int line) {
    }

    private final String source;
    private final String noun;
    private final boolean ignoreCase;
    private final Map<String, First> seen = new HashMap<>();

    /** @param noun how messages call the value: "id", "group id", "hotkey" */
    UniqueNames(String source, String noun, boolean ignoreCase) {
        this.source = source;
        this.noun = noun;
        this.ignoreCase = ignoreCase;
    }

    /** @param owner what declares it, for the message ("code w-denial") */
    void add(String value, String owner, int line) {
        String key = ignoreCase ? value.toLowerCase(Locale.ROOT) : value;
        First first = seen.get(key);
        if (first != null) {
            throw new BadInputException(source, line, "duplicate " + noun + " \"" + value + "\" (also used by "
                    + first.owner() + " at line " + first.line() + ")");
        }
        seen.put(key, new First(owner, line));
    }

    boolean contains(String value) {
        return seen.containsKey(ignoreCase ? value.toLowerCase(Locale.ROOT) : value);
    }
}
