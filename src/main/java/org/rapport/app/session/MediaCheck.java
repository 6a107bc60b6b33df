package org.rapport.app.session;

/** Whether a session's recording can be played as it was imported. */
public record MediaCheck(Status status, String message) {
    public enum Status {
        /** the file is where it was and unchanged */
        OK,
        /** the session was imported without a recording */
        NONE,
        /** the file is not where the project expects it */
        MISSING,
        /** the file is there but its SHA-256 differs from the one recorded at import */
        CHANGED
    }

    public boolean playable() {
        return status == Status.OK || status == Status.CHANGED;
    }
}
