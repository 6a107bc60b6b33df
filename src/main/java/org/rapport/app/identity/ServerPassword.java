package org.rapport.app.identity;

import java.nio.file.Path;
import java.util.Map;

import org.rapport.app.ProjectAddress;

/**
 * A server login's password, found as libpq finds it: in the URI, in PGPASSWORD, in the password file (PGPASSFILE,
 * else ~/.pgpass), else asked for. Rapport never writes it anywhere.
 */
public final class ServerPassword {
    private ServerPassword() {
    }

    /** The password, or null to connect without one (the server may trust the login). */
    public static char[] find(ProjectAddress.Server s, Map<String, String> env, Path home, Secret prompt) {
        if (s.uriPassword() != null) return s.uriPassword().toCharArray();
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) return fromEnv.toCharArray();
        Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE"))
                : home == null ? null : home.resolve(".pgpass");
        var fromFile = PgPass.lookup(file, s.host(), s.port(), s.database(), s.user());
        if (fromFile.isPresent()) return fromFile.get().toCharArray();
        return prompt.ask("password of login " + s.user() + " on " + s.host() + ":" + s.port());
    }
}
