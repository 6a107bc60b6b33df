package org.rapport.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.app.Project;
import org.rapport.report.json.ProjectAgreementJson;

/** A coefficient that says nothing about agreement is shown as what it is, not with an interpretation band. */
class DegenerateResultsTest {
    @TempDir Path dir;

    private static ProjectAgreementResult run(Path project, String codebook) {
        try (Project p = Project.open(project)) {
            return new ProjectAgreement(p).compute(ProjectAgreementRequest.of(codebook));
        }
    }

    /** Ana codes w-minimal; Ben codes only w-denial (so he coded the session) and never w-minimal. */
    @Test
    void aRaterWhoNeverUsedTheCodeIsNamedInsteadOfABand() throws Exception {
        Path project = new AgreementProjectFixture(dir).sessionTakingTurns("s01")
                .coding("s01", "Ana", "w-minimal", 2000, 5000).coding("s01", "Ben", "w-denial", 6000, 9000).build();
        ProjectAgreementResult r = run(project, "3rs");
        Estimate kappa = r.section("codes").target("w-minimal").estimate("cohen-kappa", "Ana–Ben");
        assertEquals(0.0, kappa.result().value(), 1e-12, "kappa is 0 when one rater never uses the code");
        assertEquals("Ben never used this code", kappa.degenerate());
        assertTrue(kappa.result().interpretations().isEmpty(), "no 'slight'");
        String json = ProjectAgreementJson.write(r);
        assertTrue(json.contains("\"degenerate\" : \"Ben never used this code\""), json);
    }

    /** Six sessions: Ana codes u1 and u3, Ben u1 and u5 of each, so 18 units carry w-minimal and both used it. */
    @Test
    void aCodeBothRatersUsedOnTenOrMoreUnitsKeepsItsBand() throws Exception {
        AgreementProjectFixture f = new AgreementProjectFixture(dir);
        for (int s = 1; s <= 6; s++) {
            String name = "s0" + s;
            f.sessionTakingTurns(name).coding(name, "Ana", "w-minimal", 2000, 5000).coding(name, "Ana", "w-minimal", 6000, 9000)
                    .coding(name, "Ben", "w-minimal", 2000, 5000).coding(name, "Ben", "w-minimal", 10000, 14000);
        }
        ProjectAgreementResult r = run(f.build(), "3rs");
        Estimate kappa = r.section("codes").target("w-minimal").estimate("cohen-kappa", "Ana–Ben");
        assertNull(kappa.degenerate(), kappa.toString());
        assertFalse(kappa.result().interpretations().isEmpty());
    }

    /** Three rated sessions: an ICC on three units is not "excellent" but "only 3 units". */
    @Test
    void anItemRatedOnFewerThanTenUnitsSaysSo() throws Exception {
        Path project = new AgreementProjectFixture(dir).session("s01").session("s02").session("s03").waiRatings().build();
        ProjectAgreementResult r = run(project, "wai-o-s");
        Estimate total = r.section("totals").target("total").estimate("icc", "Ana–Ben");
        assertTrue(total.result().isDefined());
        assertEquals("only 3 units (fewer than 10)", total.degenerate());
        assertTrue(total.result().interpretations().isEmpty());
    }

    @Test
    void fewUnitsCarryingACodeAreCounted() throws Exception {
        Path project = new AgreementProjectFixture(dir).sessionTakingTurns("s01")
                .coding("s01", "Ana", "w-minimal", 2000, 5000).coding("s01", "Ana", "w-minimal", 6000, 9000)
                .coding("s01", "Ben", "w-minimal", 2000, 5000).build();
        Estimate kappa = run(project, "3rs").section("codes").target("w-minimal").estimate("cohen-kappa", "Ana–Ben");
        assertEquals("only 2 units carry it (fewer than 10)", kappa.degenerate());
    }
}
