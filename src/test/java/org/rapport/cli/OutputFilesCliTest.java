package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A command line that behaves like a Unix tool: help everywhere, {@code --out -}, output files that keep links and
 * follow the umask, no export into the project folder, no formulas for spreadsheets to run.
 */
class OutputFilesCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void demoProject() {
        project = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--dir", project.toString(), "--samples", Path.of("sample-sessions").toString());
        assertEquals(0, demo.exitCode(), demo.toString());
    }

    /** Every command path of the tree: [init], [import, session], ... */
    private static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            paths.add(path);
            paths.addAll(commandPaths(e.getValue(), path));
        }
        return paths;
    }

    @Test
    void helpWorksOnEveryCommandAndSubcommandWithoutTheirRequiredOptions() {
        CommandLine tree = RapportCommand.commandLine(at -> false, new PrintWriter(new StringWriter()),
                OutputStream.nullOutputStream(), new PrintWriter(new StringWriter()));
        List<List<String>> paths = commandPaths(tree, List.of());
        assertTrue(paths.size() >= 20, "commands found: " + paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), args + ": " + run);
            assertTrue(run.out().contains("Usage: rapport " + String.join(" ", path) + " "), args + ": " + run.out());
            assertEquals("", run.err(), args + ": " + run.err());
        }
    }

    @Test
    void outDashWritesTheExportToStandardOutputAndTheMessageToStandardError() throws IOException {
        Path file = dir.resolve("codings.csv");
        assertEquals(0, CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                file.toString()).exitCode());
        CliRun run = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out", "-");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), run.out());
        assertEquals("wrote 139 codings to standard output", run.err().strip());
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
    }

    @Test
    void aTranscriptToStandardOutputNeedsItsFormat() {
        CliRun run = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "s01-withdrawal",
                "--out", "-");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("add --format"), run.err());
        CliRun srt = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "s01-withdrawal",
                "--format", "srt", "--out", "-");
        assertEquals(0, srt.exitCode(), srt.toString());
        assertTrue(srt.out().startsWith("1\n00:00:00,500 --> "), srt.out());
    }

    @Test
    void anExportIntoTheProjectFolderIsRefusedAndTheStoreIsUntouched() throws IOException {
        Path store = project.resolve("project.mv.db");
        List<Object> before = ProjectFingerprint.of(project);
        CliRun run = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                store.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("is inside the project folder"), run.err());
        assertEquals(before, ProjectFingerprint.of(project));

        Path link = dir.resolve("innocent.csv");
        Files.createSymbolicLink(link, store);
        CliRun viaLink = CliRun.of("export", "ratings", "--project", project.toString(), "--out", link.toString());
        assertEquals(2, viaLink.exitCode(), viaLink.toString());
        assertTrue(viaLink.err().contains("is inside the project folder"), viaLink.err());
        assertEquals(before, ProjectFingerprint.of(project));

        Path report = project.resolve("index").resolve("report.html");
        CliRun agree = CliRun.of("agree", "--project", project.toString(), "--codebook", "3rs", "--report",
                report.toString());
        assertEquals(2, agree.exitCode(), agree.toString());
        assertFalse(Files.exists(report));
        CliRun search = CliRun.of("search", "--project", project.toString(), "know", "--csv",
                project.resolve("hits.csv").toString());
        assertEquals(2, search.exitCode(), search.toString());
        assertFalse(Files.exists(project.resolve("hits.csv")));
    }

    @Test
    void anOutputThatIsASymbolicLinkStaysOneAndTheFileItNamesIsWritten() throws IOException {
        Path real = Files.createDirectories(dir.resolve("elsewhere")).resolve("ratings.csv");
        Files.writeString(real, "old");
        Path link = dir.resolve("ratings.csv");
        Files.createSymbolicLink(link, Path.of("elsewhere/ratings.csv"));
        CliRun run = CliRun.of("export", "ratings", "--project", project.toString(), "--out", link.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("session,rater,codebook,"), Files.readString(real));
    }

    @Test
    void aNewOutputFileGetsTheModeTheUmaskGivesAndAnExistingOneKeepsItsMode() throws IOException, InterruptedException {
        Path fresh = dir.resolve("fresh.csv");
        assertEquals(0, CliRun.of("export", "ratings", "--project", project.toString(), "--out", fresh.toString())
                .exitCode());
        int umask = umask();
        assertEquals(0666 & ~umask, mode(Files.getPosixFilePermissions(fresh)),
                "mode of a new file with umask " + Integer.toOctalString(umask));

        Path kept = dir.resolve("kept.csv");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, CliRun.of("export", "ratings", "--project", project.toString(), "--out", kept.toString())
                .exitCode());
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(kept));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralisedAndReadBackAsTheyWere() throws IOException {
        Path csv = dir.resolve("formula.csv");
        Files.writeString(csv, """
                session,rater,codebook,code,start_ms,end_ms,value,note
                s01-withdrawal,Eve,3rs,w-denial,1000,2000,-2,"=HYPERLINK(""http://x.example"",""click"")"
                s01-withdrawal,Eve,3rs,w-denial,3000,4000,,@SUM(A1)
                s01-withdrawal,Eve,3rs,w-denial,5000,6000,,- she looks away
                """);
        // an import names only raters the project has (issue #10)
        assertEquals(0, CliRun.of("raters", "--project", project.toString(), "--add", "Eve", "--role", "observer")
                .exitCode());
        CliRun imported = CliRun.of("import", "codings", "--project", project.toString(), csv.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        CliRun export = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out", "-");
        List<String> eve = export.out().lines().filter(l -> l.contains(",Eve,")).toList();
        assertEquals(3, eve.size(), export.out());
        assertTrue(eve.get(0).contains(",-2,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""), eve.get(0));
        assertTrue(eve.get(1).endsWith(",'@SUM(A1)"), eve.get(1));
        assertTrue(eve.get(2).endsWith(",'- she looks away"), eve.get(2));

        Path copy = dir.resolve("copy");
        assertEquals(0, CliRun.of("demo", "--dir", copy.toString(), "--samples", "sample-sessions").exitCode());
        Path exported = dir.resolve("exported.csv");
        Files.writeString(exported, String.join("\n", export.out().lines().filter(l -> l.startsWith("session,")
                || l.contains(",Eve,")).toList()) + "\n");
        assertEquals(0, CliRun.of("raters", "--project", copy.toString(), "--add", "Eve", "--role", "observer")
                .exitCode());
        assertEquals(0, CliRun.of("import", "codings", "--project", copy.toString(), exported.toString()).exitCode());
        CliRun again = CliRun.of("export", "codings", "--project", copy.toString(), "--format", "csv", "--out", "-");
        assertEquals(eve, again.out().lines().filter(l -> l.contains(",Eve,")).toList(),
                "the apostrophes are taken off on import and put back on export");
    }

    private static int umask() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertEquals(0, p.waitFor());
        return Integer.parseInt(out, 8);
    }

    private static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) mode |= 1 << (8 - p.ordinal());
        return mode;
    }
}
