package org.rapport.store;

import org.rapport.model.rater.RaterRole;

/**
 * The database logins of a server project's raters, which the database's row-level security keys on. Only the
 * admin's login may create them (it needs the right to create roles).
 */
public interface ServerLogins {
    /**
     * Creates the login (or, when it exists, gives it the new password, if one is given) and makes it a member of the
     * project's rater group; a supervisor's also of the staff group, and a supervisor's or master's login is
     * granted the sight of everyone's work.
     */
    void create(String login, char[] password, RaterRole role);

    /** The login this store is connected as. */
    String currentLogin();

    /** True when the current login sees every rater's work (admin, supervisor, master). */
    boolean seesAll();
}
