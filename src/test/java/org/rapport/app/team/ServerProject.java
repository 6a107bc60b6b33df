package org.rapport.app.team;

import java.util.List;

import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.identity.Credentials;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.store.postgres.TestPostgres;

/**
 * A server project made as a lab makes one: `rapport init` as the admin in a new database, raters with logins of
 * their own (named with a prefix so tests never share a login), sessions with transcripts assigned to them.
 */
final class ServerProject {
    final TestPostgres pg;
    final String database;
    final String prefix;

    ServerProject(String prefix) {
        this.pg = TestPostgres.server();
        this.prefix = prefix;
        this.database = pg.newDatabase(prefix);
        try (Project p = Project.init(admin(), Credentials.NONE, false)) {
            p.codebooks().current("3rs");
        }
    }

    /** The admin's address, with the password in the URI (libpq allows it; Rapport never keeps it). */
    ProjectAddress admin() {
        return address(TestPostgres.ADMIN, TestPostgres.ADMIN_PASSWORD);
    }

    ProjectAddress address(String login, String password) {
        return ProjectAddress.parse(uri(login, password));
    }

    String uri(String login, String password) {
        return "postgresql://" + login + ":" + password + "@" + pg.host() + ":" + pg.port() + "/" + database
                + "?sslmode=disable";
    }

    String login(String name) {
        return prefix + "_" + name.toLowerCase();
    }

    static String password(String name) {
        return name.toLowerCase() + "-pw";
    }

    /** Adds raters by name and role, each with login prefix_name and password name-pw. */
    void raters(Object... nameRolePairs) {
        try (Project p = Project.open(admin(), Credentials.NONE)) {
            for (int i = 0; i < nameRolePairs.length; i += 2) {
                String name = (String) nameRolePairs[i];
                p.raters().add(name, (RaterRole) nameRolePairs[i + 1], login(name), password(name).toCharArray());
            }
        }
    }

    /** A session with a short transcript, assigned to the raters named with the 3rs and wai-o-s codebooks. */
    long session(String name, String... assignedTo) {
        try (Project p = Project.open(admin(), Credentials.NONE)) {
            long id = p.store().inTransaction(tx -> {
                Session s = tx.sessions().insert(new Session(0, name, "C-1", "Dr. T", 1, null, null, null, 600_000L));
                tx.transcripts().replace(s.id(), new Transcript(List.of(new Participant("T", Role.THERAPIST),
                        new Participant("C", Role.CLIENT)), List.of(new Utterance(0, 0, 2000, "T", "How are you today?"),
                        new Utterance(1, 2500, 4000, "C", "I don't know, fine I guess."))));
                return s.id();
            });
            for (String rater : assignedTo) {
                Rater r = p.raters().byName(rater);
                p.codings().assign(id, r, "3rs");
                p.codings().assign(id, r, "wai-o-s");
            }
            return id;
        }
    }

    /** A plain JDBC connection as a rater's own login: any SQL at all, past Rapport. */
    java.sql.Connection connect(String name) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + database
                + "?sslmode=disable", login(name), password(name));
    }

    /** The single number a query returns. */
    static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The project opened as a rater's own login. */
    Project as(String name) {
        return Project.open(address(login(name), password(name)), Credentials.NONE);
    }
}
