package org.rapport.model.rater;

import java.util.Locale;

/** What a rater may do: observers code blind; supervisors and masters may see others' codings. */
public enum RaterRole {
    OBSERVER, SUPERVISOR, MASTER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canSeeOthers() {
        return this != OBSERVER;
    }

    public static RaterRole fromKey(String key) {
        for (RaterRole r : values()) if (r.key().equalsIgnoreCase(key == null ? "" : key.trim())) return r;
        return null;
    }
}
