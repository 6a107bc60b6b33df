package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.NativeSupport;

/** Every layout's SPSS syntax runs in PSPP without an error or warning and reads every row of its CSV. */
class SpssExportTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void demoProjectWithNotesSpreadsheetsAndSpssFindHard() throws IOException {
        project = dir.resolve("demo");
        assertEquals(0, CliRun.of("demo", "--dir", project.toString(), "--samples", "sample-sessions").exitCode());
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, """
                session,rater,codebook,code,start_ms,end_ms,value,note
                s01-withdrawal,Eve,3rs,w-denial,1000,2000,,"=cmd|' /C calc'!A0"
                s01-withdrawal,Eve,3rs,w-denial,3000,4000,-1.5,"two
                lines, and \"\"quotes\"\"\"
                s01-withdrawal,Eve,3rs,w-minimal,5000,6000,,Zoë said 'no'
                """, StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("import", "codings", "--project", project.toString(), notes.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
    }

    private String pspp(Path syntax, String commands) throws IOException, InterruptedException {
        Path check = dir.resolve("check.sps");
        Files.writeString(check, "INCLUDE FILE='" + syntax + "'.\nSET TVARS=NAMES.\n" + commands, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pspp", "-o", dir.resolve("check.txt").toString(), "-O", "width=300",
                check.toString()).redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), console);
        String listing = Files.readString(dir.resolve("check.txt"), StandardCharsets.UTF_8);
        String all = (console + listing).toLowerCase();
        assertFalse(all.contains("error") || all.contains("warning"), console + listing);
        return listing;
    }

    /** The N of a variable that is 1 in every case: how many cases PSPP read. */
    private static int cases(String listing) {
        Matcher m = Pattern.compile("\\|n_case\\s*\\|\\s*(\\d+)\\|").matcher(listing);
        assertTrue(m.find(), listing);
        return Integer.parseInt(m.group(1));
    }

    /** How many records a CSV file holds, its header left out. */
    private static long records(Path csv) throws IOException {
        try (java.io.Reader r = Files.newBufferedReader(csv)) {
            return org.apache.commons.csv.CSVFormat.DEFAULT.parse(r).getRecords().size() - 1;
        }
    }

    @ParameterizedTest
    @CsvSource({
            "codings, long, , start_ms",
            "codings, utterances, 3rs, w_denial",
            "codings, segments, 3rs, w_denial",
            "ratings, long, , value",
            "ratings, wide, 3rs, seg_withdrawal",
            "ratings, wide, wai-o-s, wai04_scored"})
    void everyLayoutsSyntaxReadsEveryRowOfItsCsvInPspp(String what, String layout, String codebook, String variable)
            throws IOException, InterruptedException {
        NativeSupport.assumeProgram("pspp", "pspp");
        Path csv = dir.resolve(what + "-" + layout + ".csv");
        Path sps = dir.resolve(what + "-" + layout + ".sps");
        List<String> args = new java.util.ArrayList<>(List.of("export", what, "--project", project.toString(),
                "--layout", layout, "--out", csv.toString(), "--spss", sps.toString()));
        if (what.equals("codings")) args.addAll(List.of("--format", "csv"));
        if (codebook != null) args.addAll(List.of("--codebook", codebook));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(Files.readString(csv).contains("two\nlines"), "a CSV for SPSS has no line break in a cell");
        String listing = pspp(sps, "COMPUTE n_case = 1.\nDESCRIPTIVES n_case " + variable + " /STATISTICS=MEAN.\n");
        assertEquals(records(csv), cases(listing), listing);
    }

    @Test
    void notesComeIntoPsppAsTheyWereWrittenWithoutTheSpreadsheetApostropheOrTheLineBreak()
            throws IOException, InterruptedException {
        NativeSupport.assumeProgram("pspp", "pspp");
        Path csv = dir.resolve("codings.csv");
        Path sps = dir.resolve("codings.sps");
        CliRun run = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                csv.toString(), "--spss", sps.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("line breaks in 1 cell written as spaces"), run.out());
        assertTrue(Files.readString(csv).contains(",'=cmd|' /C calc'!A0\n"), Files.readString(csv));
        String listing = pspp(sps, "SELECT IF (rater = 'Eve').\nLIST /VARIABLES=value note.\n");
        assertTrue(listing.contains("|=cmd|' /C calc'!A0"), listing);
        assertTrue(listing.contains("two lines, and \"quotes\""), listing);
        assertTrue(listing.contains("Zoë said 'no'"), listing);
        assertTrue(listing.contains("-1.50"), listing);
    }
}
