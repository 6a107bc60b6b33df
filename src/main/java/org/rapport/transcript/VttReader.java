package org.rapport.transcript;

import java.util.ArrayList;
import java.util.List;

import org.rapport.model.session.Transcript;

/**
 * Reads WebVTT: a {@code WEBVTT} first line, then blocks separated by blank lines. NOTE, STYLE and REGION blocks are
 * skipped; a cue is an optional identifier line, a timing line {@code start --> end [settings]} and text lines. The
 * speaker comes from the first {@code <v Name>} tag, else a "NAME: " prefix, else "Unknown"; other tags are stripped.
 */
final class VttReader {
    private VttReader() {
    }

    static Transcript read(SourceText source) {
        List<String> lines = source.lines();
        String first = lines.get(0);
        if (!(first.equals("WEBVTT") || first.startsWith("WEBVTT ") || first.startsWith("WEBVTT\t"))) {
            throw source.error(1, "not a WebVTT file: the first line must be 'WEBVTT'");
        }
        TimelineBuilder timeline = new TimelineBuilder(source);
        int i = 1;
        // the header runs to the first blank line; a timing line ends it too, so a missing blank line loses no cue
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).contains("-->")) i++;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            String head = lines.get(i);
            if (isKeywordBlock(head)) {
                i = skipBlock(lines, i);
                continue;
            }
            int timingLine = head.contains("-->") ? i : i + 1;
            if (timingLine >= lines.size() || !lines.get(timingLine).contains("-->")) {
                throw source.error(Math.min(timingLine, lines.size() - 1) + 1,
                        "expected a cue timing line 'hh:mm:ss.mmm --> hh:mm:ss.mmm' after the cue identifier"
                                + (timingLine >= lines.size() ? " (the file ends here: truncated?)" : ""));
            }
            long[] times = SubtitleTiming.parse(lines.get(timingLine), source, timingLine + 1);
            List<String> text = new ArrayList<>();
            i = timingLine + 1;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                if (lines.get(i).contains("-->")) {
                    throw source.error(i + 1, "a timing line inside cue text: is a blank line missing before it?");
                }
                text.add(lines.get(i++));
            }
            addCue(timeline, timingLine + 1, times, CueText.join(text));
        }
        return timeline.build();
    }

    private static void addCue(TimelineBuilder timeline, int line, long[] times, String raw) {
        String voice = CueText.voice(raw);
        String text = CueText.stripTags(raw);
        if (text.isEmpty() && voice == null) return; // an empty cue carries no talk
        CueText.Spoken spoken = voice != null ? new CueText.Spoken(voice, text) : CueText.speakerFromPrefix(text);
        timeline.add(line, times[0], times[1], spoken.speaker(), spoken.text());
    }

    private static boolean isKeywordBlock(String line) {
        for (String keyword : new String[] {"NOTE", "STYLE", "REGION"}) {
            if (line.equals(keyword) || line.startsWith(keyword + " ") || line.startsWith(keyword + "\t")) return true;
        }
        return false;
    }

    private static int skipBlock(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank()) i++;
        return i;
    }
}
