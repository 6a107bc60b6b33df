package org.rapport.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.project.ProjectAgreementResult.Target;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.app.Project;
import org.rapport.model.BadInputException;

class ProjectAgreementTest {
    @TempDir Path dir;

    private ProjectAgreementResult run(Path project, ProjectAgreementRequest request) {
        try (Project p = Project.open(project)) {
            return new ProjectAgreement(p).compute(request);
        }
    }

    @Test
    void codeKappaByUtteranceMatchesTheHandCalculation() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").sixUtteranceCodings("s01").build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs"));
        Target minimal = r.section("codes").target("w-minimal");
        assertEquals(6, minimal.units());
        assertEquals(0.5, minimal.prevalence(), 1e-12); // 6 of 12 ratings are "present"
        assertEquals(1.0 / 3, minimal.estimate("cohen-kappa", "Ana–Ben").result().value(), 1e-12);
    }

    /*
     * Time slices of 2 s over the 14-s session: t0 [0,2) t1 [2,4) ... t6 [12,14). A coding marks a slice it covers for
     * at least 1000 ms, and the slice holding its midpoint.
     *   Ana 2000-5000 -> t1, t2 (1000 ms of t2); 9000-10000 -> t4; 10500-13500 -> t5, t6
     *   Ben 2100-4900 -> t1 only (900 ms of t2); 6000-7000 -> t3; 10000-14000 -> t5, t6
     *          t0 t1 t2 t3 t4 t5 t6
     *   Ana     -  P  P  -  P  P  P
     *   Ben     -  P  -  P  -  P  P
     * po = 4/7 = 28/49; Ana present 5/7, Ben 4/7: pe = 5/7·4/7 + 2/7·3/7 = 26/49; kappa = (2/49)/(23/49) = 2/23.
     */
    @Test
    void codeKappaByTimeSliceMatchesTheHandCalculation() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").sixUtteranceCodings("s01").build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.TIME_SLICE)
                .withSliceMs(2000L));
        Target minimal = r.section("codes").target("w-minimal");
        assertEquals(7, minimal.units());
        assertEquals(2.0 / 23, minimal.estimate("cohen-kappa", "Ana–Ben").result().value(), 1e-12);
        assertTrue(r.methodsParagraph().contains("time slices of 2 s (7 slices)"), r.methodsParagraph());
    }

    /* With 5-s slices every slice holds w-minimal for both raters: chance agreement is 1 and kappa is undefined. */
    @Test
    void kappaIsUndefinedNotOneWhenEverySliceHasTheCode() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").sixUtteranceCodings("s01").build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.TIME_SLICE)
                .withSliceMs(5000L));
        var kappa = r.section("codes").target("w-minimal").estimate("cohen-kappa", "Ana–Ben").result();
        assertNull(kappa.value());
        assertTrue(kappa.reason().contains("chance agreement is 1"), kappa.reason());
    }

    @Test
    void everyCodeAndGroupOfTheCodebookIsListedEvenWhenNobodyUsedIt() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").sixUtteranceCodings("s01").build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs"));
        assertEquals(24, r.section("codes").targets().size()); // 3RS: 7 withdrawal, 7 confrontation, 10 resolution codes
        assertEquals(List.of("withdrawal", "confrontation", "resolution"),
                r.section("code-groups").targets().stream().map(Target::id).toList());
        Estimate unused = r.section("codes").target("c-rejecting").estimate("cohen-kappa", "Ana–Ben");
        assertNull(unused.result().value());
        assertNotNull(unused.result().reason());
    }

    /**
     * Chiara codes exactly as Ana. Pairs: Ana–Ben and Ben–Chiara are the hand-worked pair above (0.0625 with unmatched
     * events, 0.4 matched only); Ana–Chiara agree on every event, both codes used (kappa 1). Light's kappa over all
     * raters is the mean: (0.0625 + 1 + 0.0625) / 3 = 0.375 with unmatched, (0.4 + 1 + 0.4) / 3 = 0.6 matched only.
     */
    @Test
    void eventMatchingGivesLightsKappaOverAllRaters() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").eventCodings("s01")
                .coding("s01", "Chiara", "w-denial", 0, 1000).coding("s01", "Chiara", "w-minimal", 2000, 3000)
                .coding("s01", "Chiara", "w-minimal", 5000, 6000).coding("s01", "Chiara", "w-denial", 8000, 9000).build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.EVENT));
        List<Estimate> all = r.section("code-groups").target("withdrawal").estimates().stream()
                .filter(e -> Estimate.ALL_RATERS.equals(e.raters())).toList();
        assertEquals(0.375, all.stream().filter(e -> "with unmatched".equals(e.variant())).findFirst().orElseThrow()
                .result().value(), 1e-12);
        assertEquals(0.6, all.stream().filter(e -> "matched only".equals(e.variant())).findFirst().orElseThrow()
                .result().value(), 1e-12);
        assertTrue(r.methodsParagraph().contains("Light's kappa"), r.methodsParagraph());
        assertTrue(r.methodsParagraph().contains("bootstrap interval (Efron & Tibshirani, 1993) from 1000 resamples of"
                + " whole sessions"), r.methodsParagraph());
    }

    /**
     * The bootstrap of Light's kappa resamples whole sessions. Twelve sessions coded as in the test above give every
     * pair the same table in every session, so any resample has each pair's table times a whole number and the same
     * kappas: the interval is exactly [0.375, 0.375]. A pair's table mixed up with another's would move it.
     */
    @Test
    void lightsKappaUnderEventMatchingHasASessionBootstrapInterval() throws Exception {
        AgreementProjectFixture fixture = new AgreementProjectFixture(dir);
        for (int i = 1; i <= 12; i++) {
            String s = String.format("s%02d", i);
            fixture.session(s).eventCodings(s).coding(s, "Chiara", "w-denial", 0, 1000).coding(s, "Chiara", "w-minimal", 2000, 3000)
                    .coding(s, "Chiara", "w-minimal", 5000, 6000).coding(s, "Chiara", "w-denial", 8000, 9000);
        }
        Path project = fixture.build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.EVENT));
        Estimate light = r.section("code-groups").target("withdrawal").estimates().stream()
                .filter(e -> Estimate.ALL_RATERS.equals(e.raters()) && "with unmatched".equals(e.variant()))
                .findFirst().orElseThrow();
        assertEquals(0.375, light.result().value(), 1e-12);
        assertNotNull(light.result().ci95(), light.result().notes().toString());
        assertEquals(0.375, light.result().ci95().low(), 1e-12);
        assertEquals(0.375, light.result().ci95().high(), 1e-12);
        assertTrue(light.result().ciMethod().contains("sessions"), light.result().ciMethod());
        ProjectAgreementResult other = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.EVENT)
                .withBootstrap(new org.rapport.agreement.statistic.Bootstrap(200, 7)));
        Estimate again = other.section("code-groups").target("withdrawal").estimates().stream()
                .filter(e -> Estimate.ALL_RATERS.equals(e.raters()) && "with unmatched".equals(e.variant()))
                .findFirst().orElseThrow();
        assertTrue(again.result().ciMethod().contains("200 resamples, seed 7"), again.result().ciMethod());
        assertTrue(other.methodsParagraph().contains("from 200 resamples of whole sessions (seed 7"), other.methodsParagraph());
    }

    @Test
    void lightsKappaOverTooFewSessionsHasNoIntervalAndSaysWhy() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").eventCodings("s01")
                .coding("s01", "Chiara", "w-denial", 0, 1000).coding("s01", "Chiara", "w-minimal", 2000, 3000).build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.EVENT));
        Estimate light = r.section("code-groups").target("withdrawal").estimates().stream()
                .filter(e -> Estimate.ALL_RATERS.equals(e.raters())).findFirst().orElseThrow();
        assertNull(light.result().ci95());
        assertTrue(light.result().notes().stream().anyMatch(n -> n.contains("too few")), light.result().notes().toString());
    }

    @Test
    void eventMatchingReportsKappaWithAndWithoutUnmatchedEvents() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").eventCodings("s01").build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.EVENT));
        Target withdrawal = r.section("code-groups").target("withdrawal");
        List<Estimate> kappas = withdrawal.estimates();
        assertEquals(0.0625, kappas.stream().filter(e -> "with unmatched".equals(e.variant())).findFirst().orElseThrow()
                .result().value(), 1e-12);
        assertEquals(0.4, kappas.stream().filter(e -> "matched only".equals(e.variant())).findFirst().orElseThrow()
                .result().value(), 1e-12);
        var counts = withdrawal.events().get(0);
        assertEquals(3, counts.matched());
        assertEquals(2, counts.sameCode());
        assertEquals(1, counts.unmatchedA());
        assertEquals(1, counts.unmatchedB());
        var minimal = r.section("codes").target("w-minimal").precision().get(0).counts();
        assertEquals(0.5, minimal.f1(), 1e-12);
    }

    @Test
    void swappingTheRaterOrderGivesTheSameEventResults() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").eventCodings("s01").build();
        ProjectAgreementRequest event = ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.EVENT);
        Target ab = run(project, event.withRaters(List.of("Ana", "Ben"))).section("code-groups").target("withdrawal");
        Target ba = run(project, event.withRaters(List.of("Ben", "Ana"))).section("code-groups").target("withdrawal");
        for (int i = 0; i < 2; i++) {
            assertEquals(ab.estimates().get(i).result().value(), ba.estimates().get(i).result().value(), 1e-12);
        }
        assertEquals(ab.events().get(0).matched(), ba.events().get(0).matched());
        assertEquals(ab.events().get(0).unmatchedA(), ba.events().get(0).unmatchedB());
    }

    /* Hand calculation in AgreementProjectFixture.waiRatings: totals Ana 34, 44, 54, Ben +10.
     * MSR = 2·200/2 = 200, MSE = 0, MSC = 3·(5² + 5²) = 150; ICC(A,1) = 200 / (200 + (2/3)·150) = 2/3. */
    @Test
    void totalMirrorsReverseKeyedItemsBeforeIccMatchesHandCalculation() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").session("s02").session("s03").waiRatings().build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("wai-o-s"));
        Target total = r.section("totals").targets().get(0);
        assertEquals(3, total.units());
        assertEquals(2.0 / 3, total.estimate("icc", "Ana–Ben").result().value(), 1e-9);
    }

    /* task = wai01, wai04, wai07, wai10: Ana's mean (2 + 2 + 2v)/4 = 2.5, 3, 3.5; Ben's is 2.5 higher.
     * SSR = 2·0.5 = 1, MSR = 0.5; MSC = 3·(1.25² + 1.25²) = 9.375; ICC(A,1) = 0.5 / (0.5 + (2/3)·9.375) = 0.5/6.75. */
    @Test
    void subscaleMeanIccMatchesHandCalculation() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").session("s02").session("s03").waiRatings().build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("wai-o-s"));
        Target task = r.section("subscales").target("task");
        assertEquals(0.5 / 6.75, task.estimate("icc", "Ana–Ben").result().value(), 1e-9);
    }

    @Test
    void everyItemIsListedWithIccAndAlphaAtItsLevel() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").session("s02").session("s03").waiRatings().build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("wai-o-s"));
        var items = r.section("session-items").targets();
        assertEquals(13, items.size()); // 12 items and the pool
        assertTrue(items.stream().allMatch(t -> t.estimates().stream().anyMatch(e -> e.title().equals("ICC(2,1)"))));
        assertTrue(items.get(0).estimates().stream().anyMatch(e -> e.title().equals("Krippendorff's alpha (interval)")));
    }

    @Test
    void methodsParagraphNamesTheIccFormAndTheTotal() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").session("s02").session("s03").waiRatings().build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("wai-o-s"));
        assertTrue(r.methodsParagraph().contains("ICC(2,1) (two-way random effects, absolute agreement, single rater;"
                + " McGraw & Wong, 1996"), r.methodsParagraph());
        assertTrue(r.methodsParagraph().contains("The ICC(2,1) of the WAI-O-S total was .67"), r.methodsParagraph());
        assertTrue(r.references().stream().anyMatch(s -> s.startsWith("McGraw, K. O., & Wong, S. P. (1996)")));
    }

    @Test
    void methodsParagraphSaysHowEveryIntervalWasMade() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").sixUtteranceCodings("s01").build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs"));
        assertTrue(r.methodsParagraph().contains("large-sample standard error of Fleiss, Cohen and Everitt (1969) for"
                + " Cohen's kappa and on Gwet's linearised standard errors (Gwet, 2014)"), r.methodsParagraph());
        assertTrue(r.references().stream().anyMatch(s -> s.startsWith("Fleiss, J. L., Cohen, J., & Everitt, B. S. (1969)")));
        List<String> sorted = r.references().stream().sorted().toList();
        assertEquals(sorted, r.references(), "references in alphabetical order");
    }

    @Test
    void unknownSessionIsBadInput() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").sixUtteranceCodings("s01").build();
        var e = assertThrows(BadInputException.class, () -> run(project, ProjectAgreementRequest.of("3rs").withSessions(List.of("s09"))));
        assertTrue(e.getMessage().contains("'s09'"), e.getMessage());
    }

    @Test
    void unknownRaterIsBadInput() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").sixUtteranceCodings("s01").build();
        var e = assertThrows(BadInputException.class, () -> run(project, ProjectAgreementRequest.of("3rs").withRaters(List.of("Ana", "Zoe"))));
        assertTrue(e.getMessage().contains("'Zoe'"), e.getMessage());
    }

    @Test
    void oneRaterWithCodingsIsBadInput() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").sixUtteranceCodings("s01").build();
        var e = assertThrows(BadInputException.class, () -> run(project, ProjectAgreementRequest.of("3rs").withRaters(List.of("Ana"))));
        assertTrue(e.getMessage().contains("two or more raters"), e.getMessage());
    }
}
