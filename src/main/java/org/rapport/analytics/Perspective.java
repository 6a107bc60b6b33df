package org.rapport.analytics;

import java.util.Locale;

/** Who rated the alliance: the observer (WAI-O-S), the client or the therapist (self-report). */
public enum Perspective {
    OBSERVER, CLIENT, THERAPIST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
