package org.rapport.transcript;

import org.rapport.model.time.TimeCodes;

/** The timing line of a WebVTT or SRT cue: {@code start --> end}, optionally followed by cue settings. */
final class SubtitleTiming {
    private SubtitleTiming() {
    }

    /** Start and end in milliseconds. */
    static long[] parse(String line, SourceText source, int lineNumber) {
        int arrow = line.indexOf("-->");
        String start = line.substring(0, arrow).trim();
        String rest = line.substring(arrow + 3).trim();
        int space = indexOfWhitespace(rest);
        String end = space < 0 ? rest : rest.substring(0, space);
        if (start.isEmpty() || end.isEmpty()) {
            throw source.error(lineNumber, "incomplete cue timing '" + line.trim() + "' (truncated?)");
        }
        return new long[] {TimeCodes.parse(start, source.name(), lineNumber),
                TimeCodes.parse(end, source.name(), lineNumber)};
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }
}
