package org.rapport.app.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.ProjectAddress;

/** Server passwords found where libpq finds them: URI, PGPASSWORD, the password file, then a prompt. */
class PgPassTest {
    @TempDir
    Path dir;

    private Path file(String text, String permissions) throws Exception {
        Path f = dir.resolve("pgpass");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(permissions));
        return f;
    }

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes() throws Exception {
        Path f = file("# lab server\nother:5432:*:*:no\ndb.lab:5432:alliance:dana:first\n*:*:*:dana:wild\n"
                + "db.lab:5432:*:eve:a\\:b\\\\c\n", "rw-------");
        assertEquals(Optional.of("first"), PgPass.lookup(f, "db.lab", 5432, "alliance", "dana"));
        assertEquals(Optional.of("wild"), PgPass.lookup(f, "db.lab", 5433, "alliance", "dana"));
        assertEquals(Optional.of("a:b\\c"), PgPass.lookup(f, "db.lab", 5432, "x", "eve"));
        assertEquals(Optional.empty(), PgPass.lookup(f, "db.lab", 5432, "x", "fay"));
    }

    @Test
    void aFileOthersMayReadIsIgnoredAsLibpqIgnoresIt() throws Exception {
        Path f = file("*:*:*:*:secret\n", "rw-r--r--");
        assertEquals(Optional.empty(), PgPass.lookup(f, "h", 5432, "d", "u"));
    }

    @Test
    void theUriThenPgpasswordThenTheFileThenThePromptAreAsked() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve(".pgpass"), "h:5432:d:u:from-file\n");
        Files.setPosixFilePermissions(home.resolve(".pgpass"), PosixFilePermissions.fromString("rw-------"));
        ProjectAddress.Server s = new ProjectAddress.Server("h", 5432, "d", "u", null, Map.of());
        Secret prompt = what -> "typed".toCharArray();
        assertEquals("in-uri", new String(ServerPassword.find(new ProjectAddress.Server("h", 5432, "d", "u", "in-uri",
                Map.of()), Map.of("PGPASSWORD", "env"), home, prompt)));
        assertEquals("env", new String(ServerPassword.find(s, Map.of("PGPASSWORD", "env"), home, prompt)));
        assertEquals("from-file", new String(ServerPassword.find(s, Map.of(), home, prompt)));
        assertEquals("typed", new String(ServerPassword.find(s, Map.of("PGPASSFILE", dir.resolve("none").toString()),
                home, prompt)));
        assertEquals(null, ServerPassword.find(s, Map.of(), dir, Secret.NONE));
    }
}
