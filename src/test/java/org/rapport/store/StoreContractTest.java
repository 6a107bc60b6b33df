package org.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.model.BadInputException;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.session.UtteranceTime;

/**
 * What every engine's store must do, exercised through the transaction boundary on a real database. An engine's
 * test extends this class and says how to make a new, empty, migrated store.
 */
public abstract class StoreContractTest {
    private ProjectStore store;

    /** A new store with the schema migrated and no data; it is closed after each test. */
    protected abstract ProjectStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Session session(String name) {
        return new Session(0, name, "C-1", "Dr. T", 3, null, null, null, 60_000L);
    }

    private static Coding coding(long session, long rater, String codebook, String code, long start, long end) {
        return new Coding(0, session, rater, codebook, "1.0", code, start, end, null, null, null, null, null, null);
    }

    private static Rating rating(long session, long rater, String codebook, String item, Integer segment, double value) {
        return new Rating(0, session, rater, codebook, "1.0", item, segment, value, null);
    }

    private static final Transcript TWO_LINES = new Transcript(
            List.of(new Participant("Th", Role.THERAPIST), new Participant("Cl", Role.CLIENT)),
            List.of(new Utterance(0, 0, 1000, "Th", "How are you?"), new Utterance(1, 1200, 1800, "Cl", "Fine.")));

    /** Two sessions (s1, s2) and two observers (Ana, Ben), as ids. */
    private record World(long s1, long s2, long ana, long ben) {
    }

    private World world() {
        return store.inTransaction(tx -> new World(tx.sessions().insert(session("s1")).id(),
                tx.sessions().insert(session("s2")).id(), tx.raters().insert("Ana", RaterRole.OBSERVER).id(),
                tx.raters().insert("Ben", RaterRole.OBSERVER).id()));
    }

    private static List<String> codes(List<Coding> codings) {
        return codings.stream().map(k -> k.codeId() + "@" + k.startMs()).toList();
    }

    private static List<String> actions(List<AuditLog.Entry> entries) {
        return entries.stream().map(AuditLog.Entry::action).toList();
    }

