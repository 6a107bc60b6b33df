package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.transcript.Fixtures.assertBadInput;
import static org.rapport.transcript.Fixtures.path;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.session.Utterance;

/** Byte-order marks say how a file is encoded; --encoding says it for files without one. */
class EncodingTest {
    private static ReadOptions encoding(String name) {
        return new ReadOptions(Charset.forName(name), null, false, false, true, List.of(), null);
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedAsUtf16() throws IOException {
        assertEquals(List.of(new Utterance(0, 1_000, 2_500, "Client", "\u00c7a va, merci."),
                        new Utterance(1, 3_000, 4_000, "Therapist", "Gut.")),
                Transcripts.read(path("utf16le-bom.srt"), TranscriptFormat.SRT).utterances());
    }

    @Test
    void utf16WithoutByteOrderMarkIsNamedAsSuchNotAsLatin1() {
        byte[] content = "1\n00:00:01,000 --> 00:00:02,000\nClient: hi\n".getBytes(StandardCharsets.UTF_16LE);
        assertBadInput("x.srt", null, "UTF-16 without a byte-order mark",
                () -> Transcripts.read("x.srt", content, TranscriptFormat.SRT));
    }

    @Test
    void encodingOptionReadsAFileWithoutByteOrderMark() throws IOException {
        byte[] content = "1\n00:00:01,000 --> 00:00:02,000\nClient: hi\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("hi", Transcripts.read("x.srt", content, TranscriptFormat.SRT, encoding("UTF-16LE"))
                .transcript().utterances().get(0).text());
    }

    @Test
    void latin1FileReadsWithItsEncodingGiven() throws IOException {
        String text = Transcripts.read(path("latin1.srt"), TranscriptFormat.SRT, encoding("windows-1252"))
                .transcript().utterances().get(0).text();
        assertEquals("Ich wei\u00df es nicht.", text);
    }

    @Test
    void invalidUtf8NamesTheEncodingOption() {
        assertBadInput("latin1.srt", 3, "--encoding",
                () -> Transcripts.read(path("latin1.srt"), TranscriptFormat.SRT));
    }

    @Test
    void aByteOrderMarkWinsOverTheEncodingOption() throws IOException {
        assertEquals("Gut.", Transcripts.read(path("utf16le-bom.srt"), TranscriptFormat.SRT, encoding("windows-1252"))
                .transcript().utterances().get(1).text());
    }
}
