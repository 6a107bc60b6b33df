package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.Main;

/**
 * `rapport init --encrypt` and the commands after it, as a user runs them: the passphrase on standard input for
 * init, then in RAPPORT_PASSPHRASE (each command its own process, since the variable is read from the environment).
 */
class EncryptedProjectCliTest {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    /** Exit code, standard output and standard error of rapport run in a new JVM. */
    private record Run(int exitCode, String out, String err) {
    }

    private Run rapport(String passphrase, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("RAPPORT_PASSPHRASE");
        pb.environment().remove("RAPPORT_PASSWORD");
        if (passphrase != null) pb.environment().put("RAPPORT_PASSPHRASE", passphrase);
        Process p = pb.start();
        p.getOutputStream().close(); // no terminal: no prompt
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "rapport " + String.join(" ", args) + " finished");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path encryptedProjectWithASession() throws Exception {
        Path project = dir.resolve("study");
        CliRun init = CliRun.withStdin(PASSPHRASE + "\n", "init", "--encrypt", "--passphrase-stdin", project.toString());
        assertEquals(0, init.exitCode(), init.toString());
        assertTrue(init.out().startsWith("created encrypted project " + project + " with codebooks "), init.out());
        Path vtt = dir.resolve("s1.vtt");
        Files.writeString(vtt, "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Therapist>How was the week?\n\n"
                + "00:00:03.500 --> 00:00:06.000\n<v Client>Honestly, the lighthouse keeper never sleeps.\n");
        Run imported = rapport(PASSPHRASE, "import", "session", "--project", project.toString(), "--name", "s1",
                "--transcript", vtt.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        Files.delete(vtt);
        return project;
    }

    @Test
    void theRightPassphraseOpensItAndItsTranscriptsAreSearchable() throws Exception {
        Path project = encryptedProjectWithASession();
        Run search = rapport(PASSPHRASE, "search", "--project", project.toString(), "lighthouse");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("the [lighthouse] keeper never sleeps"), search.out());
        for (Path f : Files.walk(project).filter(Files::isRegularFile).toList()) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("lighthouse"), f + " holds a transcript word in clear");
        }
    }

    @Test
    void aWrongOrMissingPassphraseIsOneLineOfBadInputAndExitCodeTwo() throws Exception {
        Path project = encryptedProjectWithASession();
        Run wrong = rapport("not the passphrase", "sessions", "--project", project.toString());
        assertEquals(2, wrong.exitCode(), wrong.err());
        assertEquals("rapport: " + project + ": wrong passphrase for this encrypted project; nothing was opened or"
                + " changed\n", wrong.err());
        assertEquals("", wrong.out());
        Run missing = rapport(null, "sessions", "--project", project.toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().startsWith("rapport: " + project + ": the project is encrypted: give its passphrase"),
                missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
        Run right = rapport(PASSPHRASE, "sessions", "--project", project.toString());
        assertEquals(0, right.exitCode(), right.err());
        assertTrue(right.out().contains("s1"), right.out());
    }
}
