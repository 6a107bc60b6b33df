package org.rapport.app.consensus;

import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;

/**
 * Who starts a consensus or decides an item: a supervisor or master chosen in the app, or on the command line the
 * user running it (the project owner, until projects know who is who; the audit row then has no rater).
 *
 * @param rater the deciding rater, or null on the command line
 * @param name  how the decision names them
 */
public record Decider(Rater rater, String name) {
    public static Decider of(Rater rater) {
        if (!rater.role().supervises()) {
            throw new BadInputException("rater '" + rater.name() + "' is " + rater.role().key()
                    + ": only a supervisor or a master settles a consensus");
        }
        return new Decider(rater, rater.name());
    }

    /** The user who runs the command line, by their system name. */
    public static Decider commandLine() {
        String user = System.getProperty("user.name", "");
        return new Decider(null, "command line (" + (user.isBlank() ? "unknown user" : user) + ")");
    }

    /** The deciding rater's id as audit rows carry it (null: the command line, no rater). */
    public Long raterId() {
        return rater == null ? null : rater.id();
    }
}
