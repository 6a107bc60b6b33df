package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.transcript.Fixtures.path;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.CodeKind;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.transcript.coding.CodingEaf;
import org.rapport.transcript.coding.CodingEafReader;
import org.rapport.transcript.coding.CodingRow;

/** The coded tiers of an ELAN file read as codings, matched to the codes of a codebook. */
class CodingEafReaderTest {
    @TempDir
    Path dir;

    static final Codebook CODEBOOK = new Codebook("3rs", "1.0", "3RS", "", List.of(
            new CodeGroup("withdrawal", "Withdrawal markers"), new CodeGroup("confrontation", "Confrontation markers")),
            List.of(code("W1", "Denial", "withdrawal", "1"), code("W2", "Minimal response", "withdrawal", "2"),
                    code("C1", "Complaints", "confrontation", "q")),
            List.of(), MeasurementLevel.NOMINAL, "x");

    private static Code code(String id, String label, String group, String key) {
        return new Code(id, label, group, "", key, CodeKind.INTERVAL, List.of());
    }

    @Test
    void codingsRapportExportedReadBackAsTheSameCodingsOfThatRater() throws Exception {
        Path out = dir.resolve("s01.eaf");
        CodingEaf.write(CodingEafTest.ROWS, CodingEafTest.GROUPS, null, out);
        CodingEafReader.Result read = CodingEafReader.read(out, "Ana", CODEBOOK, List.of());
        List<CodingRow> back = read.codings().stream().map(k -> new CodingRow("s01", "Ana", "3rs", k.code(), k.startMs(),
                k.endMs(), null, k.note())).toList();
        assertEquals(CodingEafTest.ROWS.stream().filter(r -> r.rater().equals("Ana")).toList(),
                back.stream().sorted(java.util.Comparator.comparingLong(CodingRow::startMs)).toList());
        assertTrue(read.notes().contains("tier Ben \u2013 withdrawal is Ben's, not Ana's: left out"), read.notes().toString());
    }

    @Test
    void valuesMatchCodeIdsInAnyCaseNamesAndKeys() throws Exception {
        Path out = dir.resolve("m.eaf");
        CodingEaf.write(List.of(new CodingRow("s", "Ana", null, "w1", 0, 10, null, null),
                new CodingRow("s", "Ana", null, "minimal RESPONSE", 20, 30, null, null),
                new CodingRow("s", "Ana", null, "Q", 40, 50, null, null)), Map.of(), null, out);
        CodingEafReader.Result read = CodingEafReader.read(out, "Ana", CODEBOOK,
                List.of(new CodingEafReader.TierGroup("Ana \u2013 ungrouped", null)));
        assertEquals(List.of("W1", "W2", "C1"), read.codings().stream().map(CodingEafReader.Coded::code).toList());
    }

    @Test
    void aValueOutsideTheTiersGroupIsAProblemEvenIfTheCodebookHasIt() throws Exception {
        Path out = dir.resolve("g.eaf");
        CodingEaf.write(List.of(new CodingRow("s", "Ana", null, "C1", 0, 10, null, null)), Map.of(), null, out);
        BadInputException e = assertThrows(BadInputException.class, () -> CodingEafReader.read(out, "Ana", CODEBOOK,
                List.of(new CodingEafReader.TierGroup("Ana \u2013 ungrouped", "withdrawal"))));
        assertTrue(e.problem().startsWith("'C1' is not a code of group withdrawal"), e.getMessage());
    }

    @Test
    void aTierGroupTheCodebookLacksIsAnArgumentError() {
        BadInputException e = assertThrows(BadInputException.class, () -> CodingEafReader.read(path("eaf-tiers.eaf"),
                "Ana", CODEBOOK, List.of(new CodingEafReader.TierGroup("withdrawal", "repair"))));
        assertTrue(e.getMessage().contains("has no code group 'repair' (groups: withdrawal, confrontation)"), e.getMessage());
    }

    @Test
    void withoutCodedTiersTheMessageNamesTheGroupsAndTheTiers() {
        BadInputException e = assertThrows(BadInputException.class, () -> CodingEafReader.read(path("session.eaf"),
                "Ana", CODEBOOK, List.of()));
        assertTrue(e.getMessage().contains("--tier TIER=GROUP (tiers: T, Client, Client-translation)"), e.getMessage());
    }

    @Test
    void ambiguousValuesAreProblems() throws Exception {
        Codebook twoKeys = new Codebook("x", "1", "x", "", List.of(), List.of(code("a", "Same", null, "1"),
                code("b", "Same", null, "2")), List.of(), MeasurementLevel.NOMINAL, "x");
        Path out = dir.resolve("x.eaf");
        CodingEaf.write(List.of(new CodingRow("s", "Ana", null, "Same", 0, 10, null, null)), Map.of(), null, out);
        BadInputException e = assertThrows(BadInputException.class, () -> CodingEafReader.read(out, "Ana", twoKeys,
                List.of(new CodingEafReader.TierGroup("Ana \u2013 ungrouped", null))));
        assertTrue(e.problem().contains("'Same' matches several codes of codebook x: a, b"), e.getMessage());
    }
}
