package org.rapport.app;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.rapport.model.BadInputException;

/**
 * Where a project is: a folder (a file project) or a PostgreSQL database (a server project). Whatever takes
 * {@code --project} takes either: a path, or a libpq URI ({@code postgresql://user@host:port/db?sslmode=require},
 * {@code postgres://…}) or a JDBC URL ({@code jdbc:postgresql://host:port/db?user=…}).
 */
public sealed interface ProjectAddress {
    /** How messages and the recent-projects list name it; never with a password. */
    String display();

    /** A file project's folder. */
    record Folder(Path path) implements ProjectAddress {
        @Override
        public String display() {
            return path.toString();
        }
    }

    /**
     * A server project's database, with the libpq defaults filled in (host localhost, port 5432, the login of the
     * computer's user, a database named like the login).
     *
     * @param uriPassword a password written in the URI itself (libpq allows it; Rapport never stores it), or null
     * @param options     the other URI parameters (sslmode, connect_timeout …), passed on to the driver
     */
    record Server(String host, int port, String database, String user, String uriPassword,
                  Map<String, String> options) implements ProjectAddress {
        public Server {
            options = Map.copyOf(options);
        }

        @Override
        public String display() {
            return "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                    + database;
        }

        /** The address with a different login (the GUI's dialog names the user apart from the URI). */
        public Server as(String login) {
            return new Server(host, port, database, login, null, options);
        }

        /** The address as it can be kept in a list of recent projects: its options, without a password. */
        public String withoutPassword() {
            StringBuilder s = new StringBuilder(display());
            char sep = '?';
            for (Map.Entry<String, String> o : new java.util.TreeMap<>(options).entrySet()) {
                s.append(sep).append(o.getKey()).append('=').append(o.getValue());
                sep = '&';
            }
            return s.toString();
        }
    }

    /** True when the text names a server project rather than a folder. */
    static boolean isServer(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://") || t.startsWith("jdbc:postgresql:");
    }

    /** A folder or a server URI, with libpq's defaults taken from the process environment. */
    static ProjectAddress parse(String text) {
        return parse(text, System.getenv());
    }

    /** A folder or a server URI; {@code env} gives PGHOST, PGPORT, PGUSER, PGDATABASE and USER as libpq reads them. */
    static ProjectAddress parse(String text, Map<String, String> env) {
        if (!isServer(text)) return new Folder(Path.of(text));
        return ServerUri.parse(text.strip(), env);
    }

    /** libpq's URI form and the driver's JDBC form, one parser. */
    final class ServerUri {
        private ServerUri() {
        }

        static Server parse(String uri, Map<String, String> env) {
            String rest;
            String lower = uri.toLowerCase(Locale.ROOT);
            if (lower.startsWith("jdbc:postgresql://")) rest = uri.substring("jdbc:postgresql://".length());
            else if (lower.startsWith("jdbc:postgresql:")) rest = "/" + uri.substring("jdbc:postgresql:".length());
            else rest = uri.substring(uri.indexOf("://") + 3);

            Map<String, String> params = new LinkedHashMap<>();
            int q = rest.indexOf('?');
            if (q >= 0) {
                for (String pair : rest.substring(q + 1).split("&")) {
                    if (pair.isEmpty()) continue;
                    int eq = pair.indexOf('=');
                    if (eq <= 0) throw bad(uri, "a parameter needs a name and a value: '" + pair + "'");
                    params.put(decode(uri, pair.substring(0, eq)), decode(uri, pair.substring(eq + 1)));
                }
                rest = rest.substring(0, q);
            }
            String database = null;
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                database = decode(uri, rest.substring(slash + 1));
                rest = rest.substring(0, slash);
            }
            String user = null;
            String password = null;
            int at = rest.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = rest.substring(0, at);
                rest = rest.substring(at + 1);
                int colon = userInfo.indexOf(':');
                user = decode(uri, colon < 0 ? userInfo : userInfo.substring(0, colon));
                if (colon >= 0) password = decode(uri, userInfo.substring(colon + 1));
            }
            String host = null;
            Integer port = null;
            if (rest.startsWith("[")) {
                int close = rest.indexOf(']');
                if (close < 0) throw bad(uri, "an IPv6 host needs its closing ']'");
                host = rest.substring(1, close);
                rest = rest.substring(close + 1);
                if (rest.startsWith(":")) port = port(uri, rest.substring(1));
            } else if (!rest.isEmpty()) {
                if (rest.contains(",")) throw bad(uri, "several hosts in one URI are not supported; name one server");
                int colon = rest.lastIndexOf(':');
                host = decode(uri, colon < 0 ? rest : rest.substring(0, colon));
                if (colon >= 0) port = port(uri, rest.substring(colon + 1));
            }
            // parameters may say what the URI's parts did not (libpq allows ?host=…&user=…)
            if (params.containsKey("host")) host = params.remove("host");
            if (params.containsKey("port")) port = port(uri, params.remove("port"));
            if (params.containsKey("user")) user = params.remove("user");
            if (params.containsKey("dbname")) database = params.remove("dbname");
            if (params.containsKey("password")) password = params.remove("password");
            if (host == null || host.isEmpty()) host = env.getOrDefault("PGHOST", "localhost");
            if (host.startsWith("/")) {
                throw bad(uri, "a Unix socket folder as host is not supported; name a host (localhost for this"
                        + " computer)");
            }
            if (port == null) port = env.containsKey("PGPORT") ? port(uri, env.get("PGPORT")) : 5432;
            if (user == null || user.isEmpty()) {
                user = env.getOrDefault("PGUSER", env.getOrDefault("USER", System.getProperty("user.name")));
            }
            if (database == null || database.isEmpty()) database = env.getOrDefault("PGDATABASE", user);
            return new Server(host, port, database, user, password, params);
        }

        private static int port(String uri, String text) {
            try {
                int p = Integer.parseInt(text);
                if (p < 1 || p > 65535) throw new NumberFormatException();
                return p;
            } catch (NumberFormatException e) {
                throw bad(uri, "the port '" + text + "' is not a number from 1 to 65535");
            }
        }

        private static String decode(String uri, String s) {
            try {
                return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw bad(uri, "bad %-escape in '" + s + "'");
            }
        }

        private static BadInputException bad(String uri, String problem) {
            return new BadInputException(redacted(uri), null, problem);
        }

        /** The URI as a message may show it: a password in it is replaced by ***. */
        static String redacted(String uri) {
            return uri.replaceAll("(://[^:/@?]*):[^@/?]*@", "$1:***@").replaceAll("(?i)([?&]password=)[^&]*", "$1***");
        }
    }
}
