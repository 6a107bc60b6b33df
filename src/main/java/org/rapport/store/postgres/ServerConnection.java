package org.rapport.store.postgres;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a server project is and who connects to it: host, port, database, login and password, and the libpq
 * connection options Rapport passes on to the driver ({@code sslmode}, {@code connect_timeout} ...).
 *
 * @param password the login's password, or null to connect without one (trust or peer authentication)
 */
public record ServerConnection(String host, int port, String database, String user, char[] password,
                               Map<String, String> options) {
    public ServerConnection {
        options = Map.copyOf(new TreeMap<>(options));
    }

    /** How messages and the recent-projects list name the project: a URI without any password. */
    public String location() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
