package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.agreement.statistic.OracleCase;

/** `agree --bootstrap-method`: units by default, Hayes &amp; Krippendorff's pairs on request, only for alpha. */
class AgreeBootstrapMethodTest {
    @TempDir Path dir;
    private String data;

    @BeforeEach
    void data() throws IOException {
        String[][] labels = OracleCase.named("kalpha_k2011_interval_missing").labels();
        StringBuilder sb = new StringBuilder("unit,rater,value\n");
        for (int u = 0; u < labels.length; u++) {
            for (int r = 0; r < labels[u].length; r++) {
                if (labels[u][r] != null) sb.append(u).append(",r").append(r).append(',').append(labels[u][r]).append('\n');
            }
        }
        Path f = dir.resolve("c.csv");
        Files.writeString(f, sb.toString());
        data = f.toString();
    }

    private CliRun alpha(String... more) {
        String[] args = new String[] {"agree", "--data", data, "--statistic", "krippendorff-alpha", "--level", "interval",
                "--bootstrap", "500", "--seed", "3", "--json"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void unitsAreResampledUnlessHayesKrippendorffIsAskedFor() {
        CliRun units = alpha();
        assertEquals(0, units.exitCode(), units.toString());
        assertTrue(units.out().contains("\"ci_method\" : \"bootstrap over units"), units.out());
        CliRun pairs = alpha("--bootstrap-method", "hayes-krippendorff");
        assertEquals(0, pairs.exitCode(), pairs.toString());
        assertTrue(pairs.out().contains("\"ci_method\" : \"bootstrap (Hayes & Krippendorff 2007)"), pairs.out());
        CliRun named = alpha("--bootstrap-method", "units");
        assertEquals(units.out(), named.out());
    }

    @Test
    void theMethodNeedsABootstrapAndAppliesOnlyToAlpha() {
        CliRun noBootstrap = CliRun.of("agree", "--data", data, "--statistic", "krippendorff-alpha",
                "--bootstrap-method", "units");
        assertEquals(2, noBootstrap.exitCode());
        assertTrue(noBootstrap.err().contains("--bootstrap-method needs --bootstrap N"), noBootstrap.err());
        CliRun kappa = CliRun.of("agree", "--data", data, "--statistic", "fleiss-kappa", "--bootstrap-method", "units");
        assertEquals(2, kappa.exitCode());
        assertTrue(kappa.err().contains("--bootstrap-method applies only to krippendorff-alpha"), kappa.err());
        CliRun unknown = alpha("--bootstrap-method", "cases");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("choose units or hayes-krippendorff"), unknown.err());
    }
}
