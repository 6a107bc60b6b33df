package org.rapport.agreement.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How codings on the time line are turned into units to compare raters on (docs/unit-alignment.md). */
public enum AlignmentMethod {
    UTTERANCE("utterance"), TIME_SLICE("time-slice"), EVENT("event");

    private final String key;

    AlignmentMethod(String key) {
        this.key = key;
    }

    /** The command-line name. */
    public String key() {
        return key;
    }

    public static Optional<AlignmentMethod> fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key.equals(k)).findFirst();
    }
}
