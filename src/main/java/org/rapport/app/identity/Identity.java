package org.rapport.app.identity;

import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;

/**
 * Who is acting in an open project, established when it opens (docs/decisions/0012 and 0013):
 * <ul>
 *   <li>{@link Kind#OWNER}: a file project without protected roles, used by whoever holds its folder;</li>
 *   <li>{@link Kind#UNNAMED}: a file project with protected roles, used without {@code --as}: it may do what
 *   touches nobody's work (list, import sessions, search transcripts), nothing that reveals or changes it;</li>
 *   <li>{@link Kind#RATER}: a rater who said who they are ({@code --as} and, for a protected role, its password;
 *   on a server, their own login);</li>
 *   <li>{@link Kind#ADMIN}: a server project's admin login, which has no rater of its own.</li>
 * </ul>
 *
 * @param rater the rater acting (RATER only, else null)
 * @param login who the engine sees: the server login, or the computer's user on a file project
 */
public record Identity(Kind kind, Rater rater, String login) {
    public enum Kind { OWNER, UNNAMED, RATER, ADMIN }

    public Identity {
        if ((kind == Kind.RATER) != (rater != null)) throw new IllegalArgumentException(kind + " with rater " + rater);
    }

    public static Identity owner(String login) {
        return new Identity(Kind.OWNER, null, login);
    }

    public static Identity unnamed(String login) {
        return new Identity(Kind.UNNAMED, null, login);
    }

    public static Identity of(Rater rater, String login) {
        return new Identity(Kind.RATER, rater, login);
    }

    public static Identity admin(String login) {
        return new Identity(Kind.ADMIN, null, login);
    }

    /** True when this identity may see and change every rater's work. */
    public boolean seesAll() {
        return switch (kind) {
            case OWNER, ADMIN -> true;
            case UNNAMED -> false;
            case RATER -> rater.role().canSeeOthers();
        };
    }

    /** The rater acting, as the audit trail records them (null: no rater, e.g. the owner of a file project). */
    public Long raterId() {
        return rater == null ? null : rater.id();
    }

    /**
     * Refuses, with a message saying why and what to do, an action on other raters' work ({@code what}: "export
     * codings", "compute reliability" …) by an identity that may not see it.
     */
    public void checkMaySeeOthers(String what) {
        if (seesAll()) return;
        if (kind == Kind.UNNAMED) {
            throw new BadInputException("this project has protected roles, so '" + what + "' runs as a supervisor"
                    + " or master: add --as NAME (the password comes from RAPPORT_PASSWORD or a prompt)");
        }
        throw new BadInputException("rater '" + rater.name() + "' is an observer: observers code blind and may not "
                + what + " (ask a supervisor)");
    }
}
