package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rapport codebook validate FILE` through the real command line. */
class CodebookValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RapportCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void validThreeRsPrintsASummaryAndExitsZero() {
        assertEquals(0, run("codebook", "validate", "codebooks/3rs.yaml"));
        assertEquals("codebooks/3rs.yaml: valid — codebook 3rs v1.0, 24 codes in 3 groups, 6 scales",
                out.toString().strip());
        assertEquals("", err.toString());
    }

    @Test
    void summaryOfWaiOsCountsSubscales() {
        assertEquals(0, run("codebook", "validate", "codebooks/wai-o-s.yaml"));
        assertEquals("codebooks/wai-o-s.yaml: valid — codebook wai-o-s v1.0, no codes, 12 scales in 3 subscales",
                out.toString().strip());
    }

    @Test
    void invalidCodebookPrintsOneErrorLineAndExitsTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab.yaml");
        Files.writeString(file, "id: lab\nversion: \"1.0\"\ntitle: Lab\nscales:\n  - id: s\n    label: S\n"
                + "    min: 7\n    max: 1\n    unit: session\n    level: ordinal\n");
        assertEquals(2, run("codebook", "validate", file.toString()));
        assertEquals("rapport: " + file + ":8: scale s: min 7 must be below max 1", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void missingFileExitsTwo(@TempDir Path dir) {
        assertEquals(2, run("codebook", "validate", dir.resolve("none.yaml").toString()));
        assertTrue(err.toString().contains("none.yaml: no such file"), err.toString());
    }

    @Test
    void missingFileArgumentIsAUsageErrorWithExitTwo() {
        assertEquals(2, run("codebook", "validate"));
        assertTrue(err.toString().contains("Missing required parameter"), err.toString());
    }

    @Test
    void codebookWithoutSubcommandIsAUsageErrorWithExitTwo() {
        assertEquals(2, run("codebook"));
        assertTrue(err.toString().contains("Missing required subcommand"), err.toString());
    }
}
