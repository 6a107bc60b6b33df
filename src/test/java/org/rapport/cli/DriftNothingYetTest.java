package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.demo.DemoProject;

/**
 * In the demo every rater coded every session. Once all three sessions are gold, they are training, not
 * calibration, and none is double-coded reliability work any more. Drift then has nothing to show, and it says so
 * instead of an empty chart.
 */
class DriftNothingYetTest {
    @TempDir
    Path dir;

    @Test
    void withOnlyTrainingSessionsDriftSaysThereIsNothingYet() throws Exception {
        Path project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
        for (String s : new String[] {"s01-withdrawal", "s02-confrontation", "s03-unresolved"}) {
            assertEquals(0, CliRun.of("gold", "--project", project.toString(), "--codebook", "3rs", "--session", s,
                    "--reference", "Chiara").exitCode());
        }
        Path page = dir.resolve("drift.html");
        CliRun run = CliRun.of("drift", "--project", project.toString(), "--codebook", "3rs", "--report",
                page.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("No drift to show yet"), run.toString());
        String html = Files.readString(page);
        assertTrue(html.contains("No drift to show yet"), html);
        assertFalse(html.contains("<svg"), "no empty chart");
    }
}
