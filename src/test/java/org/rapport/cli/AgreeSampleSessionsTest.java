package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.demo.DemoProject;

/** `rapport agree --project` on the shipped sample sessions (three sessions coded by Ana, Ben and Chiara). */
class AgreeSampleSessionsTest {
    @TempDir Path dir;

    @Test
    void sampleSessionsGiveAReportForEachCodebook() throws Exception {
        Path project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
        Path rrs = dir.resolve("3rs.html");
        CliRun codes = CliRun.of("agree", "--project", project.toString(), "--codebook", "3rs", "--report", rrs.toString());
        assertEquals(0, codes.exitCode(), codes.toString());
        String html = Files.readString(rrs);
        assertTrue(html.contains("three raters (Ana, Ben, Chiara) in 3 sessions"), html);
        assertTrue(html.contains("Fleiss&#39; kappa") || html.contains("Fleiss' kappa"));
        for (String group : new String[] {"withdrawal", "confrontation", "resolution"}) assertTrue(html.contains(">" + group + "<"), group);

        Path wai = dir.resolve("wai.html");
        CliRun items = CliRun.of("agree", "--project", project.toString(), "--codebook", "wai-o-s", "--report", wai.toString());
        assertEquals(0, items.exitCode(), items.toString());
        assertTrue(Files.readString(wai).contains("The ICC(2,1) of the WAI-O-S total was"), items.out());
    }
}
