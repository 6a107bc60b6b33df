package org.rapport.model.coding;

import java.util.Locale;

/** How far a rater is with an assigned session. */
public enum AssignmentStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
