package org.rapport.transcript;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapport.model.session.Transcript;

/**
 * Reads WebVTT: a {@code WEBVTT} first line, then blocks separated by blank lines. NOTE, STYLE and REGION blocks are
 * skipped; a cue is an optional identifier line, a timing line {@code start --> end [settings]} and text lines. The
 * speaker comes from the first {@code <v Name>} tag, else a "NAME: " prefix, else "Unknown"; other tags are stripped.
 * Microsoft Teams' short times ({@code 0:0:4.86}) are read; YouTube's automatic captions, which repeat each line in
 * the next cue and carry word timings ({@code <00:00:01.000><c>}), keep each line once.
 */
final class VttReader {
    /** A word timing inside cue text: the mark of YouTube's rolling automatic captions. */
    private static final Pattern INLINE_TIMESTAMP = Pattern.compile("<\\d+:\\d\\d:\\d\\d\\.\\d{3}>|<\\d\\d:\\d\\d\\.\\d{3}>");

    private VttReader() {
    }

    static Transcript read(Reading reading) {
        SourceText source = reading.source();
        List<String> lines = source.lines();
        String first = lines.get(0);
        if (!(first.equals("WEBVTT") || first.startsWith("WEBVTT ") || first.startsWith("WEBVTT\t"))) {
            throw reading.fatal(1, "not a WebVTT file: the first line must be 'WEBVTT'");
        }
        Rolling rolling = hasInlineTimestamps(lines) ? new Rolling() : null;
        TimelineBuilder timeline = reading.timeline();
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
                reading.problems().add(Math.min(timingLine, lines.size() - 1) + 1,
                        "expected a cue timing line 'hh:mm:ss.mmm --> hh:mm:ss.mmm' after the cue identifier"
                                + (timingLine >= lines.size() ? " (the file ends here: truncated?)" : ""));
                i = skipBlock(lines, i);
                continue;
            }
            long[] times = SubtitleTiming.parse(lines.get(timingLine), reading, timingLine + 1);
            List<String> text = new ArrayList<>();
            i = timingLine + 1;
            while (i < lines.size() && !endsCue(lines, i)) {
                if (lines.get(i).contains("-->")) {
                    reading.problems().add(i + 1, "a timing line inside cue text: is a blank line missing before it?");
                    break; // the timing line starts the next cue
                }
                text.add(lines.get(i++));
            }
            if (times == null) continue;
            if (rolling != null) text = rolling.newLines(text);
            addCue(reading, timeline, timingLine + 1, times, CueText.join(text));
        }
        if (rolling != null && rolling.dropped > 0) {
            reading.note("rolling captions (YouTube): left out " + rolling.dropped
                    + " lines that repeat the cue before");
        }
        return timeline.build();
    }

    private static void addCue(Reading reading, TimelineBuilder timeline, int line, long[] times, String raw) {
        String voice = CueText.voice(raw);
        String text = CueText.stripTags(raw);
        if (text.isEmpty() && voice == null) return; // an empty cue carries no talk
        CueText.Spoken spoken = voice != null ? new CueText.Spoken(voice, text) : reading.speakerFromPrefix(text);
        timeline.add(line, times[0], times[1], spoken.speaker(), spoken.text());
    }

    /**
     * A cue's text ends at an empty line. A line of spaces ends it too, unless more cue text follows (YouTube puts a
     * line of one space above the words of a cue).
     */
    private static boolean endsCue(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.isEmpty()) return true;
        if (!line.isBlank()) return false;
        return i + 1 >= lines.size() || lines.get(i + 1).isBlank() || lines.get(i + 1).contains("-->");
    }

    private static boolean hasInlineTimestamps(List<String> lines) {
        for (String line : lines) {
            if (line.indexOf('<') >= 0 && INLINE_TIMESTAMP.matcher(line).find()) return true;
        }
        return false;
    }

    /** YouTube's rolling captions: each cue shows the line before again, then the new words. */
    private static final class Rolling {
        private Set<String> previous = Set.of();
        int dropped;

        /** The lines of a cue that the cue before did not already show. */
        List<String> newLines(List<String> lines) {
            Set<String> shown = new HashSet<>();
            List<String> fresh = new ArrayList<>();
            for (String line : lines) {
                String words = CueText.stripTags(line);
                if (words.isEmpty()) continue;
                shown.add(words);
                if (previous.contains(words)) {
                    dropped++;
                } else {
                    fresh.add(line);
                }
            }
            previous = shown;
            return fresh;
        }
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
