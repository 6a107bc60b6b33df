package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.transcript.Fixtures.assertBadInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.BadInputException;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.transcript.coding.CodingCsv;
import org.rapport.transcript.coding.CodingRow;
import org.rapport.transcript.coding.RatingCsv;
import org.rapport.transcript.coding.RatingRow;

/** The long CSV files of codings and ratings that R and SPSS read. */
class LongCsvTest {
    @TempDir
    Path dir;

    static final List<CodingRow> CODINGS = List.of(
            new CodingRow("s01", "Ana", "3rs", "W1", 1_000, 4_500, null, null),
            new CodingRow("s01", "Ana", "3rs", "C2", 10_000, 12_000, 2.5, "said \"no\", then left"),
            new CodingRow("s01", "Ben", null, "W1", 1_200, 1_200, 3.0, "multi\nline"));

    static final List<RatingRow> RATINGS = List.of(
            new RatingRow("s01", "Ana", "wai-o-s", "bond1", null, 5),
            new RatingRow("s01", "Ana", "wai-o-s", "bond1", 0, 4.5),
            new RatingRow("s02", "Ben", null, "task2", 3, 1));

    @Test
    void codingsReadBackAsWritten() throws IOException {
        Path file = dir.resolve("codings.csv");
        CodingCsv.write(CODINGS, file);
        assertEquals(CODINGS, CodingCsv.read(file));
    }

    @Test
    void codingsWithTheirUtteranceSpanAndCodebookVersionReadBackAsWritten() throws IOException {
        Path file = dir.resolve("spans.csv");
        List<CodingRow> rows = List.of(new CodingRow("s01", "Ana", "3rs", "1.1", "W1", 1_000, 4_500, 3, 5, null, null),
                new CodingRow("s01", "Ben", "3rs", "1.0", "W1", 1_000, 1_000, 3, 3, 2.0, "=odd"));
        CodingCsv.write(rows, file);
        assertEquals("s01,Ana,3rs,1.1,W1,1000,4500,3,5,,", Files.readAllLines(file).get(1));
        assertEquals(rows, CodingCsv.read(file));
    }

