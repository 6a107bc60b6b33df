package org.rapport.app.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.imports.SessionImport;
import org.rapport.app.search.SearchRequest;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;

/** An encrypted file project: nothing readable on disk, and only the right passphrase opens it. */
class EncryptedProjectTest {
    private static final String PHRASE = "the lighthouse keeper never sleeps";
    private static final String NOTE = "flat voice when the mother came up";
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    private static Credentials passphrase(String p) {
        return new Credentials(null, Secret.NONE, Secret.NONE, what -> p == null ? null : p.toCharArray());
    }

    private Path encryptedProjectWithATranscriptCodedAndSearched() throws IOException {
        Path folder = dir.resolve("secret");
        Path vtt = dir.resolve("s1.vtt");
        Files.writeString(vtt, "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Therapist>How was the week?\n\n"
                + "00:00:03.500 --> 00:00:06.000\n<v Client>Honestly, " + PHRASE + ".\n");
        try (Project p = Project.init(new ProjectAddress.Folder(folder), passphrase(PASSPHRASE), true)) {
            p.imports().importSession(SessionImport.of("s1", vtt));
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            long s = p.sessions().byName("s1").id();
            p.codings().add(ana, s, "3rs", "w-denial", 3500, 6000, 1, 1, null, NOTE);
            assertEquals(1, p.search().search(new SearchRequest("lighthouse", null, 10, null), p.searchViewer()).total());
            assertEquals(Path.of("(in memory)"), p.search().indexFolder());
        }
        Files.delete(vtt);
        try (Project p = Project.open(new ProjectAddress.Folder(folder), passphrase(PASSPHRASE))) {
            assertEquals(1, p.search().search(new SearchRequest("keeper", null, 10, null), p.searchViewer()).total(),
                    "reopened, the index is rebuilt in memory from the store");
        }
        return folder;
    }

    @Test
    void noTranscriptPhraseNoteOrCodebookTextIsReadableInAnyFileOfTheProject() throws IOException {
        Path folder = encryptedProjectWithATranscriptCodedAndSearched();
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.add(folder.relativize(f).toString());
                byte[] bytes = Files.readAllBytes(f);
                for (String needle : List.of("lighthouse", "keeper", "sleeps", "Honestly", "flat voice", "w-denial",
                        "Withdrawal", "Therapist")) {
                    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                            StandardCharsets.UTF_16LE)) {
                        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains(
                                new String(needle.getBytes(cs), StandardCharsets.ISO_8859_1)),
                                f + " holds '" + needle + "' readable (" + cs + ")");
                    }
                }
            }
        }
        assertTrue(files.contains("project.mv.db"), files.toString());
        assertTrue(files.contains(ProjectKey.FILE), files.toString());
        assertFalse(files.stream().anyMatch(f -> f.startsWith("index")), "no index on disk: " + files);
    }

    @Test
    void aWrongOrMissingPassphraseIsRefusedAndChangesNothing() throws IOException {
        Path folder = encryptedProjectWithATranscriptCodedAndSearched();
        byte[] before = Files.readAllBytes(folder.resolve("project.mv.db"));
        BadInputException wrong = assertThrows(BadInputException.class,
                () -> Project.open(new ProjectAddress.Folder(folder), passphrase("correct horse battery stapler")));
        assertEquals(folder.toAbsolutePath() + ": wrong passphrase for this encrypted project; nothing was opened or"
                + " changed", wrong.getMessage());
        BadInputException missing = assertThrows(BadInputException.class, () -> Project.open(folder));
        assertTrue(missing.getMessage().contains("the project is encrypted: give its passphrase"), missing.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("project.mv.db"))));
    }

    @Test
    void aShortPassphraseIsRefusedBeforeAnythingIsMade() {
        Path folder = dir.resolve("weak");
        BadInputException e = assertThrows(BadInputException.class,
                () -> Project.init(new ProjectAddress.Folder(folder), passphrase("short"), true));
        assertTrue(e.getMessage().contains("at least 8 characters"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("project.mv.db")));
    }
}
