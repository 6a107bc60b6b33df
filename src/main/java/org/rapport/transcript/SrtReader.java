package org.rapport.transcript;

import java.util.ArrayList;
import java.util.List;

import org.rapport.model.session.Transcript;

/**
 * Reads SubRip (SRT): blocks of a cue number, a timing line {@code hh:mm:ss,mmm --> hh:mm:ss,mmm} and text lines,
 * separated by blank lines. The speaker comes from a "NAME: " prefix, else "Unknown"; formatting tags are stripped.
 */
final class SrtReader {
    private SrtReader() {
    }

    static Transcript read(Reading reading) {
        List<String> lines = reading.source().lines();
        TimelineBuilder timeline = reading.timeline();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int timingLine = i;
            if (!lines.get(i).contains("-->")) {
                if (!lines.get(i).trim().matches("\\d+")) {
                    reading.problems().add(i + 1, "expected a cue number or a timing line, found '"
                            + shorten(lines.get(i)) + "'");
                    i = skipBlock(lines, i);
                    continue;
                }
                timingLine = i + 1;
                if (timingLine >= lines.size() || !lines.get(timingLine).contains("-->")) {
                    reading.problems().add(Math.min(timingLine, lines.size() - 1) + 1,
                            "expected a timing line 'hh:mm:ss,mmm --> hh:mm:ss,mmm' after cue number "
                                    + lines.get(i).trim() + (timingLine >= lines.size() ? " (the file ends here: truncated?)" : ""));
                    i = skipBlock(lines, i);
                    continue;
                }
            }
            long[] times = SubtitleTiming.parse(lines.get(timingLine), reading, timingLine + 1);
            List<String> text = new ArrayList<>();
            i = timingLine + 1;
            while (i < lines.size() && !lines.get(i).isBlank()) text.add(lines.get(i++));
            String clean = CueText.stripSrtTags(CueText.join(text));
            if (times == null || clean.isEmpty()) continue; // an empty cue carries no talk
            CueText.Spoken spoken = reading.speakerFromPrefix(clean);
            timeline.add(timingLine + 1, times[0], times[1], spoken.speaker(), spoken.text());
        }
        return timeline.build();
    }

    private static int skipBlock(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank()) i++;
        return i;
    }

    static String shorten(String s) {
        String t = s.trim();
        return t.length() <= 40 ? t : t.substring(0, 40) + "...";
    }
}
