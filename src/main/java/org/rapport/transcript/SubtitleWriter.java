package org.rapport.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;

/**
 * Writes WebVTT (cue numbers, {@code <v Speaker>} voice tags) and SRT ("Speaker: text"; no prefix for the speaker
 * "Unknown"). UTF-8 without BOM, LF line ends, each cue's text on one line.
 */
final class SubtitleWriter {
    private SubtitleWriter() {
    }

    static void writeVtt(Transcript transcript, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("WEBVTT\n");
        for (Utterance u : transcript.utterances()) {
            w.write("\n" + (u.index() + 1) + "\n");
            w.write(TimeCodes.formatVtt(u.startMs()) + " --> " + TimeCodes.formatVtt(u.endMs()) + "\n");
            w.write("<v " + CueText.escape(oneLine(u.speaker())) + ">" + CueText.escape(oneLine(u.text())) + "\n");
        }
        w.flush();
    }

    static void writeSrt(Transcript transcript, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int number = 1;
        for (Utterance u : transcript.utterances()) {
            if (number > 1) w.write("\n");
            w.write(number++ + "\n");
            w.write(TimeCodes.formatSrt(u.startMs()) + " --> " + TimeCodes.formatSrt(u.endMs()) + "\n");
            String text = oneLine(u.text());
            boolean named = !u.speaker().equals(CueText.UNKNOWN_SPEAKER);
            w.write((named ? oneLine(u.speaker()) + ": " : "") + text + "\n");
        }
        w.flush();
    }

    private static String oneLine(String s) {
        return CueText.join(List.of(s));
    }
}
