package org.rapport.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.agreement.statistic.Agreement;
import org.rapport.agreement.statistic.AgreementOptions;
import org.rapport.agreement.statistic.OracleCase;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.agreement.statistic.Statistic;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.MeasurementLevel;

/** Rating files in the long and the wide layout, as R users have them, read into the same tables. */
class RatingFileLayoutsTest {
    @TempDir Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** The oracle's units × raters in the wide layout, as R's write.csv(x, row.names = FALSE) writes it: NA missing. */
    private Path wideOf(OracleCase c, boolean quoted) throws IOException {
        String[][] labels = c.labels();
        int k = labels[0].length;
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < k; r++) sb.append(r == 0 ? "" : ",").append(quoted ? "\"rater " + (r + 1) + "\"" : "rater" + (r + 1));
        sb.append('\n');
        for (String[] row : labels) {
            for (int r = 0; r < k; r++) {
                String v = row[r] == null ? "NA" : quoted ? "\"" + row[r] + "\"" : row[r];
                sb.append(r == 0 ? "" : ",").append(v);
            }
            sb.append('\n');
        }
        return write(c.id() + "-wide.csv", sb.toString());
    }

    private static double alpha(RatingTable t, MeasurementLevel level) {
        return Agreement.compute(t, AgreementOptions.of(Statistic.KRIPPENDORFF_ALPHA).withLevel(level)).value();
    }

    @Test
    void wideFilesGiveThePublishedAlphas() throws IOException {
        for (String id : List.of("kalpha_k2011_nominal_missing", "kalpha_k2011_ordinal_missing", "kalpha_k2011_interval_missing")) {
            OracleCase c = OracleCase.named(id);
            MeasurementLevel level = MeasurementLevel.valueOf(c.variant().get("level").asText().toUpperCase());
            for (boolean quoted : new boolean[] {false, true}) {
                RatingTable t = RatingCsvReader.read(wideOf(c, quoted)).table();
                assertEquals(c.expected().get("value").asDouble(), alpha(t, level), c.tolerance(), id);
                assertEquals(c.labels().length, t.unitCount(), id);
            }
        }
    }

    @Test
    void wideAndLongFilesOfTheSameRatingsGiveTheSameTable() throws IOException {
        Path wide = write("w.csv", "unit,Ana,Ben,Cleo\nu1,1,2,NA\nu2,3,,3\nu3,2,2,2\n");
        Path lng = write("l.csv", "unit,rater,value\nu1,Ana,1\nu1,Ben,2\nu2,Ana,3\nu2,Cleo,3\nu3,Ana,2\nu3,Ben,2\nu3,Cleo,2\nu1,Cleo,NA\n");
        RatingTable w = RatingCsvReader.read(wide).table();
        RatingTable l = RatingCsvReader.read(lng).table();
        assertEquals(List.of("u1", "u2", "u3"), w.unitIds());
        assertEquals(w.unitIds(), l.unitIds());
        assertEquals(List.of("Ana", "Ben", "Cleo"), w.raterIds());
        assertEquals(w.raterIds(), l.raterIds());
        assertEquals(w.categories(), l.categories());
        for (int u = 0; u < 3; u++) for (int r = 0; r < 3; r++) assertEquals(w.cell(u, r), l.cell(u, r), u + "," + r);
        assertTrue(w.isMissing(0, 2) && w.isMissing(1, 1));
    }

    @Test
    void rowNamesAsRWritesThemAreUnitIdsAndWithoutThemUnitsAreNumbered() throws IOException {
        RatingTable named = RatingCsvReader.read(write("rn.csv", "\"\",\"a\",\"b\"\n\"s1\",1,2\n\"s2\",2,2\n")).table();
        assertEquals(List.of("s1", "s2"), named.unitIds());
        assertEquals(List.of("a", "b"), named.raterIds());
        RatingTable numbered = RatingCsvReader.read(write("n.csv", "a,b\r\n1,2\r\n2,2\r\n\r\n3,3\r\n")).table();
        assertEquals(List.of("1", "2", "3"), numbered.unitIds());
        assertEquals(2, numbered.raterCount());
    }

    @Test
    void aByteOrderMarkAndSpacesAroundCellsAreIgnored() throws IOException {
        Path f = dir.resolve("bom.csv");
        Files.write(f, "\uFEFFa , b\n 1 , 2 \n2,2\n".getBytes(StandardCharsets.UTF_8));
        RatingTable t = RatingCsvReader.read(f).table();
        assertEquals(List.of("a", "b"), t.raterIds());
        assertEquals("1", t.categories().get(t.cell(0, 0)).label());
    }

    @Test
    void aHeaderOfNumbersIsRefusedUnlessTheLayoutIsGiven() throws IOException {
        Path f = write("nums.csv", "1,2,3\n1,1,2\n2,2,2\n");
        BadInputException e = assertThrows(BadInputException.class, () -> RatingCsvReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ":1: the header must be unit,rater,value"), e.getMessage());
        assertTrue(e.getMessage().contains("--layout wide"), e.getMessage());
        assertEquals(List.of("1", "2", "3"), RatingCsvReader.read(f, RatingLayout.WIDE).table().raterIds());
    }

    @Test
    void theLongLayoutCanBeForcedAndThenWantsItsHeader() throws IOException {
        Path f = write("w.csv", "a,b\n1,2\n");
        BadInputException e = assertThrows(BadInputException.class, () -> RatingCsvReader.read(f, RatingLayout.LONG));
        assertEquals(f + ":1: the header must be unit,rater,value (found a,b)", e.getMessage());
    }

    @Test
    void wideProblemsNameTheLine() throws IOException {
        assertBad(write("ragged.csv", "a,b,c\n1,2,3\n1,2\n"), 3, "expected 3 cells as in the header, found 2");
        assertBad(write("twice.csv", "a,b,a\n1,2,3\n"), 1, "rater 'a' is named twice in the header");
        assertBad(write("noname.csv", "a,,c\n1,2,3\n"), 1, "column 2 of the header has no rater name");
        assertBad(write("dupunit.csv", "unit,a,b\nx,1,2\ny,1,1\nx,2,2\n"), 4, "unit 'x' is already on row 2 (one row per unit)");
        assertBad(write("quote.csv", "a,b\n\"1,2\n"), 2, "not a valid CSV file: a quoted cell is not closed");
        assertBad(write("after.csv", "a,b\n\"1\"x,2\n"), 2, "not a valid CSV file: text after the closing quote of a cell");
        BadInputException e = assertThrows(BadInputException.class, () -> RatingCsvReader.read(write("head.csv", "a,b\n")));
        assertEquals(dir.resolve("head.csv") + ": no ratings after the header", e.getMessage());
    }

    private static void assertBad(Path f, int line, String problem) {
        BadInputException e = assertThrows(BadInputException.class, () -> RatingCsvReader.read(f));
        assertEquals(f + ":" + line + ": " + problem, e.getMessage());
    }

    @Test
    void aValueThatIsNotANumberIsTracedToItsFirstLine() throws IOException {
        RatingCsvReader.RatingFile f = RatingCsvReader.read(write("t.csv", "a,b\n1,2\nhigh,NA\n3,high\n"));
        assertEquals(3, f.rowOf("high"));
        assertEquals(null, f.rowOf("NA"), "NA is missing, not a value");
    }

    @Test
    void cellsAreReadAsCommonsCsvReadsThem() throws IOException {
        // quotes, commas, line breaks and non-ASCII text in cells, written by Commons CSV and read back
        Random rnd = new Random(16);
        String[] pieces = {"a", "b", "\"", ",", "\n", "\r\n", "é", "ümlaut", "x y", "1", "2.5", ""};
        List<List<String>> rows = new ArrayList<>();
        StringWriter sw = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(sw, CSVFormat.RFC4180)) {
            for (int i = 0; i < 300; i++) {
                List<String> row = new ArrayList<>();
                for (int c = 0, n = 1 + rnd.nextInt(4); c < n; c++) {
                    StringBuilder cell = new StringBuilder();
                    for (int j = 0, m = rnd.nextInt(4); j < m; j++) cell.append(pieces[rnd.nextInt(pieces.length)]);
                    row.add(cell.toString().strip());
                }
                if (row.size() == 1 && row.get(0).isEmpty()) row.set(0, "z");
                rows.add(row);
                p.printRecord(row);
            }
        }
        Path f = write("random.csv", sw.toString());
        List<List<String>> read = new ArrayList<>();
        try (CsvRecords r = CsvRecords.open(f)) {
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) row.add(r.text(i));
                read.add(row);
            }
        }
        assertEquals(rows, read);
    }
}
