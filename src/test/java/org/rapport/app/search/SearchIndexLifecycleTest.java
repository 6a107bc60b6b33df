package org.rapport.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.search.index.TranscriptIndex;

class SearchIndexLifecycleTest {
    @TempDir
    Path dir;

    private Path projectDir() {
        return dir.resolve("p");
    }

    private static long hits(Project p, String q) {
        return p.search().search(SearchRequest.of(q), SearchService.COMMAND_LINE).total();
    }

    private Project projectWithTwoSessions() {
        Project p = SearchFixtures.emptyProject(projectDir());
        SearchFixtures.importTwoSessions(p, dir);
        return p;
    }

    private static long storeRevision(Project p) {
        return p.store().read(tx -> tx.meta().transcriptRevision());
    }

    @Test
    void importingASessionUpdatesTheIndexWithoutARebuild() {
        try (Project p = projectWithTwoSessions()) {
            assertEquals(0, hits(p, "monday AND session:s3"));
            AtomicInteger rebuildSteps = new AtomicInteger();
            p.search().setProgress((done, total) -> rebuildSteps.incrementAndGet());
            p.imports().importSession(SessionImport.of("s3", SearchFixtures.vtt(dir.resolve("s3.vtt"),
                    "Client|0|1000|See you Monday?")));
            assertEquals(storeRevision(p), p.search().status().revision());
            assertEquals(1, hits(p, "monday AND session:s3"));
            assertEquals(0, rebuildSteps.get());
        }
    }

    @Test
    void replacingATranscriptReplacesItsUtterancesInTheIndex() {
        try (Project p = projectWithTwoSessions()) {
            assertEquals(1, hits(p, "session:s2 AND fine"));
            long s2 = p.sessions().byName("s2").id();
            p.sessions().replaceTranscript(s2, Transcript.ofUtterances(List.of(
                    new Utterance(0, 0, 1000, "Client", "Whatever you think."))));
            assertEquals(0, hits(p, "session:s2 AND fine"));
            assertEquals(1, hits(p, "session:s2 AND \"whatever you think\""));
            assertEquals(storeRevision(p), p.search().status().revision());
        }
    }

    @Test
    void deletingASessionRemovesItsUtterances() {
        try (Project p = projectWithTwoSessions()) {
            assertEquals(3, hits(p, "session:s2"));
            p.sessions().delete(p.sessions().byName("s2").id(), SearchService.COMMAND_LINE);
            assertEquals(0, hits(p, "session:s2"));
            assertEquals(5, hits(p, "*:*"));
        }
    }

    @Test
    void aChangeTheIndexMissedMakesItStaleAndItIsRebuilt() {
        try (Project p = projectWithTwoSessions()) {
            hits(p, "fine");
            long s2 = p.sessions().byName("s2").id();
            // written behind the service's back, as another tool or an older version could
            p.store().inTransaction(tx -> {
                tx.transcripts().replace(s2, Transcript.ofUtterances(List.of(
                        new Utterance(0, 0, 1000, "Client", "Nothing works."))));
                return null;
            });
            assertEquals(1, hits(p, "\"nothing works\""));
        }
    }

    @Test
    void aDeletedIndexFolderIsRebuiltWithProgress() throws IOException {
        try (Project p = projectWithTwoSessions()) {
            hits(p, "fine");
        }
        deleteRecursively(projectDir().resolve("index"));
        try (Project p = Project.open(projectDir())) {
            AtomicInteger last = new AtomicInteger(-1);
            p.search().setProgress((done, total) -> last.set(done * 100 + total));
            assertEquals(3, hits(p, "\"don't know\""));
            assertEquals(202, last.get());
            assertTrue(p.search().status().rebuilt());
        }
    }

    @Test
    void aCorruptedIndexIsRebuilt() throws IOException {
        try (Project p = projectWithTwoSessions()) {
            hits(p, "fine");
        }
        try (Stream<Path> files = Files.list(projectDir().resolve("index"))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals(TranscriptIndex.MARKER)) Files.writeString(f, "garbage");
            }
        }
        try (Project p = Project.open(projectDir())) {
            assertEquals(3, hits(p, "\"don't know\""));
            assertEquals(8, p.search().status().utterances());
        }
    }

    @Test
    void aFolderThatIsNotAnIndexIsBadInputAndLeftAlone() throws IOException {
        Path index = projectDir().resolve("index");
        try (Project p = SearchFixtures.emptyProject(projectDir())) {
            Files.createDirectories(index);
            Files.writeString(index.resolve("notes.txt"), "my notes");
            SearchFixtures.importTwoSessions(p, dir);
            BadInputException e = assertThrows(BadInputException.class, () -> hits(p, "fine"));
            assertTrue(e.getMessage().contains("is not a Rapport search index"), e.getMessage());
        }
        try (Stream<Path> files = Files.list(index)) {
            assertEquals(List.of("notes.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals("my notes", Files.readString(index.resolve("notes.txt")));
    }

    @Test
    void changingTheLanguageRebuildsWithThatStemmer() {
        try (Project p = projectWithTwoSessions()) {
            assertEquals("en", p.search().status().language());
            p.search().setLanguage("it");
            assertEquals("it", p.search().status().language());
            assertEquals(3, hits(p, "\"don't know\""));
            assertThrows(BadInputException.class, () -> p.search().setLanguage("klingon"));
        }
    }

    @Test
    void anIndexThatReflectsTheStoreIsNotRebuiltOnOpen() {
        try (Project p = projectWithTwoSessions()) {
            hits(p, "fine");
        }
        try (Project p = Project.open(projectDir())) {
            assertFalse(p.search().status().rebuilt());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
