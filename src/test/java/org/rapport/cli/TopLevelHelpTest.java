package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The help the build stores is what the whole command line prints, plain and in colour. */
class TopLevelHelpTest {
    private static String storedResource(boolean colour) throws IOException {
        try (InputStream in = TopLevelHelp.class.getResourceAsStream(TopLevelHelp.resource(colour))) {
            assertNotNull(in, "the build stores " + TopLevelHelp.resource(colour) + " (exec-maven-plugin, process-classes)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theStoredHelpIsTheRenderedHelp() throws IOException {
        for (boolean colour : new boolean[] {false, true}) {
            assertEquals(TopLevelHelp.render(colour), storedResource(colour), colour ? "in colour" : "plain");
        }
        assertTrue(storedResource(false).startsWith("Usage: rapport [-hV] [COMMAND]"), storedResource(false));
        assertTrue(storedResource(true).contains("\u001B["), "the colour variant has ANSI escapes");
    }

    @Test
    void helpAloneIsTheStoredText() throws IOException {
        for (String asked : new String[] {"help", "--help", "-h"}) {
            CliRun run = CliRun.of(asked);
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(storedResource(false), run.out(), asked);
        }
        assertTrue(TopLevelHelp.isAskedFor("help"));
        assertTrue(!TopLevelHelp.isAskedFor("help", "agree"), "help on a command builds that command");
    }
}
