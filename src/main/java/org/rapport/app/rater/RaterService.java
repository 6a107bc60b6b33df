package org.rapport.app.rater;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rapport.app.identity.Identity;
import org.rapport.app.identity.PasswordHasher;
import org.rapport.model.BadInputException;
import org.rapport.model.Limits;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.ProjectStore;
import org.rapport.store.ServerLogins;

/**
 * The raters of a project, and what makes them who they are: on a file project a protected role's password (kept
 * as an Argon2id hash), on a server project the rater's own login role.
 */
public final class RaterService {
    private final ProjectStore store;
    private final Identity identity;

    public RaterService(ProjectStore store, Identity identity) {
        this.store = store;
        this.identity = identity;
    }

    public List<Rater> list() {
        return store.read(tx -> tx.raters().all());
    }

    /** Adds an unprotected rater (an observer, or any role on a project that uses no passwords, like the demo). */
    public Rater create(String name, RaterRole role) {
        String n = checkedName(name);
        return store.inTransaction(tx -> {
            checkNew(tx.raters().byName(n).isPresent(), n);
            return tx.raters().insert(n, role);
        });
    }

    /**
     * Adds a rater as a lab does: on a server project with a login role of their own ({@code login}, default the
     * name lower-cased with spaces as _) and that login's password; on a file project a supervisor or master must
     * have a password, and any rater given one is protected by it. Once a file project has protected roles, only a
     * rater who sees everyone's work may add another such role.
     */
    public Rater add(String name, RaterRole role, String login, char[] password) {
        String n = checkedName(name);
        return store.inTransaction(tx -> {
            checkNew(tx.raters().byName(n).isPresent(), n);
            var server = tx.serverLogins();
            if (role.isSelfReport()) return addSelfReport(tx, n, role, login, password, server.isPresent());
            if (server.isPresent()) return addOnServer(tx, server.get(), n, role, login, password);
            if (login != null) throw new BadInputException("--login is for server projects; a file project has no logins");
            boolean hasPassword = password != null && password.length > 0;
            if (role.canSeeOthers() && !hasPassword) {
                throw new BadInputException("a " + role.key() + " on a file project needs a password, so nobody else"
                        + " can act as them: give it with --password-stdin (or in the dialog)");
            }
            if (role.canSeeOthers() && !tx.raters().protectedIds().isEmpty()) {
                identity.checkMaySeeOthers("add a " + role.key());
            }
            Rater r = tx.raters().insert(n, role);
            if (hasPassword) tx.raters().setPasswordHash(r.id(), PasswordHasher.hash(password));
            return r;
        });
    }

    /**
     * A client or therapist whose questionnaires are imported: they never open the project, so they get no login or
     * password, and on a team's project only staff add them (their ratings are others' work to an observer).
     */
    private Rater addSelfReport(org.rapport.store.Transaction tx, String name, RaterRole role, String login,
                                char[] password, boolean server) {
        if (login != null || (password != null && password.length > 0)) {
            throw new BadInputException("a " + role.key() + " rater holds imported self-reports and never logs in:"
                    + " leave out --login and --password-stdin");
        }
        if (server || !tx.raters().protectedIds().isEmpty()) identity.checkMaySeeOthers("add a " + role.key() + " rater");
        return tx.raters().insert(name, role);
    }

    private static Rater addOnServer(org.rapport.store.Transaction tx, ServerLogins logins, String name, RaterRole role,
                                     String login, char[] password) {
        String l = login != null ? login.strip() : defaultLogin(name);
        if (!l.matches("[a-z_][a-z0-9_$]{0,62}")) {
            throw new BadInputException("login '" + l + "': use lower-case letters, digits and _ (at most 63),"
                    + " starting with a letter or _");
        }
        if (tx.raters().byLogin(l).isPresent()) throw new BadInputException("the login '" + l + "' is another rater's");
        logins.create(l, password, role);
        return tx.raters().insert(name, role, l);
    }

    /** A rater's login by default: the name in lower case, spaces and other marks as _. */
    public static String defaultLogin(String name) {
        String l = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return l.isEmpty() || Character.isDigit(l.charAt(0)) ? "r_" + l : l;
    }

    /** Protects (or re-protects) an existing rater's role on a file project with a new password. */
    public void setPassword(Rater rater, char[] password) {
        if (password == null || password.length == 0) throw new BadInputException("a password must not be empty");
        store.inTransaction(tx -> {
            if (tx.serverLogins().isPresent()) {
                throw new BadInputException("on a server project a rater's password is their login's: the admin"
                        + " changes it with rapport raters --add NAME --password-stdin, or ALTER ROLE");
            }
            boolean self = identity.rater() != null && identity.rater().id() == rater.id();
            if (!self && !tx.raters().protectedIds().isEmpty()) identity.checkMaySeeOthers("set another rater's password");
            tx.raters().setPasswordHash(rater.id(), PasswordHasher.hash(password));
            return null;
        });
    }

    /** A server project rater's login. */
    public java.util.Optional<String> login(Rater rater) {
        return store.read(tx -> tx.raters().login(rater.id()));
    }

    /** True when the rater's role is protected by a password (a file project's). */
    public boolean isProtected(Rater rater) {
        return store.read(tx -> tx.raters().passwordHash(rater.id()).isPresent());
    }

    /** The ids of the raters whose role is protected by a password. */
    public Set<Long> protectedIds() {
        return store.read(tx -> tx.raters().protectedIds());
    }

    /**
     * True when the project works by a team's rules: a server project, or a file project with protected roles.
     * Then observers see only the sessions assigned to them.
     */
    public boolean teamRules() {
        return store.read(tx -> tx.serverLogins().isPresent() || !tx.raters().protectedIds().isEmpty());
    }

    public Rater byName(String name) {
        return store.read(tx -> tx.raters().byName(name))
                .orElseThrow(() -> new BadInputException("no rater named '" + name + "'"));
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new BadInputException("a rater needs a name");
        Limits.checkText(null, null, "the rater's name", n, Limits.NAME, false);
        return n;
    }

    private static void checkNew(boolean exists, String name) {
        if (exists) throw new BadInputException("a rater named '" + name + "' exists already");
    }
}
