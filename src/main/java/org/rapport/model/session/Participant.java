package org.rapport.model.session;

import java.util.Objects;

/**
 * A speaker in a session: the label used in the transcript and the role they play.
 *
 * @param tier the name of the ELAN tier their speech was read from, when it differs from the label; null otherwise
 *             (kept so an exported EAF file has the tier names the lab gave it)
 */
public record Participant(String label, Role role, String tier) {
    public Participant {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        if (tier != null && (tier.isBlank() || tier.equals(label))) tier = null;
    }

    public Participant(String label, Role role) {
        this(label, role, null);
    }

    public Participant withRole(Role newRole) {
        return new Participant(label, newRole, tier);
    }
}