    @Test
    void halfASpanOrABackwardSpanIsRefusedAtItsLine() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "session,rater,code,start_ms,end_ms,first_utterance,last_utterance\n"
                + "s1,Ana,W1,0,10,4,\ns1,Ana,W1,0,10,4,2\ns1,Ana,W1,0,10,x,2\n");
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> CodingCsv.read(file));
        assertEquals(List.of(2, 3, 4), e.problems().stream().map(BadInputException::line).toList(), e.getMessage());
        assertTrue(e.problems().get(0).problem().contains("give both or neither"), e.getMessage());
        assertTrue(e.problems().get(1).problem().contains("last_utterance 2 is before first_utterance 4"), e.getMessage());
        assertTrue(e.problems().get(2).problem().contains("first_utterance 'x' is not a whole number"), e.getMessage());
    }

    @Test
    void codingCsvHasTheDocumentedHeaderAndEmptyFieldsForMissingValues() throws IOException {
        Path file = dir.resolve("codings.csv");
        CodingCsv.write(CODINGS.subList(0, 1), file);
        assertEquals("session,rater,codebook,codebook_version,code,start_ms,end_ms,first_utterance,last_utterance,value,"
                + "note\ns01,Ana,3rs,,W1,1000,4500,,,,\n", Files.readString(file));
    }

    @Test
    void codingColumnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "\uFEFFend_ms,code,start_ms,rater,session,comment\n500,W1,100,Ana,s9,ignored\n");
        assertEquals(List.of(new CodingRow("s9", "Ana", null, "W1", 100, 500, null, null)), CodingCsv.read(file));
    }

    @Test
    void codingCsvMissingRequiredColumnIsRefusedAtTheHeader() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "session,rater,code,start_ms\ns1,Ana,W1,0\n");
        assertBadInput("c.csv", 1, "no 'end_ms' column", () -> CodingCsv.read(file));
    }

    @Test
    void badCodingRowAnywhereRefusesTheWholeFileNamingItsLine() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "session,rater,code,start_ms,end_ms\ns1,Ana,W1,0,10\ns1,Ana,W1,50,20\ns1,Ana,W1,60,70\n");
        assertBadInput("c.csv", 3, "end_ms 20 is before start_ms 50", () -> CodingCsv.read(file));
    }

    @Test
    void everyBadCodingRowOfTheFileIsListedAtOnce() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "session,rater,code,start_ms,end_ms\ns1,Ana,W1,0,10\ns1,Ana,W1,50,20\ns1,,W1,60,70\n"
                + "s1,Ana,W1,x,80\n");
        org.rapport.model.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.rapport.model.BadInputException.class, () -> CodingCsv.read(file));
        assertEquals(List.of(3, 4, 5), e.problems().stream().map(org.rapport.model.BadInputException::line).toList(),
                e.getMessage());
    }

    @Test
    void codingWithNonNumericTimeIsRefused() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "session,rater,code,start_ms,end_ms\ns1,Ana,W1,1.5s,10\n");
        assertBadInput("c.csv", 2, "start_ms '1.5s' is not a whole number", () -> CodingCsv.read(file));
    }

    @Test
    void codingWithEmptyRaterIsRefused() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "session,rater,code,start_ms,end_ms\ns1,,W1,1,10\n");
        assertBadInput("c.csv", 2, "rater is empty", () -> CodingCsv.read(file));
    }

    @Test
    void latin1CodingCsvIsRefusedAtItsLine() throws IOException {
        Path file = dir.resolve("c.csv");
        Files.write(file, "session,rater,code,start_ms,end_ms\ns1,Jos\u00e9,W1,1,10\n".getBytes(StandardCharsets.ISO_8859_1));
        assertBadInput("c.csv", 2, "not valid UTF-8", () -> CodingCsv.read(file));
    }

    @Test
    void ratingsReadBackAsWritten() throws IOException {
        Path file = dir.resolve("ratings.csv");
        RatingCsv.write(RATINGS, file);
        assertEquals(RATINGS, RatingCsv.read(file));
    }

    @Test
    void wholeSessionRatingHasAnEmptySegmentField() throws IOException {
        Path file = dir.resolve("ratings.csv");
        RatingCsv.write(RATINGS.subList(0, 2), file);
        assertEquals("session,rater,codebook,codebook_version,item,subscale,segment,value,reverse_keyed,scored\n"
                        + "s01,Ana,wai-o-s,,bond1,,,5,,\ns01,Ana,wai-o-s,,bond1,,0,4.5,,\n",
                Files.readString(file));
    }

    @Test
    void ratingSegmentNaIsWholeSession() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "session,rater,item,segment,value\ns1,Ana,bond1,NA,4\n");
        assertNull(RatingCsv.read(file).get(0).segment());
    }

    @Test
    void ratingWithoutValueIsRefused() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "session,rater,item,segment,value\ns1,Ana,bond1,0,4\ns1,Ana,bond2,0,\n");
        assertBadInput("r.csv", 3, "value is empty", () -> RatingCsv.read(file));
    }

    @Test
    void ratingWithNegativeSegmentIsRefused() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "session,rater,item,segment,value\ns1,Ana,bond1,-1,4\n");
        assertBadInput("r.csv", 2, "segment is negative", () -> RatingCsv.read(file));
    }

    @Test
    void ratingSegmentTooLargeForAnIndexIsRefused() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "session,rater,item,segment,value\ns1,Ana,bond1,99999999999,4\n");
        assertBadInput("r.csv", 2, "segment '99999999999' is not a whole number", () -> RatingCsv.read(file));
    }

    @Test
    void emptyRatingFileIsRefused() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "\n\n");
        assertBadInput("r.csv", null, "file is empty", () -> RatingCsv.read(file));
    }
}
