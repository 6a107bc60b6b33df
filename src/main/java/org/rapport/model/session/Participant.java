package org.rapport.model.session;

import java.util.Objects;

/** A speaker in a session: the label used in the transcript and the role they play. */
public record Participant(String label, Role role) {
    public Participant {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
    }
}
