package org.rapport.app.identity;

import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.ImportBatch;

/**
 * Who runs a command, as imports check it and the audit log records it: a rater of the project, or the project
 * owner (on an unprotected file project, whoever may open the folder), with the operating-system account either way.
 * How it is established (a login, a password) is {@link Identity}'s business: this is its import-facing view.
 *
 * @param rater  the acting rater, or null for the project owner
 * @param osUser the operating-system account that ran the command
 */
public record ActingIdentity(Rater rater, String osUser) {
    /** The name the audit shows for the project owner. */
    public static final String OWNER = "project owner";

    /** The identity a project was opened with, acting: its rater (none for an owner or admin) and its login. */
    public static ActingIdentity of(Identity identity) {
        return new ActingIdentity(identity.rater(), identity.login());
    }

    public String name() {
        return rater == null ? OWNER : rater.name();
    }

    /** The owner and supervisors may write any rater's codings and ratings; an observer only their own. */
    public boolean mayWriteFor(Rater other) {
        return rater == null || rater.role() != RaterRole.OBSERVER || rater.id() == other.id();
    }

    /** As an import batch records who started it. */
    public ImportBatch.Actor actor() {
        return new ImportBatch.Actor(rater == null ? null : rater.id(), name(), osUser);
    }

    /** The rater id audit rows carry: the acting rater's, null for the owner. */
    public Long raterId() {
        return rater == null ? null : rater.id();
    }
}
