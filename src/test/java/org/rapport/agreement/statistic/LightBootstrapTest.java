package org.rapport.agreement.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The bootstrap interval of Light's kappa, checked against an independent bootstrap in R on the same data (Fleiss's
 * diagnoses, 30 units × 6 raters, from the oracle lights_kappa_diagnoses). The R run (R 4.2.2, base R only):
 * <pre>
 *   kappa2 &lt;- function(a, b) { lv &lt;- sort(unique(c(a, b))); t &lt;- table(factor(a, lv), factor(b, lv)) / length(a)
 *     po &lt;- sum(diag(t)); pe &lt;- sum(rowSums(t) * colSums(t)); (po - pe) / (1 - pe) }
 *   light &lt;- function(d) { s &lt;- 0; n &lt;- 0; for (g in 1:5) for (h in (g+1):6) { s &lt;- s + kappa2(d[,g], d[,h]); n &lt;- n + 1 }; s / n }
 *   set.seed(2024); est &lt;- replicate(20000, light(m[sample(nrow(m), replace = TRUE), ]))
 *   sd(est)                                 # 0.04646066
 *   quantile(est, c(.025, .975), type = 7)  # 0.365349 0.5481725
 * </pre>
 * Two bootstraps with different random numbers agree only up to Monte Carlo error (about 1% of the SE and 0.005 on
 * the bounds with 20,000 resamples), so that is the tolerance.
 */
class LightBootstrapTest {
    private static RatingTable diagnoses() {
        return OracleCase.named("lights_kappa_diagnoses").table();
    }

    @Test
    void unitBootstrapAgreesWithAnIndependentBootstrapInR() {
        StatisticResult r = LightKappa.compute(diagnoses(), AgreementWeights.unweighted(), new Bootstrap(20_000, 11));
        assertEquals(0.4594121444, r.value(), 1e-9);
        assertNotNull(r.ci95());
        assertEquals(0.04646066, r.se(), 0.04646066 * 0.03);
        assertEquals(0.365349, r.ci95().low(), 0.006);
        assertEquals(0.5481725, r.ci95().high(), 0.006);
        assertTrue(r.ciMethod().contains("20000 resamples, seed 11"), r.ciMethod());
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        Bootstrap settings = new Bootstrap(500, 99);
        StatisticResult a = LightKappa.compute(diagnoses(), AgreementWeights.unweighted(), settings);
        StatisticResult b = LightKappa.compute(diagnoses(), AgreementWeights.unweighted(), settings);
        assertEquals(a.ci95(), b.ci95());
    }

    @Test
    void withoutABootstrapThereIsNoIntervalAndANoteSaysHowToGetOne() {
        StatisticResult r = LightKappa.compute(diagnoses(), AgreementWeights.unweighted());
        assertNull(r.ci95());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("bootstrap")), r.notes().toString());
    }
}
