package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.demo.DemoProject;
import org.rapport.model.BadInputException;
import org.rapport.report.html.ReviewLink;

/** Reliability reports link each disagreement to its moment in the app; `rapport open` reads those links. */
class ReviewLinkTest {
    @TempDir Path dir;

    @Test
    void aLinkReadsBackAsItWasWritten() {
        ReviewLink l = new ReviewLink(Path.of("/lab/my study"), "s02 confrontation & more", 5200L, 10_000L);
        assertEquals("rapport://open?project=%2Flab%2Fmy%20study&session=s02%20confrontation%20%26%20more&at=5200&to=10000",
                l.uri());
        assertEquals(l, ReviewLink.parse(l.uri()));
        assertThrows(BadInputException.class, () -> ReviewLink.parse("http://open?project=x"));
        assertThrows(BadInputException.class, () -> ReviewLink.parse("rapport://open?session=s01"));
        assertThrows(BadInputException.class, () -> ReviewLink.parse("rapport://open?project=x&at=-3"));
    }

    @Test
    void theReportLinksEveryDisagreementToItsMoment() throws Exception {
        Path project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
        Path report = dir.resolve("r.html");
        CliRun r = CliRun.of("agree", "--project", project.toString(), "--codebook", "3rs", "--raters", "Ana,Ben",
                "--bootstrap", "100", "--report", report.toString());
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode list = new ObjectMapper().readTree(CliRun.of("disagreements", "--project", project.toString(),
                "--codebook", "3rs", "--raters", "Ana,Ben", "--json").out());
        String html = Files.readString(report);
        Matcher m = Pattern.compile("href=\"(rapport://open\\?[^\"]+)\"").matcher(html);
        List<ReviewLink> links = new ArrayList<>();
        while (m.find()) links.add(ReviewLink.parse(m.group(1).replace("&amp;", "&")));
        assertEquals(list.size(), links.size());
        for (int i = 0; i < links.size(); i++) {
            JsonNode d = list.get(i);
            ReviewLink l = links.get(i);
            assertEquals(project.toAbsolutePath(), l.project());
            assertEquals(d.get("session").asText(), l.session());
            assertEquals(d.get("start_ms").asLong(), l.atMs());
            assertEquals(d.get("end_ms").asLong(), l.toMs());
        }
    }

    @Test
    void openWithoutADisplayOrWithABadLinkIsOneClearMessage() {
        CliRun none = CliRun.of("open", "rapport://open?project=/tmp/x&session=s01&at=100");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no display"), none.err());
        CliRun bad = CliRun.of("open", "rapport://close?project=/tmp/x");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("expected rapport://open"), bad.err());
        CliRun both = CliRun.of("open", "rapport://open?project=/tmp/x", "--session", "s01");
        assertEquals(2, both.exitCode());
        CliRun noSession = CliRun.of("open", "--project", "/tmp/x", "--at", "5");
        assertEquals(2, noSession.exitCode());
        assertTrue(noSession.err().contains("--session"), noSession.err());
        for (CliRun c : List.of(none, bad, both, noSession)) assertFalse(c.err().contains("Exception"), c.err());
    }
}
