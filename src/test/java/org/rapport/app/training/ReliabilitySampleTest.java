package org.rapport.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.BadInputException;
import org.rapport.model.coding.Assignment;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.AuditLog;

/**
 * The reliability sample: round(share × n) sessions per stratum, the same pick for the same seed and another for
 * another seed, gold sessions left out, each pick assigned to a second rater not on it already, stored and audited.
 */
class ReliabilitySampleTest {
    /** Sessions per client: 12, 8, 15 and 6; with share .25 the strata give 3, 2, 3.75 → 4 and 1.5 → 2. */
    static final Map<String, Integer> CLIENTS = Map.of("C1", 12, "C2", 8, "C3", 15, "C4", 6);

    @TempDir static Path built;
    @TempDir Path dir;
    TrainingFixture f;
    Rater ben;
    Rater cleo;

    /** Built once (42 imports); each test works on its own copy. */
    @BeforeAll
    static void fortyOneSessionsAndOneGold() throws Exception {
        TrainingFixture b = new TrainingFixture(built);
        Rater master = b.rater("Master", RaterRole.MASTER);
        b.rater("Ben", RaterRole.OBSERVER);
        b.rater("Cleo", RaterRole.OBSERVER);
        int n = 0;
        for (String client : List.of("C1", "C2", "C3", "C4")) {
            for (int i = 0; i < CLIENTS.get(client); i++) {
                b.session(String.format("%s-s%02d", client, i + 1), client, "T" + (n % 3), i + 1);
                n++;
            }
        }
        b.session("gold-1", "C1", "T0", 99);
        b.code(b.project.sessions().byName("gold-1"), master, 1);
        b.project.training().markGold("gold-1", "lab", "Master", b.project.training().acting());
        b.project.close();
    }

    @BeforeEach
    void aCopy() throws Exception {
        f = TrainingFixture.copyOf(built, dir);
        ben = f.project.raters().list().stream().filter(r -> r.name().equals("Ben")).findFirst().orElseThrow();
        cleo = f.project.raters().list().stream().filter(r -> r.name().equals("Cleo")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        f.project.close();
    }

    private ReliabilitySample draw(double share, long seed, String stratify, boolean dryRun, String... raters) {
        TrainingService t = f.project.training();
        return t.sample(new TrainingService.SampleRequest("lab", share, List.of(raters), seed, stratify, dryRun), t.acting());
    }

    @Test
    void eachStratumGivesRoundShareTimesItsSizeAndGoldSessionsAreLeftOut() {
        ReliabilitySample s = draw(0.25, 7, "client", true, "Ben", "Cleo");
        assertEquals(41, s.population(), "every session but the gold one");
        Map<String, Integer> picked = new HashMap<>();
        for (ReliabilitySample.Stratum st : s.strata()) picked.put(st.key(), st.picked());
        assertEquals(Map.of("C1", 3, "C2", 2, "C3", 4, "C4", 2), picked);
        for (ReliabilitySample.Picked p : s.picked()) assertTrue(p.session().startsWith(p.stratum() + "-"), p.toString());
        assertEquals(11, s.picked().size());
        assertFalse(s.picked().stream().anyMatch(p -> p.session().equals("gold-1")));
        assertTrue(s.methodsSentence().startsWith("25% of sessions (k = 11), chosen at random stratified by client, were"
                + " coded by a second observer"), s.methodsSentence());
        ReliabilitySample whole = draw(0.2, 7, null, true, "Ben");
        assertEquals(8, whole.picked().size(), "round(0.2 × 41) = round(8.2)");
    }

    @Test
    void theSameSeedPicksTheSameSessionsAndAnotherSeedOthers() {
        List<String> first = names(draw(0.25, 7, "client", true, "Ben"));
        assertEquals(first, names(draw(0.25, 7, "client", true, "Ben")));
        assertNotEquals(first, names(draw(0.25, 8, "client", true, "Ben")));
        assertNotEquals(names(draw(0.2, 7, "therapist", true, "Ben")), names(draw(0.2, 9, "therapist", true, "Ben")));
    }

    private static List<String> names(ReliabilitySample s) {
        return s.picked().stream().map(ReliabilitySample.Picked::session).sorted().toList();
    }

    @Test
    void aDrawAssignsSecondRatersNotOnTheSessionAlreadyAndIsStoredAndAudited() {
        List<String> pick = names(draw(0.25, 7, "client", true, "Ben", "Cleo"));
        // Ben is the first rater of the first picked session: it must go to Cleo
        f.project.study().assign(List.of(f.project.sessions().byName(pick.get(0)).id()), ben, "lab");
        ReliabilitySample s = draw(0.25, 7, "client", false, "Ben", "Cleo");
        assertEquals(pick, names(s), "the dry run listed what the draw picks");
        assertEquals("Cleo", s.picked().stream().filter(p -> p.session().equals(pick.get(0))).findFirst().orElseThrow()
                .secondRater());
        long bens = s.picked().stream().filter(p -> p.secondRater().equals("Ben")).count();
        assertTrue(bens == 5 || bens == 6, "picks are shared out: " + bens);
        List<Assignment> cleos = f.project.codings().assignments(cleo);
        assertEquals(s.picked().stream().filter(p -> p.secondRater().equals("Cleo")).count(), cleos.size());
        assertEquals(names(s), names(f.project.training().drawnSample("lab").orElseThrow()));

        List<AuditLog.Entry> audit = f.project.store().read(tx -> tx.audit().all()).stream()
                .filter(e -> e.entity().equals("reliability_sample")).toList();
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).afterJson().contains("\"seed\":7") && audit.get(0).afterJson().contains("\"stratify\":\"client\""),
                audit.get(0).afterJson());
        BadInputException again = assertThrows(BadInputException.class, () -> draw(0.25, 8, null, false, "Ben"));
        assertTrue(again.getMessage().contains("was drawn already (seed 7"), again.getMessage());
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        for (double share : new double[] {0, -0.1, 1.5}) {
            BadInputException e = assertThrows(BadInputException.class, () -> draw(share, 7, null, false, "Ben"));
            assertTrue(e.getMessage().contains("--share"), e.getMessage());
        }
        assertTrue(assertThrows(BadInputException.class, () -> draw(0.2, 7, "age", false, "Ben")).getMessage()
                .contains("--stratify"));
        assertTrue(assertThrows(BadInputException.class, () -> draw(0.2, 7, null, false, "Nobody")).getMessage()
                .contains("no rater named 'Nobody'"));
        assertTrue(f.project.training().drawnSample("lab").isEmpty());
        assertTrue(f.project.codings().assignments(ben).isEmpty());
    }
}
