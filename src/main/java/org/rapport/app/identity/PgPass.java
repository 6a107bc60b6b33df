package org.rapport.app.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * libpq's password file ({@code ~/.pgpass}, or the file PGPASSFILE names): lines {@code host:port:database:user:
 * password}, {@code *} matching anything, {@code \:} and {@code \\} escaping, the first matching line winning. Like
 * libpq, a file that others may read is ignored.
 */
public final class PgPass {
    private PgPass() {
    }

    /** The password the file gives for that server, database and user, if any. */
    public static Optional<String> lookup(Path file, String host, int port, String database, String user) {
        if (file == null || !Files.isRegularFile(file) || readableByOthers(file)) return Optional.empty();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> f = fields(line);
            if (f.size() != 5) continue;
            if (matches(f.get(0), host) && matches(f.get(1), Integer.toString(port)) && matches(f.get(2), database)
                    && matches(f.get(3), user)) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