    // --- transaction boundary

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        World w = world();
        assertThrows(IllegalStateException.class, () -> store.inTransaction(tx -> {
            tx.sessions().insert(session("s3"));
            tx.codings().insert(coding(w.s1(), w.ana(), "3rs", "w-denial", 0, 10), w.ana());
            throw new IllegalStateException("boom");
        }));
        store.read(tx -> {
            assertEquals(List.of("s1", "s2"), tx.sessions().all().stream().map(Session::name).toList());
            assertEquals(List.of(), tx.codings().in(Selection.ALL));
            assertEquals(List.of(), tx.audit().all());
            return null;
        });
    }

    @Test
    void aUsersMistakeFoundInsideATransactionComesOutAsItIs() {
        BadInputException mistake = new BadInputException("a session named 's1' exists already");
        BadInputException thrown = assertThrows(BadInputException.class, () -> store.inTransaction(tx -> {
            tx.sessions().insert(session("s1"));
            throw mistake;
        }));
        assertSame(mistake, thrown);
        assertEquals(List.of(), store.read(tx -> tx.sessions().all()));
    }

    @Test
    void anSqlFailureIsAStoreFailureNamingTheStoreAndRollsBack() {
        World w = world();
        StoreException e = assertThrows(StoreException.class, () -> store.inTransaction(tx -> {
            tx.sessions().insert(session("s3"));
            return tx.raters().insert("Ana", RaterRole.SUPERVISOR);
        }));
        assertTrue(e.getMessage().contains(store.location()), e.getMessage());
        assertEquals(2, store.read(tx -> tx.sessions().all()).size());
        assertEquals(Optional.of(new Rater(w.ana(), "Ana", RaterRole.OBSERVER)), store.read(tx -> tx.raters().byName("Ana")));
    }

    @Test
    void whatAReadWritesIsNotKept() {
        store.read(tx -> tx.sessions().insert(session("s1")));
        assertEquals(List.of(), store.read(tx -> tx.sessions().all()));
    }

    // --- sessions

    @Test
    void sessionsAreFoundByNameAndIdAndListedByName() {
        Session stored = store.inTransaction(tx -> {
            tx.sessions().insert(new Session(0, "s2", null, null, null, null, null, null, null));
            return tx.sessions().insert(new Session(0, "s1", "C-101", "Dr. Rivera", 4, LocalDate.of(2026, 3, 2),
                    "/media/s1.mp4", "ab".repeat(32), 3_000_000L));
        });
        store.read(tx -> {
            assertEquals(Optional.of(stored), tx.sessions().byName("s1"));
            assertEquals(Optional.of(stored), tx.sessions().byId(stored.id()));
            assertEquals(Optional.empty(), tx.sessions().byName("s3"));
            assertEquals(List.of("s1", "s2"), tx.sessions().all().stream().map(Session::name).toList());
            Session bare = tx.sessions().byName("s2").orElseThrow();
            assertNull(bare.number());
            assertNull(bare.date());
            assertNull(bare.durationMs());
            return null;
        });
    }

    @Test
    void sessionCountsFollowTheTranscript() {
        World w = world();
        store.inTransaction(tx -> {
            tx.transcripts().replace(w.s2(), TWO_LINES);
            return null;
        });
        List<SessionCounts> rows = store.read(tx -> tx.sessions().allWithCounts());
        assertEquals(List.of("s1", "s2"), rows.stream().map(r -> r.session().name()).toList());
        assertEquals(List.of(0, 2), rows.stream().map(SessionCounts::utterances).toList());
        assertEquals(List.of(0, 2), rows.stream().map(SessionCounts::participants).toList());
    }

    @Test
    void aRecordedDurationReplacesTheOldOne() {
        World w = world();
        store.inTransaction(tx -> {
            tx.sessions().updateDuration(w.s1(), 1_234_567L);
            return null;
        });
        Session s = store.read(tx -> tx.sessions().byId(w.s1())).orElseThrow();
        assertEquals(1_234_567L, s.durationMs());
        assertEquals("Dr. T", s.therapist());
    }

    @Test
    void deletingASessionTakesItsTranscriptCodingsRatingsAndAssignmentsEachAudited() {
        World w = world();
        long[] ids = store.inTransaction(tx -> {
            tx.transcripts().replace(w.s1(), TWO_LINES);
            tx.transcripts().replace(w.s2(), TWO_LINES);
            long k = tx.codings().insert(coding(w.s1(), w.ana(), "3rs", "w-denial", 0, 10), w.ana()).id();
            long r = tx.ratings().put(rating(w.s1(), w.ana(), "wai-o-s", "wai01", null, 5), w.ana()).id();
            tx.codings().insert(coding(w.s2(), w.ana(), "3rs", "w-denial", 0, 10), w.ana());
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.IN_PROGRESS));
            tx.assignments().put(new Assignment(w.s2(), w.ana(), "3rs", AssignmentStatus.IN_PROGRESS));
            return new long[] {k, r, tx.meta().transcriptRevision()};
        });
        store.inTransaction(tx -> {
            tx.sessions().delete(w.s1(), w.ben());
            return null;
        });
        store.read(tx -> {
            assertEquals(Optional.empty(), tx.sessions().byId(w.s1()));
            assertEquals(List.of(), tx.transcripts().load(w.s1()).utterances());
            assertEquals(List.of(w.s2()), tx.codings().in(Selection.ALL).stream().map(Coding::sessionId).toList());
            assertEquals(List.of(), tx.ratings().in(Selection.ALL));
            assertEquals(List.of(w.s2()), tx.assignments().in(Selection.ALL, null).stream()
                    .map(Assignment::sessionId).toList());
            assertEquals(2, tx.transcripts().load(w.s2()).utterances().size());
            List<AuditLog.Entry> coding = tx.audit().forEntity(CodingRepository.ENTITY, ids[0]);
            assertEquals(List.of("insert", "delete"), actions(coding));
            assertEquals(w.ben(), coding.get(1).raterId());
            assertEquals(List.of("insert", "delete"), actions(tx.audit().forEntity(RatingRepository.ENTITY, ids[1])));
            assertEquals(ids[2] + 1, tx.meta().transcriptRevision());
            return null;
        });
    }

    // --- transcripts

    @Test
    void replacingATranscriptBumpsTheRevisionTheIndexFollows() {
        long[] revs = store.inTransaction(tx -> {
            long before = tx.meta().transcriptRevision();
            Session s = tx.sessions().insert(session("s1"));
            tx.transcripts().replace(s.id(), Transcript.ofUtterances(List.of(
                    new Utterance(0, 0, 1000, "Therapist", "How are you?"),
                    new Utterance(1, 1200, 1800, "Client", "Fine."))));
            return new long[] {before, tx.meta().transcriptRevision(), s.id()};
        });
        assertEquals(revs[0] + 1, revs[1]);
        Transcript t = store.read(tx -> tx.transcripts().load(revs[2]));
        assertEquals("Fine.", t.utterances().get(1).text());
    }

    @Test
    void aTranscriptComesBackAsItWasStoredAndAReplacementLeavesNoTrace() {
        World w = world();
        Transcript other = new Transcript(List.of(new Participant("P", Role.CLIENT)),
                List.of(new Utterance(0, 500, 900, "P", "Je ne sais pas\u2026 \u00e7a va.")));
        store.inTransaction(tx -> {
            tx.transcripts().replace(w.s1(), TWO_LINES);
            tx.transcripts().replace(w.s1(), other);
            return null;
        });
        assertEquals(other, store.read(tx -> tx.transcripts().load(w.s1())));
    }

    @Test
    void utteranceTimesAreInTranscriptOrderAndEmptyForASessionWithoutTranscript() {
        World w = world();
        store.inTransaction(tx -> {
            tx.transcripts().replace(w.s1(), TWO_LINES);
            return null;
        });
        var times = store.read(tx -> tx.transcripts().utteranceTimes(List.of(w.s1(), w.s2())));
        assertEquals(List.of(new UtteranceTime(0, 0, 1000), new UtteranceTime(1, 1200, 1800)), times.get(w.s1()));
        assertEquals(List.of(), times.get(w.s2()));
    }

    // --- codings

    @Test
    void everyCodingChangeWritesAnAuditRowWithBeforeAndAfter() {
        World w = world();
        List<AuditLog.Entry> log = store.inTransaction(tx -> {
            Coding k = tx.codings().insert(coding(w.s1(), w.ana(), "3rs", "w-denial", 1000, 2500), w.ana());
            tx.codings().update(k.withTimes(1200, 2600), w.ana());
            tx.codings().delete(k.id(), w.ana());
            return tx.audit().forEntity(CodingRepository.ENTITY, k.id());
        });
        assertEquals(List.of("insert", "update", "delete"), actions(log));
        assertNull(log.get(0).beforeJson());
        assertTrue(log.get(1).beforeJson().contains("\"start_ms\":1000"), log.get(1).beforeJson());
        assertTrue(log.get(1).afterJson().contains("\"start_ms\":1200"), log.get(1).afterJson());
        assertEquals(null, log.get(2).afterJson());
        assertEquals(w.ana(), log.get(0).raterId());
        assertEquals(log, store.read(tx -> tx.audit().all()));
    }

    @Test
    void aCodingKeepsItsSpanValueAndNoteAndAnUpdateKeepsWhoAndWhen() {
        World w = world();
        Coding stored = store.inTransaction(tx -> tx.codings().insert(new Coding(0, w.s1(), w.ana(), "3rs", "1.0",
                "w-denial", 1000, 2500, 2, 4, 0.75, "flat voice \u2014 \"fine\"", null, null), w.ana()));
        Coding read = store.read(tx -> tx.codings().byId(stored.id())).orElseThrow();
        assertEquals(List.of(w.s1(), w.ana(), 2, 4, 0.75, "flat voice \u2014 \"fine\"", "1.0"), List.of(read.sessionId(),
                read.raterId(), read.firstUtterance(), read.lastUtterance(), read.value(), read.note(),
                read.codebookVersion()));
        Coding changed = store.inTransaction(tx -> tx.codings().update(new Coding(stored.id(), 0, 0, "x", "x",
                "w-minimal", 1100, 2400, null, null, null, null, null, null), w.ana()));
        Coding after = store.read(tx -> tx.codings().byId(stored.id())).orElseThrow();
        assertEquals(List.of("w-minimal", 1100L, 2400L, w.s1(), w.ana(), "3rs", "1.0"), List.of(after.codeId(),
                after.startMs(), after.endMs(), after.sessionId(), after.raterId(), after.codebookId(),
                after.codebookVersion()));
        assertNull(after.firstUtterance());
        assertNull(after.value());
        assertNull(after.note());
        assertEquals(changed.codeId(), after.codeId());
        assertFalse(after.updated().isBefore(after.created()));
    }

    @Test
    void anEditFromAStaleCopyIsAConflictAndChangesNothing() {
        World w = world();
        Coding first = store.inTransaction(tx -> tx.codings().insert(coding(w.s1(), w.ana(), "3rs", "w-denial", 0, 10),
                w.ana()));
        assertEquals(1, first.version());
        Coding second = store.inTransaction(tx -> tx.codings().update(first.withNote("Ana's reading"), w.ana()));
        assertEquals(2, second.version());
        assertEquals(2, store.read(tx -> tx.codings().byId(first.id())).orElseThrow().version());
        StoreConflictException e = assertThrows(StoreConflictException.class, () -> store.inTransaction(tx ->
                tx.codings().update(first.withNote("a supervisor's reading of the old copy"), w.ben())));
        assertTrue(e.getMessage().contains("changed by someone else"), e.getMessage());
        Coding stored = store.read(tx -> tx.codings().byId(first.id())).orElseThrow();
        assertEquals("Ana's reading", stored.note());
        assertEquals(List.of("insert", "update"), actions(store.read(tx -> tx.audit().forEntity(CodingRepository.ENTITY,
                first.id()))));
        Coding third = store.inTransaction(tx -> tx.codings().update(stored.withNote("read again, then changed"),
                w.ben()));
        assertEquals(3, third.version());
    }

    @Test
    void changingACodingThatIsGoneFailsAndWritesNoAuditRow() {
        World w = world();
        assertThrows(StoreException.class, () -> store.inTransaction(tx -> {
            tx.codings().delete(999_999, w.ana());
            return null;
        }));
        assertThrows(StoreException.class, () -> store.inTransaction(tx -> tx.codings().update(new Coding(999_999,
                w.s1(), w.ana(), "3rs", "1.0", "w-denial", 0, 10, null, null, null, null, null, null), w.ana())));
        assertEquals(List.of(), store.read(tx -> tx.audit().all()));
    }

    @Test
    void aSessionsCodingsComeByStartTimeAndOnlyOneRatersWhenAsked() {
        World w = world();
        store.inTransaction(tx -> {
            tx.codings().insert(coding(w.s1(), w.ben(), "3rs", "b", 3000, 4000), w.ben());
            tx.codings().insert(coding(w.s1(), w.ana(), "3rs", "a", 5000, 6000), w.ana());
            tx.codings().insert(coding(w.s1(), w.ana(), "3rs", "c", 1000, 2000), w.ana());
            tx.codings().insert(coding(w.s2(), w.ana(), "3rs", "d", 0, 500), w.ana());
            return null;
        });
        assertEquals(List.of("c@1000", "b@3000", "a@5000"), codes(store.read(tx -> tx.codings().forSession(w.s1(), null))));
        assertEquals(List.of("c@1000", "a@5000"), codes(store.read(tx -> tx.codings().forSession(w.s1(), w.ana()))));
    }

    @Test
    void aSelectionFiltersCodingsByCodebookSessionsAndRatersInTheStore() {
        World w = world();
        store.inTransaction(tx -> {
            tx.codings().insert(coding(w.s2(), w.ana(), "3rs", "a", 100, 200), w.ana());
            tx.codings().insert(coding(w.s1(), w.ben(), "3rs", "b", 300, 400), w.ben());
            tx.codings().insert(coding(w.s1(), w.ana(), "demo", "c", 0, 100), w.ana());
            tx.codings().insert(coding(w.s1(), w.ana(), "3rs", "d", 50, 60), w.ana());
            return null;
        });
        assertEquals(List.of("c@0", "d@50", "b@300", "a@100"), codes(read(Selection.ALL)));
        assertEquals(List.of("d@50", "b@300", "a@100"), codes(read(Selection.ALL.codebook("3rs"))));
        assertEquals(List.of("a@100"), codes(read(Selection.ALL.session(w.s2()))));
        assertEquals(List.of("b@300"), codes(read(Selection.ALL.rater(w.ben()))));
        assertEquals(List.of("d@50", "a@100"), codes(read(Selection.ALL.codebook("3rs")
                .sessions(List.of(w.s1(), w.s2())).raters(Set.of(w.ana())))));
        assertEquals(List.of(), codes(read(Selection.ALL.sessions(List.of()))));
        assertEquals(List.of(), codes(read(Selection.ALL.codebook("wai-o-s"))));
    }

    private List<Coding> read(Selection selection) {
        return store.read(tx -> tx.codings().in(selection));
    }

    @Test
    void codingsOfOneCodeAreNarrowedByCodebookAndRater() {
        World w = world();
        store.inTransaction(tx -> {
            tx.codings().insert(coding(w.s2(), w.ana(), "3rs", "w-denial", 0, 10), w.ana());
            tx.codings().insert(coding(w.s1(), w.ben(), "3rs", "w-denial", 20, 30), w.ben());
            tx.codings().insert(coding(w.s1(), w.ana(), "other", "w-denial", 40, 50), w.ana());
            tx.codings().insert(coding(w.s1(), w.ana(), "3rs", "w-minimal", 60, 70), w.ana());
            return null;
        });
        assertEquals(List.of("w-denial@20", "w-denial@40", "w-denial@0"),
                codes(store.read(tx -> tx.codings().ofCode("w-denial", Selection.ALL))));
        assertEquals(List.of("w-denial@20", "w-denial@0"),
                codes(store.read(tx -> tx.codings().ofCode("w-denial", Selection.ALL.codebook("3rs")))));
        assertEquals(List.of("w-denial@0"), codes(store.read(tx -> tx.codings().ofCode("w-denial",
                Selection.ALL.codebook("3rs").rater(w.ana())))));
    }

    // --- ratings

    @Test
    void settingARatingTwiceUpdatesItAndKeepsOneRow() {
        World w = world();
        List<Rating> ratings = store.inTransaction(tx -> {
            tx.ratings().put(rating(w.s1(), w.ana(), "wai-o-s", "wai01", null, 5), w.ana());
            tx.ratings().put(rating(w.s1(), w.ana(), "wai-o-s", "wai01", null, 6), w.ana());
            tx.ratings().put(rating(w.s1(), w.ana(), "3rs", "seg-withdrawal", 0, 3), w.ana());
            return tx.ratings().forSession(w.s1(), w.ana());
        });
        assertEquals(2, ratings.size());
        Rating wai = ratings.stream().filter(r -> r.itemId().equals("wai01")).findFirst().orElseThrow();
        assertEquals(6.0, wai.value());
        assertEquals(null, wai.segment());
    }

    @Test
    void everyRatingChangeWritesAnAuditRowWithBeforeAndAfter() {
        World w = world();
        List<AuditLog.Entry> log = store.inTransaction(tx -> {
            Rating r = tx.ratings().put(rating(w.s1(), w.ana(), "wai-o-s", "wai01", null, 5), w.ana());
            tx.ratings().put(rating(w.s1(), w.ana(), "wai-o-s", "wai01", null, 6), w.ana());
            tx.ratings().delete(r.id(), w.ben());
            return tx.audit().forEntity(RatingRepository.ENTITY, r.id());
        });
        assertEquals(List.of("insert", "update", "delete"), actions(log));
        assertTrue(log.get(1).beforeJson().contains("\"value\":5.0"), log.get(1).beforeJson());
        assertTrue(log.get(1).afterJson().contains("\"value\":6.0"), log.get(1).afterJson());
        assertEquals(w.ben(), log.get(2).raterId());
        assertEquals(List.of(), store.read(tx -> tx.ratings().forSession(w.s1(), null)));
    }

    @Test
    void segmentAndWholeSessionRatingsOfAnItemAreKeptApart() {
        World w = world();
        store.inTransaction(tx -> {
            tx.ratings().put(rating(w.s1(), w.ana(), "3rs", "item", null, 1), w.ana());
            tx.ratings().put(rating(w.s1(), w.ana(), "3rs", "item", 0, 2), w.ana());
            tx.ratings().put(rating(w.s1(), w.ana(), "3rs", "item", 1, 3), w.ana());
            return null;
        });
        List<Rating> rs = store.read(tx -> tx.ratings().forSession(w.s1(), null));
        assertEquals(java.util.Arrays.asList(null, 0, 1), rs.stream().map(Rating::segment).toList());
        assertEquals(List.of(1.0, 2.0, 3.0), rs.stream().map(Rating::value).toList());
    }

    @Test
    void aSelectionFiltersRatingsByCodebookSessionsAndRatersInTheStore() {
        World w = world();
        store.inTransaction(tx -> {
            tx.ratings().put(rating(w.s2(), w.ana(), "wai-o-s", "wai01", null, 1), w.ana());
            tx.ratings().put(rating(w.s1(), w.ben(), "wai-o-s", "wai01", null, 2), w.ben());
            tx.ratings().put(rating(w.s1(), w.ana(), "3rs", "seg", 0, 3), w.ana());
            tx.ratings().put(rating(w.s1(), w.ana(), "wai-o-s", "wai02", null, 4), w.ana());
            return null;
        });
        assertEquals(List.of(3.0, 4.0, 2.0, 1.0), values(Selection.ALL));
        assertEquals(List.of(4.0, 2.0, 1.0), values(Selection.ALL.codebook("wai-o-s")));
        assertEquals(List.of(4.0, 1.0), values(Selection.ALL.codebook("wai-o-s").rater(w.ana())));
        assertEquals(List.of(2.0), values(Selection.ALL.session(w.s1()).raters(List.of(w.ben()))));
        assertEquals(List.of(), values(Selection.ALL.raters(List.of())));
    }

    private List<Double> values(Selection selection) {
        return store.read(tx -> tx.ratings().in(selection)).stream().map(Rating::value).toList();
    }

    // --- raters

    @Test
    void ratersAreFoundByNameAndIdAndListedByName() {
        Rater dana = store.inTransaction(tx -> {
            tx.raters().insert("Ben", RaterRole.OBSERVER);
            tx.raters().insert("Ana", RaterRole.MASTER);
            return tx.raters().insert("Dana", RaterRole.SUPERVISOR);
        });
        store.read(tx -> {
            assertEquals(Optional.of(dana), tx.raters().byName("Dana"));
            assertEquals(Optional.of(dana), tx.raters().byId(dana.id()));
            assertEquals(Optional.empty(), tx.raters().byName("Eve"));
            assertEquals(List.of("Ana", "Ben", "Dana"), tx.raters().all().stream().map(Rater::name).toList());
            assertEquals(RaterRole.MASTER, tx.raters().byName("Ana").orElseThrow().role());
            return null;
        });
    }

    // --- assignments

    @Test
    void puttingAnAssignmentAgainReplacesItsStatus() {
        World w = world();
        store.inTransaction(tx -> {
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.NOT_STARTED));
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.COMPLETE));
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "wai-o-s", AssignmentStatus.IN_PROGRESS));
            return null;
        });
        assertEquals(List.of(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.COMPLETE),
                new Assignment(w.s1(), w.ana(), "wai-o-s", AssignmentStatus.IN_PROGRESS)),
                store.read(tx -> tx.assignments().in(Selection.ALL, null)));
    }

    /** Drift bins by completion time: it is set on completing, kept while complete, and gone once reopened. */
    @Test
    void anAssignmentKeepsTheTimeItWasCompletedUntilItIsReopened() throws Exception {
        World w = world();
        java.util.function.Supplier<java.time.Instant> completedAt = () -> store.read(tx -> tx.assignments()
                .completions(Selection.ALL.session(w.s1()).rater(w.ana()))).stream().findFirst()
                .map(AssignmentRepository.Completion::completedAt).orElse(null);
        store.inTransaction(tx -> {
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.IN_PROGRESS));
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.COMPLETE));
            return null;
        });
        java.time.Instant first = completedAt.get();
        assertNotNull(first, "set when completed");
        Thread.sleep(20);
        store.inTransaction(tx -> {
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.COMPLETE));
            return null;
        });
        assertEquals(first, completedAt.get(), "completing again keeps the first time");
        store.inTransaction(tx -> {
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.IN_PROGRESS));
            return null;
        });
        assertEquals(List.of(), store.read(tx -> tx.assignments().completions(Selection.ALL.session(w.s1()))));
        Thread.sleep(20);
        store.inTransaction(tx -> {
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.COMPLETE));
            return null;
        });
        assertTrue(completedAt.get().isAfter(first), "completed anew after the reopening: " + completedAt.get());
    }

    @Test
    void addingAnAssignmentThatExistsKeepsItsStatus() {
        World w = world();
        store.inTransaction(tx -> {
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.COMPLETE));
            tx.assignments().addIfAbsent(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.NOT_STARTED));
            tx.assignments().addIfAbsent(new Assignment(w.s1(), w.ben(), "3rs", AssignmentStatus.NOT_STARTED));
            return null;
        });
        assertEquals(List.of(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.COMPLETE),
                new Assignment(w.s1(), w.ben(), "3rs", AssignmentStatus.NOT_STARTED)),
                store.read(tx -> tx.assignments().in(Selection.ALL, null)));
    }

    @Test
    void startingToCodeMovesOnlyANotStartedAssignmentAndAddsAMissingOne() {
        World w = world();
        store.inTransaction(tx -> {
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.NOT_STARTED));
            tx.assignments().put(new Assignment(w.s1(), w.ben(), "3rs", AssignmentStatus.COMPLETE));
            tx.assignments().markInProgress(w.s1(), w.ana(), "3rs");
            tx.assignments().markInProgress(w.s1(), w.ben(), "3rs");
            tx.assignments().markInProgress(w.s2(), w.ana(), "3rs");
            tx.assignments().markInProgress(w.s2(), w.ana(), "3rs");
            return null;
        });
        assertEquals(List.of(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.IN_PROGRESS),
                new Assignment(w.s1(), w.ben(), "3rs", AssignmentStatus.COMPLETE),
                new Assignment(w.s2(), w.ana(), "3rs", AssignmentStatus.IN_PROGRESS)),
                store.read(tx -> tx.assignments().in(Selection.ALL, null)));
    }

    @Test
    void assignmentsAreSelectedBySessionsRatersCodebookAndStatus() {
        World w = world();
        store.inTransaction(tx -> {
            tx.assignments().put(new Assignment(w.s2(), w.ana(), "3rs", AssignmentStatus.COMPLETE));
            tx.assignments().put(new Assignment(w.s1(), w.ben(), "3rs", AssignmentStatus.COMPLETE));
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.IN_PROGRESS));
            tx.assignments().put(new Assignment(w.s1(), w.ana(), "wai-o-s", AssignmentStatus.COMPLETE));
            return null;
        });
        assertEquals(List.of(new Assignment(w.s1(), w.ben(), "3rs", AssignmentStatus.COMPLETE),
                new Assignment(w.s2(), w.ana(), "3rs", AssignmentStatus.COMPLETE)),
                store.read(tx -> tx.assignments().in(Selection.ALL.codebook("3rs"), AssignmentStatus.COMPLETE)));
        assertEquals(List.of(new Assignment(w.s1(), w.ana(), "3rs", AssignmentStatus.IN_PROGRESS),
                new Assignment(w.s1(), w.ana(), "wai-o-s", AssignmentStatus.COMPLETE)),
                store.read(tx -> tx.assignments().in(Selection.ALL.session(w.s1()).rater(w.ana()), null)));
        assertEquals(List.of(), store.read(tx -> tx.assignments().in(Selection.ALL.sessions(Set.of()), null)));
    }

    // --- codebooks

    @Test
    void aCodebookVersionKeepsItsYamlTextExactly() {
        String yaml = "\uFEFFid: x\nversion: '1.0'\ntitle: \"Caf\u00e9 \u2014 \uD83D\uDE00\"\n";
        StoredCodebook cb = new StoredCodebook("x", "1.0", "Caf\u00e9", "0".repeat(64), "x.yaml", yaml);
        store.inTransaction(tx -> {
            tx.codebooks().insert(cb);
            return null;
        });
        assertEquals(Optional.of(cb), store.read(tx -> tx.codebooks().get("x", "1.0")));
        assertEquals(Optional.empty(), store.read(tx -> tx.codebooks().get("x", "2.0")));
    }

    @Test
    void theVersionInUseIsTheOneAddedLast() {
        for (String[] v : new String[][] {{"3rs", "1.0"}, {"wai-o-s", "1.0"}, {"3rs", "0.9"}}) {
            store.inTransaction(tx -> {
                tx.codebooks().insert(new StoredCodebook(v[0], v[1], v[0], "0".repeat(64), v[0] + ".yaml", "id: " + v[0]));
                return null;
            });
        }
        store.read(tx -> {
            assertEquals(List.of(new CodebookVersion("3rs", "0.9"), new CodebookVersion("wai-o-s", "1.0")),
                    tx.codebooks().inUse());
            assertEquals(Optional.of(new CodebookVersion("3rs", "0.9")), tx.codebooks().inUse("3rs"));
            assertEquals(Optional.empty(), tx.codebooks().inUse("demo"));
            assertEquals(List.of("3rs@1.0", "3rs@0.9", "wai-o-s@1.0"), tx.codebooks().all().stream()
                    .map(c -> c.codebookId() + "@" + c.version()).toList());
            return null;
        });
    }

    @Test
    void aCodebookVersionIsStoredOnce() {
        StoredCodebook cb = new StoredCodebook("x", "1.0", "X", "0".repeat(64), "x.yaml", "id: x");
        store.inTransaction(tx -> {
            tx.codebooks().insert(cb);
            return null;
        });
        assertThrows(StoreException.class, () -> store.inTransaction(tx -> {
            tx.codebooks().insert(cb);
            return null;
        }));
        assertEquals(1, store.read(tx -> tx.codebooks().all()).size());
    }

    // --- workspace state and project settings

    @Test
    void workspaceStateIsKeptPerRaterAndKeyAndReplacedWhenSetAgain() {
        World w = world();
        store.inTransaction(tx -> {
            tx.workspaceState().put(w.ana(), "session.last", "s1");
            tx.workspaceState().put(w.ana(), "session.last", "s2");
            tx.workspaceState().put(w.ben(), "session.last", "s1");
            tx.workspaceState().put(w.ana(), "layout.split", "0.6");
            return null;
        });
        store.read(tx -> {
            assertEquals(Optional.of("s2"), tx.workspaceState().get(w.ana(), "session.last"));
            assertEquals(Optional.of("s1"), tx.workspaceState().get(w.ben(), "session.last"));
            assertEquals(Optional.of("0.6"), tx.workspaceState().get(w.ana(), "layout.split"));
            assertEquals(Optional.empty(), tx.workspaceState().get(w.ben(), "layout.split"));
            return null;
        });
    }

    @Test
    void theSearchLanguageIsEnglishUntilSetAndTheLastSettingIsKept() {
        assertEquals(Optional.of("en"), store.read(tx -> tx.meta().language()));
        store.inTransaction(tx -> {
            tx.meta().setLanguage("de");
            tx.meta().setLanguage("fr");
            return null;
        });
        assertEquals(Optional.of("fr"), store.read(tx -> tx.meta().language()));
        long revision = store.read(tx -> tx.meta().transcriptRevision());
        assertEquals(0, revision);
    }
}
