package org.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.BadInputException;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

class ProjectStoreTest {
    @TempDir
    Path dir;

    private static Session session(String name) {
        return new Session(0, name, "C-1", "Dr. T", 3, null, null, null, 60_000L);
    }

    @Test
    void aCodingSurvivesClosingAndReopeningTheProject() {
        long id;
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"))) {
            id = store.inTransaction(c -> {
                Session s = SessionRepository.insert(c, session("s1"));
                Rater r = RaterRepository.insert(c, "Ana", RaterRole.OBSERVER);
                return CodingRepository.insert(c, new Coding(0, s.id(), r.id(), "3rs", "1.0", "w-denial", 1000, 2500,
                        null, null, null, "flat voice", null, null), r.id()).id();
            });
        }
        try (ProjectStore store = ProjectStore.open(dir.resolve("p"))) {
            Coding k = store.read(c -> CodingRepository.byId(c, id)).orElseThrow();
            assertEquals("w-denial", k.codeId());
            assertEquals(1000, k.startMs());
            assertEquals("flat voice", k.note());
        }
    }

    @Test
    void everyCodingChangeWritesAnAuditRowWithBeforeAndAfter() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"))) {
            List<AuditLog.Entry> log = store.inTransaction(c -> {
                Session s = SessionRepository.insert(c, session("s1"));
                Rater r = RaterRepository.insert(c, "Ana", RaterRole.OBSERVER);
                Coding k = CodingRepository.insert(c, new Coding(0, s.id(), r.id(), "3rs", "1.0", "w-denial", 1000,
                        2500, null, null, null, null, null, null), r.id());
                CodingRepository.update(c, k.withTimes(1200, 2600), r.id());
                CodingRepository.delete(c, k.id(), r.id());
                return AuditLog.forEntity(c, CodingRepository.ENTITY, k.id());
            });
            assertEquals(List.of("insert", "update", "delete"), log.stream().map(AuditLog.Entry::action).toList());
            assertTrue(log.get(1).beforeJson().contains("\"start_ms\":1000"));
            assertTrue(log.get(1).afterJson().contains("\"start_ms\":1200"));
            assertEquals(null, log.get(2).afterJson());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"))) {
            assertThrows(IllegalStateException.class, () -> store.inTransaction(c -> {
                SessionRepository.insert(c, session("s1"));
                throw new IllegalStateException("boom");
            }));
            assertEquals(0, store.read(SessionRepository::all).size());
        }
    }

    @Test
    void settingARatingTwiceUpdatesItAndKeepsOneRow() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"))) {
            List<Rating> ratings = store.inTransaction(c -> {
                Session s = SessionRepository.insert(c, session("s1"));
                Rater r = RaterRepository.insert(c, "Ana", RaterRole.OBSERVER);
                RatingRepository.put(c, new Rating(0, s.id(), r.id(), "wai-o-s", "1.0", "wai01", null, 5, null), r.id());
                RatingRepository.put(c, new Rating(0, s.id(), r.id(), "wai-o-s", "1.0", "wai01", null, 6, null), r.id());
                RatingRepository.put(c, new Rating(0, s.id(), r.id(), "3rs", "1.0", "seg-withdrawal", 0, 3, null), r.id());
                return RatingRepository.forSession(c, s.id(), r.id());
            });
            assertEquals(2, ratings.size());
            Rating wai = ratings.stream().filter(r -> r.itemId().equals("wai01")).findFirst().orElseThrow();
            assertEquals(6.0, wai.value());
            assertEquals(null, wai.segment());
        }
    }

    @Test
    void replacingATranscriptBumpsTheRevisionTheIndexFollows() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"))) {
            long[] revs = store.inTransaction(c -> {
                long before = MetaRepository.transcriptRevision(c);
                Session s = SessionRepository.insert(c, session("s1"));
                TranscriptRepository.replace(c, s.id(), Transcript.ofUtterances(List.of(
                        new Utterance(0, 0, 1000, "Therapist", "How are you?"),
                        new Utterance(1, 1200, 1800, "Client", "Fine."))));
                return new long[] {before, MetaRepository.transcriptRevision(c)};
            });
            assertEquals(revs[0] + 1, revs[1]);
            Transcript t = store.read(c -> TranscriptRepository.load(c, 1));
            assertEquals("Fine.", t.utterances().get(1).text());
        }
    }

    @Test
    void utteranceTimesAreInTranscriptOrderAndEmptyForASessionWithoutTranscript() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"))) {
            long[] ids = store.inTransaction(c -> {
                Session s = SessionRepository.insert(c, session("s1"));
                Session none = SessionRepository.insert(c, session("s2"));
                TranscriptRepository.replace(c, s.id(), Transcript.ofUtterances(List.of(
                        new Utterance(0, 0, 1000, "Therapist", "How are you?"),
                        new Utterance(1, 1200, 1800, "Client", "Fine."))));
                return new long[] {s.id(), none.id()};
            });
            var times = store.read(c -> TranscriptRepository.utteranceTimes(c, List.of(ids[0], ids[1])));
            assertEquals(List.of(new org.rapport.model.session.UtteranceTime(0, 0, 1000),
                    new org.rapport.model.session.UtteranceTime(1, 1200, 1800)), times.get(ids[0]));
            assertEquals(List.of(), times.get(ids[1]));
        }
    }

    @Test
    void openingAFolderWithoutAProjectIsBadInputAndCreatesNothing() {
        Path empty = dir.resolve("nothing");
        BadInputException e = assertThrows(BadInputException.class, () -> ProjectStore.open(empty));
        assertTrue(e.getMessage().contains("not a Rapport project"), e.getMessage());
        assertTrue(Files.notExists(empty));
    }

    @Test
    void creatingAProjectWhereOneExistsIsRefused() {
        ProjectStore.create(dir.resolve("p")).close();
        BadInputException e = assertThrows(BadInputException.class, () -> ProjectStore.create(dir.resolve("p")));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }
}
