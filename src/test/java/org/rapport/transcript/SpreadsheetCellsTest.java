package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetCellsTest {
    @TempDir
    Path dir;

    @Test
    void textThatStartsLikeAFormulaGetsAnApostrophe() {
        assertEquals("'=1+1", SpreadsheetCells.guard("=1+1"));
        assertEquals("'+cmd|' /C calc'!A0", SpreadsheetCells.guard("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", SpreadsheetCells.guard("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetCells.guard("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetCells.guard("\tx"));
        assertEquals("'\rx", SpreadsheetCells.guard("\rx"));
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAlone() {
        for (String cell : List.of("-2.5", "+3", "-1e-3", "12", "", "I don't know", "a=b", "'quoted'", "O'Neil")) {
            assertEquals(cell, SpreadsheetCells.guard(cell), cell);
        }
    }

    @Test
    void unguardUndoesGuardForEveryCellEvenOnesThatStartWithApostrophes() {
        for (String cell : List.of("=x", "'=x", "''=x", "'x", "x", "-", "'-", "-3", "'", "@", "''")) {
            assertEquals(cell, SpreadsheetCells.unguard(SpreadsheetCells.guard(cell)), cell);
        }
    }

    @Test
    void aTranscriptCsvWithADashTurnReadsBackAsItWas() throws IOException {
        Path csv = dir.resolve("t.csv");
        var t = org.rapport.model.session.Transcript.ofUtterances(List.of(
                new org.rapport.model.session.Utterance(0, 0, 1000, "Client", "- I don't know."),
                new org.rapport.model.session.Utterance(1, 1000, 2000, "=Therapist", "@home, then?")));
        Transcripts.write(t, TranscriptFormat.CSV, csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("Client,'- I don't know."), text);
        assertTrue(text.contains("'=Therapist,'@home, then?") || text.contains("'=Therapist,\"'@home, then?\""), text);
        assertEquals(t.utterances(), Transcripts.read(csv).utterances());
    }

    @Test
    void aDeviceIsWrittenIntoNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        AtomicFiles.write(devNull, out -> out.write("nothing".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "still the device");
    }
}
