package org.rapport.model.session;

import java.util.Locale;

/** The part a participant plays in a session; groups and couples have several clients. */
public enum Role {
    CLIENT, THERAPIST, CO_THERAPIST, GROUP_MEMBER, OTHER;

    /** The lower-case, hyphenated name used in files and on the command line ("co-therapist"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether this participant's speech counts for a code that applies to {@code target}: a group member speaks as a
     * client, a co-therapist as a therapist.
     */
    public boolean speaksAs(Role target) {
        if (target == null || this == target) return true;
        return switch (target) {
            case CLIENT -> this == GROUP_MEMBER;
            case THERAPIST -> this == CO_THERAPIST;
            default -> false;
        };
    }

    /** Parses a key such as "client" or "co-therapist"; returns null when unknown. */
    public static Role fromKey(String key) {
        if (key == null) return null;
        String k = key.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Role r : values()) if (r.name().equals(k)) return r;
        return null;
    }

    /** Infers a role from the usual speaker labels (Therapist, T, Th, Counsellor; Client, C, Patient, P). */
    public static Role inferFromLabel(String label) {
        if (label == null) return OTHER;
        String l = label.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
        switch (l) {
            case "therapist": case "t": case "th": case "counsellor": case "counselor": return THERAPIST;
            case "client": case "c": case "patient": case "p": case "cl": case "pt": return CLIENT;
            case "co-therapist": case "cotherapist": return CO_THERAPIST;
            default: return OTHER;
        }
    }
}
