package org.rapport.model.rater;

import java.util.List;
import java.util.Locale;

/**
 * What a rater may do: observers code blind; supervisors and masters may see others' codings. A consensus rater is
 * not a person: it holds the consensus coding that supervisors settle from other raters' codings (docs/workspace.md).
 * Client and therapist raters are not coders either: they hold the alliance questionnaires clients and therapists
 * filled in about their own sessions (WAI-SR style self-reports, imported as ratings; docs/analytics.md).
 */
public enum RaterRole {
    OBSERVER, SUPERVISOR, MASTER, CONSENSUS, CLIENT, THERAPIST;

    /** The roles a person can have (who codes, or supervises). */
    public static final List<RaterRole> PEOPLE = List.of(OBSERVER, SUPERVISOR, MASTER);

    /** The perspectives of self-reported alliance: a rater of one of these roles holds questionnaire answers. */
    public static final List<RaterRole> SELF_REPORT = List.of(CLIENT, THERAPIST);

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canSeeOthers() {
        return this == SUPERVISOR || this == MASTER || this == CONSENSUS;
    }

    /** Supervisors and masters: they see every rater's work, compute reliability and settle consensus. */
    public boolean supervises() {
        return this == SUPERVISOR || this == MASTER;
    }

    /** A person who codes or supervises in Rapport (not a consensus, nor a self-report's client or therapist). */
    public boolean isPerson() {
        return PEOPLE.contains(this);
    }

    /** A client or therapist whose own alliance ratings are imported. */
    public boolean isSelfReport() {
        return SELF_REPORT.contains(this);
    }

    public static RaterRole fromKey(String key) {
        for (RaterRole r : values()) if (r.key().equalsIgnoreCase(key == null ? "" : key.trim())) return r;
        return null;
    }
}
