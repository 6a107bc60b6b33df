package org.rapport.model.rater;

import java.util.List;
import java.util.Locale;

/**
 * What a rater may do: observers code blind; supervisors and masters may see others' codings. A consensus rater is
 * not a person: it holds the consensus coding that supervisors settle from other raters' codings (docs/workspace.md).
 */
public enum RaterRole {
    OBSERVER, SUPERVISOR, MASTER, CONSENSUS;

    /** The roles a person can have (who codes, or supervises). */
    public static final List<RaterRole> PEOPLE = List.of(OBSERVER, SUPERVISOR, MASTER);

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canSeeOthers() {
        return this != OBSERVER;
    }

    /** Supervisors and masters: they see every rater's work, compute reliability and settle consensus. */
    public boolean supervises() {
        return this == SUPERVISOR || this == MASTER;
    }

    public boolean isPerson() {
        return this != CONSENSUS;
    }

    public static RaterRole fromKey(String key) {
        for (RaterRole r : values()) if (r.key().equalsIgnoreCase(key == null ? "" : key.trim())) return r;
        return null;
    }
}
