package org.rapport.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.model.BadInputException;

/** The Study tab's folder import: one batch, with the recordings beside the transcripts, all or nothing. */
class FolderImportTest {
    @TempDir Path dir;

    @Test
    void aFolderOfTranscriptsAndRecordingsBecomesSessionsInOneStep() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("week1"));
        Files.copy(Path.of("sample-sessions/s01-withdrawal.vtt"), folder.resolve("a.vtt"));
        Files.copy(Path.of("sample-sessions/s02-confrontation.vtt"), folder.resolve("b.vtt"));
        Files.copy(Path.of("sample-sessions/s01-withdrawal.mp4"), folder.resolve("a.mp4"));
        List<String> said = new ArrayList<>();
        try (Project p = Project.init(dir.resolve("p"))) {
            FolderImport imports = new FolderImport(p.imports(), p.sessions());
            imports.run(imports.plan(folder, said::add), said::add);
            assertEquals(List.of("a", "b"), p.sessions().list().stream().map(s -> s.session().name()).sorted().toList());
            assertTrue(p.sessions().byName("a").mediaPath().endsWith("a.mp4"), p.sessions().byName("a").mediaPath());
            assertEquals(null, p.sessions().byName("b").mediaPath());
        }
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Imported b.vtt (2 of 2)")), said.toString());
    }

    @Test
    void aBrokenTranscriptImportsNothingOfTheFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("week2"));
        Files.copy(Path.of("sample-sessions/s01-withdrawal.vtt"), folder.resolve("a.vtt"));
        Files.writeString(folder.resolve("b.vtt"), "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nTherapist: backwards\n");
        try (Project p = Project.init(dir.resolve("p"))) {
            FolderImport imports = new FolderImport(p.imports(), p.sessions());
            assertThrows(BadInputException.class, () -> imports.run(imports.plan(folder, s -> { }), s -> { }));
            assertEquals(0, p.sessions().list().size(), "nothing of the folder is imported");
        }
    }
}
