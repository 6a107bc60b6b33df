package org.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.model.BadInputException;

/** --project as libpq reads a connection URI (and the driver a JDBC URL), or else a folder. */
class ProjectAddressTest {
    private static final Map<String, String> NO_ENV = Map.of("USER", "ana");

    private static ProjectAddress.Server server(String uri) {
        return (ProjectAddress.Server) ProjectAddress.parse(uri, NO_ENV);
    }

    @Test
    void aPathIsAFolder() {
        assertEquals(new ProjectAddress.Folder(Path.of("lab/alliance")), ProjectAddress.parse("lab/alliance", NO_ENV));
        assertEquals(new ProjectAddress.Folder(Path.of("postgresql")), ProjectAddress.parse("postgresql", NO_ENV));
    }

    @Test
    void aFullUriGivesEveryPartWithItsOptions() {
        ProjectAddress.Server s = server("postgresql://dana@db.lab.example:6543/alliance?sslmode=require&connect_timeout=5");
        assertEquals(new ProjectAddress.Server("db.lab.example", 6543, "alliance", "dana", null,
                Map.of("sslmode", "require", "connect_timeout", "5")), s);
        assertEquals("postgresql://dana@db.lab.example:6543/alliance", s.display());
        assertEquals("postgresql://dana@db.lab.example:6543/alliance?connect_timeout=5&sslmode=require",
                s.withoutPassword());
    }

    @Test
    void missingPartsTakeLibpqsDefaults() {
        assertEquals(new ProjectAddress.Server("localhost", 5432, "ana", "ana", null, Map.of()), server("postgresql://"));
        assertEquals(new ProjectAddress.Server("h", 5432, "study", "ana", null, Map.of()), server("postgres://h/study"));
        Map<String, String> env = Map.of("PGHOST", "pg.lab", "PGPORT", "5433", "PGUSER", "ben", "PGDATABASE", "d");
        assertEquals(new ProjectAddress.Server("pg.lab", 5433, "d", "ben", null, Map.of()),
                ProjectAddress.parse("postgresql:///", env));
    }

    @Test
    void aPasswordInTheUriIsReadButNeverShown() {
        ProjectAddress.Server s = server("postgresql://dana:s%40cret%3A1@h:5432/db");
        assertEquals("s@cret:1", s.uriPassword());
        assertFalse(s.display().contains("cret"));
        assertFalse(s.withoutPassword().contains("cret"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> server("postgresql://dana:hunter2@h:99999/db"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().contains("the port '99999'"), e.getMessage());
    }

    @Test
    void parametersMayNameThePartsAndIpv6HostsTakeBrackets() {
        assertEquals(new ProjectAddress.Server("::1", 5440, "x", "carl", null, Map.of("sslmode", "disable")),
                server("postgresql://carl@[::1]:5440/x?sslmode=disable"));
        ProjectAddress.Server p = server("postgresql:///x?host=pg&port=5441&user=eve&password=pw");
        assertEquals(new ProjectAddress.Server("pg", 5441, "x", "eve", "pw", Map.of()), p);
        assertEquals("postgresql://carl@[::1]:5440/x", server("postgresql://carl@[::1]:5440/x").display());
    }

    @Test
    void theDriversJdbcUrlIsTakenToo() {
        assertEquals(new ProjectAddress.Server("h", 5432, "db", "fay", "pw", Map.of("ssl", "true")),
                server("jdbc:postgresql://h/db?user=fay&password=pw&ssl=true"));
        assertEquals(new ProjectAddress.Server("localhost", 5432, "db", "ana", null, Map.of()),
                server("jdbc:postgresql:db"));
    }

    @Test
    void whatCannotBeMetIsRefusedWithTheReason() {
        assertTrue(assertThrows(BadInputException.class, () -> server("postgresql://h1,h2/db")).getMessage()
                .contains("several hosts"));
        assertTrue(assertThrows(BadInputException.class, () -> server("postgresql://%2Fvar%2Frun/db")).getMessage()
                .contains("Unix socket"));
        assertTrue(assertThrows(BadInputException.class, () -> server("postgresql://h/db?sslmode")).getMessage()
                .contains("a parameter needs a name and a value"));
        assertNull(server("postgresql://h/db").uriPassword());
    }
}
