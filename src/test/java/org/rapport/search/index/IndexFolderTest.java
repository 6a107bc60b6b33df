package org.rapport.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.search.analysis.IndexLanguage;

/** Which folders the index claims, and what it makes of an index it finds there. */
class IndexFolderTest {
    @TempDir
    Path dir;

    private Path index() {
        return dir.resolve("index");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** An index in the folder holding one two-utterance session, committed as reflecting revision 7. */
    private void indexOneSession(IndexLanguage language) {
        try (TranscriptIndex i = TranscriptIndex.open(index(), language)) {
            Session s = new Session(1, "s1", null, null, null, null, null, null, null);
            i.replaceSession(s, Transcript.ofUtterances(List.of(new Utterance(0, 0, 1000, "Client", "I don't know."),
                    new Utterance(1, 1000, 2000, "Therapist", "Take your time."))), 7);
        }
    }

    @Test
    void aMissingFolderIsCreatedMarkedAndMustBeBuilt() throws IOException {
        IndexFolder f = IndexFolder.open(index(), IndexLanguage.EN);
        try {
            assertEquals(-1, f.recordedRevision());
            assertFalse(f.wasDamaged());
            assertEquals(List.of(IndexFolder.MARKER, "write.lock"), files(index()));
        } finally {
            f.close();
        }
    }

    @Test
    void aFolderOfOtherFilesIsBadInputAndLeftAsItWas() throws IOException {
        Files.createDirectories(index());
        Files.writeString(index().resolve("notes.txt"), "my notes");
        BadInputException e = assertThrows(BadInputException.class, () -> IndexFolder.open(index(), IndexLanguage.EN));
        assertTrue(e.getMessage().contains("is not a Rapport search index"), e.getMessage());
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertEquals(List.of("notes.txt"), files(index()));
        assertEquals("my notes", Files.readString(index().resolve("notes.txt")));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsBadInput() throws IOException {
        Files.writeString(index(), "not a folder");
        BadInputException e = assertThrows(BadInputException.class, () -> IndexFolder.open(index(), IndexLanguage.EN));
        assertTrue(e.getMessage().contains("it is a file"), e.getMessage());
        assertEquals("not a folder", Files.readString(index()));
    }

    @Test
    void anUnmarkedLuceneIndexIsStillOurs() throws IOException {
        indexOneSession(IndexLanguage.EN);
        Files.delete(index().resolve(IndexFolder.MARKER));
        IndexFolder f = IndexFolder.open(index(), IndexLanguage.EN);
        try {
            assertEquals(7, f.recordedRevision());
            assertTrue(Files.exists(index().resolve(IndexFolder.MARKER)));
        } finally {
            f.close();
        }
    }

    @Test
    void theRevisionOfTheLastCommitIsRead() {
        indexOneSession(IndexLanguage.EN);
        try (TranscriptIndex i = TranscriptIndex.open(index(), IndexLanguage.EN)) {
            assertEquals(7, i.revision());
            assertEquals(2, i.utteranceCount());
            assertFalse(i.wasDamaged());
        }
    }

    @Test
    void anIndexBuiltInAnotherLanguageIsEmptiedButNotCalledDamaged() throws IOException {
        indexOneSession(IndexLanguage.EN);
        try (TranscriptIndex i = TranscriptIndex.open(index(), IndexLanguage.IT)) {
            assertEquals(-1, i.revision());
            assertEquals(0, i.utteranceCount());
            assertFalse(i.wasDamaged());
        }
    }

    @Test
    void aDamagedIndexIsEmptiedAndSaysSo() throws IOException {
        indexOneSession(IndexLanguage.EN);
        for (String name : files(index())) {
            if (!name.equals(IndexFolder.MARKER) && !name.equals("write.lock")) {
                Files.writeString(index().resolve(name), "garbage");
            }
        }
        try (TranscriptIndex i = TranscriptIndex.open(index(), IndexLanguage.EN)) {
            assertTrue(i.wasDamaged());
            assertEquals(-1, i.revision());
            assertEquals(0, i.utteranceCount());
        }
    }

    @Test
    void anIndexAnotherWriterHoldsIsBadInputAndTheHolderGoesOn() {
        try (TranscriptIndex first = TranscriptIndex.open(index(), IndexLanguage.EN)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> TranscriptIndex.open(index(), IndexLanguage.EN));
            assertTrue(e.getMessage().contains("in use by another Rapport process"), e.getMessage());
            first.replaceSession(new Session(1, "s1", null, null, null, null, null, null, null),
                    Transcript.ofUtterances(List.of(new Utterance(0, 0, 1000, "Client", "Fine."))), 1);
            assertEquals(1, first.utteranceCount());
        }
    }
}
