package org.rapport.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.app.Project;
import org.rapport.app.demo.DemoProject;

/**
 * Codes that apply to one speaker (3RS: markers to the client, resolution strategies to the therapist) are compared on
 * that speaker's utterances or speaking time only.
 */
class SpeakerRestrictedUnitsTest {
    @TempDir Path dir;

    private static ProjectAgreementResult run(Path project, ProjectAgreementRequest request) {
        try (Project p = Project.open(project)) {
            return new ProjectAgreement(p).compute(request);
        }
    }

    /**
     * The six utterances take turns, the therapist's u0, u2, u4 and the client's u1, u3, u5. Ana codes w-minimal on u1
     * and u5, Ben on u1 and u3: over the client's three utterances po = 1/3, pe = 2/3·2/3 + 1/3·1/3 = 5/9, kappa = −0.5.
     * (Over all six, the therapist's utterances would add three agreed "absent" units: po = 4/6, pe = 5/9, kappa = .25.)
     */
    @Test
    void byUtteranceAClientCodeCountsOnlyTheClientsUtterances() throws Exception {
        Path project = new AgreementProjectFixture(dir).sessionTakingTurns("s01")
                .coding("s01", "Ana", "w-minimal", 2000, 5000).coding("s01", "Ana", "w-minimal", 10000, 14000)
                .coding("s01", "Ben", "w-minimal", 2000, 5000).coding("s01", "Ben", "w-minimal", 6000, 9000).build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs"));
        assertEquals(3, r.section("codes").target("w-minimal").units());
        assertEquals(-0.5, r.section("codes").target("w-minimal").estimate("cohen-kappa", "Ana–Ben").result().value(), 1e-12);
        assertEquals(3, r.section("codes").target("r-clarify").units(), "a resolution strategy: the therapist's three");
        assertEquals(3, r.section("code-groups").target("withdrawal").units());
        assertTrue(r.methodsParagraph().contains("each of the 6 utterances of the transcripts was a unit (codes that apply"
                + " to one speaker's talk were compared only on that speaker's utterances: the withdrawal markers and the"
                + " confrontation markers on the client's 3 utterances; the resolution strategies on the therapist's 3"
                + " utterances)"), r.methodsParagraph());
    }

    /**
     * Slices of 2 s over the 14-s session. The client talks in [2,5), [6,9), [10,14): at least half of [2,4), [4,6),
     * [6,8), [8,10), [10,12), [12,14) — six slices. The therapist talks in [0,2), [5,6), [9,10): [0,2), [4,6), [8,10).
     */
    @Test
    void byTimeSliceAClientCodeCountsOnlySlicesInWhichTheClientTalksHalfTheTime() throws Exception {
        Path project = new AgreementProjectFixture(dir).sessionTakingTurns("s01")
                .coding("s01", "Ana", "w-minimal", 2000, 5000).coding("s01", "Ben", "r-clarify", 0, 2000).build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.TIME_SLICE)
                .withSliceMs(2000L));
        assertEquals(6, r.section("codes").target("w-minimal").units());
        assertEquals(3, r.section("codes").target("r-clarify").units());
        assertTrue(r.methodsParagraph().contains("time slices of 2 s (7 slices)"), r.methodsParagraph());
        assertTrue(r.methodsParagraph().contains("the slices in which that speaker talked for at least half the slice"),
                r.methodsParagraph());
    }

    @Test
    void eventMatchingIsNotRestricted() throws Exception {
        Path project = new AgreementProjectFixture(dir).sessionTakingTurns("s01").eventCodings("s01").build();
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.EVENT));
        assertTrue(r.section("code-groups").target("withdrawal").units() > 0);
        assertTrue(!r.methodsParagraph().contains("that speaker"), r.methodsParagraph());
    }

    /** On the shipped sample sessions, n units of each marker is the number of the client's utterances, and so on. */
    @Test
    void onTheSampleSessionsUnitsAreEachSpeakersUtterances() throws Exception {
        Path project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
        int client = cues(DemoProject.locateSamples(), "Client");
        int therapist = cues(DemoProject.locateSamples(), "Therapist");
        ProjectAgreementResult r = run(project, ProjectAgreementRequest.of("3rs"));
        for (String marker : new String[] {"w-denial", "w-minimal", "c-therapist", "c-control"}) {
            assertEquals(client, r.section("codes").target(marker).units(), marker);
        }
        for (String strategy : new String[] {"r-clarify", "r-validate"}) {
            assertEquals(therapist, r.section("codes").target(strategy).units(), strategy);
        }
        assertEquals(client, r.section("code-groups").target("confrontation").units());
        assertEquals(therapist, r.section("code-groups").target("resolution").units());
    }

    /** Cues spoken by a voice ({@code <v Client>}) in the sample WebVTT files, counted from the files themselves. */
    private static int cues(Path samples, String voice) throws IOException {
        int n = 0;
        try (var files = Files.list(samples)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".vtt")).toList()) {
                Matcher m = Pattern.compile("<v " + voice + ">").matcher(Files.readString(f));
                while (m.find()) n++;
            }
        }
        return n;
    }
}
