package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups, check and restore end to end, and the store file guarded: damage a test inflicts is found by
 * {@code rapport check} and undone by {@code rapport restore}; an empty, foreign or newer store is refused; commands
 * that only read leave the file as it was.
 */
class IntegrityCliTest {
    private static final String VTT = """
            WEBVTT

            00:00:00.000 --> 00:00:02.500
            <v Therapist>How have things been since we last met?

            00:00:03.000 --> 00:00:04.000
            <v Client>Fine. I'm fine.

            00:00:04.800 --> 00:00:07.200
            <v Therapist>You sound a little flat today.
            """;

    @TempDir
    Path dir;
    Path project;
    Path store;

    @BeforeEach
    void projectWithOneSession() throws IOException {
        project = dir.resolve("proj");
        store = project.resolve("project.mv.db");
        Path vtt = dir.resolve("s1.vtt");
        Files.writeString(vtt, VTT, StandardCharsets.UTF_8);
        assertOk("init", project.toString());
        assertOk("import", "session", "--project", project.toString(), "--name", "s1", "--transcript", vtt.toString());
    }

    private CliRun assertOk(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.toString());
        return run;
    }

    private CliRun assertRefused(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.toString());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
        return run;
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + project.resolve("project"), "rapport", "");
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private List<Path> backups() throws IOException {
        Path folder = project.resolve("backups");
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList();
        }
    }

    @Test
    void checkFindsInflictedDamageAndRestoreBringsTheLastBackupBack() throws Exception {
        assertTrue(assertOk("check", "--project", project.toString()).out().contains("is sound"));
        CliRun backup = assertOk("backup", "--project", project.toString());
        assertTrue(backup.out().startsWith("backed up to "), backup.out());
        List<Object> good = ProjectFingerprint.of(project);

        sql("DELETE FROM utterance WHERE idx = 1"); // the session still claims 3 utterances

        CliRun check = assertRefused("check", "--project", project.toString());
        assertTrue(check.err().contains("session s1 claims 3 utterances but holds 2"), check.err());
        assertTrue(check.err().contains("rapport restore --project"), check.err());

        CliRun restore = assertOk("restore", "--project", project.toString());
        assertTrue(restore.out().startsWith("restored "), restore.out());
        assertTrue(assertOk("check", "--project", project.toString()).out().contains("is sound"));
        assertEquals(good, ProjectFingerprint.of(project));
        assertTrue(assertOk("search", "--project", project.toString(), "flat").out().contains("[flat] today"));
    }

    @Test
    void everyImportIsPrecededByABackup() throws IOException {
        int before = backups().size();
        Path vtt = dir.resolve("s2.vtt");
        Files.writeString(vtt, VTT, StandardCharsets.UTF_8);
        assertOk("import", "session", "--project", project.toString(), "--name", "s2", "--transcript", vtt.toString());
        assertEquals(before + 1, backups().size());
        CliRun list = assertOk("backup", "--list", "--project", project.toString());
        assertEquals(before + 1, list.out().lines().count(), list.out());
    }

    @Test
    void backupsKeptAreSettable() throws IOException {
        assertOk("backup", "--project", project.toString(), "--keep", "2");
        for (int i = 0; i < 4; i++) assertOk("backup", "--project", project.toString());
        assertEquals(2, backups().size());
    }

    @Test
    void anEmptyStoreFileIsNeverTakenForANewProject() throws IOException {
        Files.write(store, new byte[0]);
        for (String command : List.of("sessions", "check", "search")) {
            CliRun run = command.equals("search") ? assertRefused(command, "--project", project.toString(), "x")
                    : assertRefused(command, "--project", project.toString());
            assertTrue(run.err().contains("is empty (0 bytes)"), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
        assertEquals(0, Files.size(store), "the empty file was written to");
        assertRefused("init", project.toString());
        assertEquals(0, Files.size(store));
    }

    @Test
    void anUnreadableStoreNamesTheNewestBackupAndTheRestoreCommand() throws IOException {
        assertOk("backup", "--project", project.toString());
        Files.write(store, "this is not a database".getBytes(StandardCharsets.US_ASCII));
        CliRun run = assertRefused("sessions", "--project", project.toString());
        assertTrue(run.err().contains("not an H2 database file"), run.err());
        assertTrue(run.err().contains("the newest backup is " + project.toAbsolutePath().resolve("backups")), run.err());
        assertTrue(run.err().contains("rapport restore --project"), run.err());
        assertOk("restore", "--project", project.toString());
        assertTrue(assertOk("sessions", "--project", project.toString()).out().contains("s1"));
    }

    @Test
    void aForeignH2DatabaseIsRefused() throws Exception {
        Files.delete(store);
        sql("CREATE TABLE invoices(id INT)");
        CliRun run = assertRefused("sessions", "--project", project.toString());
        assertTrue(run.err().contains("not a Rapport project store"), run.err());
    }

    @Test
    void aProjectOfANewerSchemaIsRefusedWithBothVersions() throws Exception {
        sql("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'future', 'SQL',"
                + " 'V99__future.sql', 'rapport', 0, TRUE)");
        String hash = sha256(store);
        for (String command : List.of("sessions", "raters")) {
            CliRun run = assertRefused(command, "--project", project.toString());
            assertTrue(run.err().contains("schema 99") && run.err().contains("understands schema "
                    + org.rapport.store.ProjectStore.SCHEMA_VERSION), run.err());
        }
        Path vtt = dir.resolve("s3.vtt");
        Files.writeString(vtt, VTT, StandardCharsets.UTF_8);
        assertRefused("import", "session", "--project", project.toString(), "--name", "s3", "--transcript", vtt.toString());
        assertEquals(hash, sha256(store), "a newer project was written");
    }

    @Test
    void commandsThatOnlyReadLeaveTheStoreFileUntouched() throws Exception {
        assertOk("search", "--project", project.toString(), "fine"); // the index is built once
        FileTime mtime = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(store, mtime);
        String hash = sha256(store);
        assertOk("sessions", "--project", project.toString());
        assertOk("raters", "--project", project.toString());
        assertOk("search", "--project", project.toString(), "fine");
        assertOk("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                dir.resolve("codings.csv").toString());
        assertOk("check", "--project", project.toString());
        assertEquals(hash, sha256(store));
        assertEquals(mtime, Files.getLastModifiedTime(store));
    }

    @Test
    void aReadOnlyProjectIsReadButNotWritten() throws IOException {
        assertTrue(project.toFile().setWritable(false) & store.toFile().setWritable(false));
        try {
            assumeFalse(Files.isWritable(store), "running as root: file permissions are not enforced");
            assertOk("sessions", "--project", project.toString());
            CliRun run = assertRefused("raters", "--project", project.toString(), "--add", "Ana");
            assertTrue(run.err().contains("read-only"), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        } finally {
            project.toFile().setWritable(true);
            store.toFile().setWritable(true);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
