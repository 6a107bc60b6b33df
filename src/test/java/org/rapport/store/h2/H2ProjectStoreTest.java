package org.rapport.store.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.codebook.CodebookLoader;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.store.ProjectStore;
import org.rapport.store.jdbc.SchemaMigration;

/** What is particular to a file project: its folder, the file surviving a close, migrating an older file. */
class H2ProjectStoreTest {
    @TempDir
    Path dir;

    private static Session session(String name) {
        return new Session(0, name, "C-1", "Dr. T", 3, null, null, null, 60_000L);
    }

    @Test
    void aCodingSurvivesClosingAndReopeningTheProject() {
        long id;
        try (ProjectStore store = H2ProjectStore.create(dir.resolve("p"))) {
            id = store.inTransaction(tx -> {
                Session s = tx.sessions().insert(session("s1"));
                Rater r = tx.raters().insert("Ana", RaterRole.OBSERVER);
                return tx.codings().insert(new Coding(0, s.id(), r.id(), "3rs", "1.0", "w-denial", 1000, 2500,
                        null, null, null, "flat voice", null, null), r.id()).id();
            });
        }
        try (ProjectStore store = H2ProjectStore.open(dir.resolve("p"))) {
            Coding k = store.read(tx -> tx.codings().byId(id)).orElseThrow();
            assertEquals("w-denial", k.codeId());
            assertEquals(1000, k.startMs());
            assertEquals("flat voice", k.note());
        }
    }

    @Test
    void openingAFolderWithoutAProjectIsBadInputAndCreatesNothing() {
        Path empty = dir.resolve("nothing");
        BadInputException e = assertThrows(BadInputException.class, () -> H2ProjectStore.open(empty));
        assertTrue(e.getMessage().contains("not a Rapport project"), e.getMessage());
        assertTrue(Files.notExists(empty));
    }

    @Test
    void creatingAProjectWhereOneExistsIsRefused() {
        H2ProjectStore.create(dir.resolve("p")).close();
        BadInputException e = assertThrows(BadInputException.class, () -> H2ProjectStore.create(dir.resolve("p")));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    void theStoreIsNamedByItsAbsoluteFolder() {
        try (H2ProjectStore store = H2ProjectStore.create(dir.resolve("a/../p"))) {
            assertEquals(dir.resolve("p").toAbsolutePath().normalize(), store.folder());
            assertEquals(store.folder().toString(), store.location());
        }
    }

    @Test
    void aProjectMadeAtSchemaOneOpensWithItsCodebooksIntact() throws Exception {
        Path folder = dir.resolve("old");
        Files.createDirectories(folder);
        Flyway.configure().dataSource(H2ProjectStore.url(folder), "rapport", "").locations(H2ProjectStore.MIGRATIONS)
                .target("1").load().migrate();
        byte[] builtIn = resource("/codebooks/3rs.yaml");
        byte[] accented = ("id: accents\nversion: '1.0'\ntitle: \"S\u00e9ance \u2014 \u00e9chelle\"\ncodes:\n"
                + "  - id: r\n    label: Rupture \u00e0 \u00e9tudier\n    kind: interval\n").getBytes(StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(H2ProjectStore.url(folder), "rapport", "")) {
            insertSchemaOneCodebook(c, "3rs.yaml", builtIn);
            insertSchemaOneCodebook(c, "accents.yaml", accented);
        }

        try (Project p = Project.open(folder)) {
            assertEquals(List.of("3rs", "accents"), p.codebooks().current().stream().map(Codebook::id).toList());
            for (byte[] original : List.of(builtIn, accented)) {
                Codebook expected = CodebookLoader.parse("original", original);
                Codebook migrated = p.codebooks().current(expected.id());
                assertEquals(expected.contentHash(), migrated.contentHash());
                assertEquals(expected.title(), migrated.title());
                assertEquals(expected.codes(), migrated.codes());
                String text = p.store().read(tx -> tx.codebooks().get(expected.id(), expected.version())).orElseThrow()
                        .content();
                assertArrayEquals(original, text.getBytes(StandardCharsets.UTF_8));
            }
        }
        JdbcDataSource file = new JdbcDataSource();
        file.setURL(H2ProjectStore.url(folder));
        file.setUser("rapport");
        assertEquals(ProjectStore.SCHEMA_VERSION, SchemaMigration.schemaVersion(file));
    }

    @Test
    void aProjectMigratedToSchemaThreeFromTheOldFolderOpensAndValidates() throws Exception {
        // Until schema 5 the migrations lay in db/migration; Flyway keeps names and checksums, never folders.
        Path oldLayout = dir.resolve("old-layout/db/migration");
        Files.createDirectories(oldLayout);
        for (String script : List.of("V1__project_store.sql", "V2__codebook_content_as_text.sql",
                "V3__participant_tier.sql")) {
            Files.write(oldLayout.resolve(script), resource("/db/migration/common/" + script));
        }
        Path folder = dir.resolve("schema3");
        Files.createDirectories(folder);
        Flyway.configure().dataSource(H2ProjectStore.url(folder), "rapport", "")
                .locations("filesystem:" + oldLayout).load().migrate();
        try (Project p = Project.open(folder)) {
            p.raters().create("Ana", RaterRole.OBSERVER);
        }
        Flyway.configure().dataSource(H2ProjectStore.url(folder), "rapport", "").locations(H2ProjectStore.MIGRATIONS)
                .load().validate();
        JdbcDataSource file = new JdbcDataSource();
        file.setURL(H2ProjectStore.url(folder));
        file.setUser("rapport");
        assertEquals(ProjectStore.SCHEMA_VERSION, SchemaMigration.schemaVersion(file));
    }

    /** A codebook row as Rapport at schema 1 wrote it: the YAML bytes in a BLOB. */
    private static void insertSchemaOneCodebook(Connection c, String source, byte[] yaml) throws SQLException {
        Codebook cb = CodebookLoader.parse(source, yaml);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO codebook (codebook_id, version, title, content_hash,"
                + " source_name, content, added_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, cb.id());
            ps.setString(2, cb.version());
            ps.setString(3, cb.title());
            ps.setString(4, cb.contentHash());
            ps.setString(5, source);
            ps.setBytes(6, yaml);
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = H2ProjectStoreTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
