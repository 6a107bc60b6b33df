package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.transcript.Fixtures.path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.session.Utterance;

/** Plain-number times in CSV and TSV are seconds unless the header, the numbers or the option say milliseconds. */
class TimeUnitTest {
    private static ReadOptions unit(ReadOptions.TimeUnit unit) {
        return new ReadOptions(null, unit, false, false, true, List.of(), null);
    }

    @Test
    void aColumnNamedInMillisecondsIsReadAsMilliseconds() throws IOException {
        TranscriptRead read = Transcripts.read(path("ms-header.csv"), TranscriptFormat.CSV, ReadOptions.DEFAULTS);
        assertEquals(List.of(new Utterance(0, 1_000, 4_500, "Therapist", "How have you been?"),
                new Utterance(1, 4_000, 7_250, "Client", "I don't know.")), read.transcript().utterances());
        assertTrue(read.notes().get(0).contains("'start_ms'"), read.notes().toString());
    }

    @Test
    void wholeNumbersThatWouldPassADayAsSecondsAreMilliseconds() throws IOException {
        TranscriptRead read = Transcripts.read(path("ms-numbers.tsv"), TranscriptFormat.TSV, ReadOptions.DEFAULTS);
        assertEquals(new Utterance(2, 2_700_000, 2_702_500, "Therapist", "Time to stop."),
                read.transcript().utterances().get(2));
        assertTrue(read.notes().get(0).contains("up to 2702500"), read.notes().toString());
    }

    @Test
    void timeUnitSecondsOverridesTheDetection() throws IOException {
        TranscriptRead read = Transcripts.read(path("ms-numbers.tsv"), TranscriptFormat.TSV,
                unit(ReadOptions.TimeUnit.SECONDS));
        assertEquals(1_000_000, read.transcript().utterances().get(0).startMs());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void timeUnitMillisecondsReadsSmallNumbersAsMilliseconds() {
        byte[] csv = "start,end,speaker,text\n1500,2500,Client,hi\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(new Utterance(0, 1_500, 2_500, "Client", "hi"), Transcripts.read("s.csv", csv, TranscriptFormat.CSV,
                unit(ReadOptions.TimeUnit.MILLISECONDS)).transcript().utterances().get(0));
    }

    @Test
    void smallWholeNumbersStaySeconds() {
        byte[] csv = "start,end,speaker,text\n15,25,Client,hi\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(15_000, Transcripts.read("s.csv", csv, TranscriptFormat.CSV).utterances().get(0).startMs());
    }
}
