package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file project with a protected supervisor, on the command line: --as NAME and RAPPORT_PASSWORD. */
class ProtectedRolesCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void aProjectWithAProtectedSupervisor() {
        project = dir.resolve("p");
        assertEquals(0, CliRun.of("init", project.toString()).exitCode());
        CliRun bare = CliRun.of("raters", "--project", project.toString(), "--add", "Dana", "--role", "supervisor");
        assertEquals(2, bare.exitCode(), bare.toString());
        assertEquals("rapport: a supervisor on a file project needs a password, so nobody else can act as them: give"
                + " it with --password-stdin (or in the dialog)\n", bare.err());
        CliRun dana = CliRun.withStdin("dana's long password\n", "raters", "--project", project.toString(), "--add",
                "Dana", "--role", "supervisor", "--password-stdin");
        assertEquals("added supervisor Dana (protected by a password)\n", dana.out(), dana.toString());
        assertEquals(0, CliRun.of("raters", "--project", project.toString(), "--add", "Ana").exitCode());
    }

    /** The command line in a process of its own, with its environment, as a user runs it. */
    private static CliRun run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.rapport.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove(CliSecrets.PASSWORD_VARIABLE);
        pb.environment().putAll(env);
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new CliRun(p.exitValue(), out, err);
    }

    @Test
    void listingShowsWhichRolesAreProtected() {
        CliRun list = CliRun.of("raters", "--project", project.toString());
        assertEquals("Ana                  observer\nDana                 supervisor  (password)\n", list.out());
    }

    @Test
    void commandsOnOthersWorkNeedAsAndThePassword() throws Exception {
        Path out = dir.resolve("codings.csv");
        CliRun anonymous = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                out.toString());
        assertEquals(2, anonymous.exitCode(), anonymous.toString());
        assertEquals("rapport: this project has protected roles, so 'export raters' codings' runs as a supervisor or"
                + " master: add --as NAME (the password comes from RAPPORT_PASSWORD or a prompt)\n", anonymous.err());
        CliRun noPassword = CliRun.of("export", "codings", "--project", project.toString(), "--as", "Dana", "--format",
                "csv", "--out", out.toString());
        assertEquals(2, noPassword.exitCode(), noPassword.toString());
        assertTrue(noPassword.err().contains("rater 'Dana' is protected by a password"), noPassword.err());

        CliRun wrong = run(Map.of(CliSecrets.PASSWORD_VARIABLE, "guess"), "export", "codings", "--project",
                project.toString(), "--as", "Dana", "--format", "csv", "--out", out.toString());
        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertEquals("rapport: wrong password for rater 'Dana'\n", wrong.err());
        CliRun right = run(Map.of(CliSecrets.PASSWORD_VARIABLE, "dana's long password"), "export", "codings",
                "--project", project.toString(), "--as", "Dana", "--format", "csv", "--out", out.toString());
        assertEquals(0, right.exitCode(), right.toString());
        assertTrue(Files.exists(out));
        CliRun observer = CliRun.of("agree", "--project", project.toString(), "--as", "Ana", "--codebook", "3rs");
        assertEquals(2, observer.exitCode(), observer.toString());
        assertTrue(observer.err().contains("rater 'Ana' is an observer"), observer.err());
    }

    @Test
    void commandsThatTouchNobodysWorkNeedNoIdentity() {
        assertEquals(0, CliRun.of("sessions", "--project", project.toString()).exitCode());
        assertEquals(0, CliRun.of("index", "--project", project.toString()).exitCode());
    }
}
