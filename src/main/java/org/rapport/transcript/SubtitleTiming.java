package org.rapport.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The timing line of a WebVTT or SRT cue: {@code start --> end}, optionally followed by cue settings. */
final class SubtitleTiming {
    /**
     * The short clock times of Microsoft Teams' WebVTT ({@code 0:0:4.86}, {@code 0:01:02.5}): single-digit minutes
     * and seconds, a fraction of one to three digits. The fraction is required, so a truncated {@code 00:00:0} is
     * still an error.
     */
    private static final Pattern SHORT_CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})[.,](\\d{1,3})");

    private SubtitleTiming() {
    }

    /** Start and end in milliseconds, or null when the line is not a timing (the problem is noted). */
    static long[] parse(String line, Reading reading, int lineNumber) {
        int arrow = line.indexOf("-->");
        String start = line.substring(0, arrow).trim();
        String rest = line.substring(arrow + 3).trim();
        int space = indexOfWhitespace(rest);
        String end = space < 0 ? rest : rest.substring(0, space);
        if (start.isEmpty() || end.isEmpty()) {
            reading.problems().add(lineNumber, "incomplete cue timing '" + line.trim() + "' (truncated?)");
            return null;
        }
        Long s = time(start, reading, lineNumber);
        Long e = time(end, reading, lineNumber);
        return s == null || e == null ? null : new long[] {s, e};
    }

    private static Long time(String text, Reading reading, int lineNumber) {
        if (text.length() != 12) { // 12: the usual hh:mm:ss.mmm, which TimeCodes parses fast
            Matcher m = SHORT_CLOCK.matcher(text);
            // more than 4 digits of hours is past any session: TimeCodes says so
            if (m.matches() && (m.group(1) == null || m.group(1).length() <= 4) && Integer.parseInt(m.group(2)) < 60 && Integer.parseInt(m.group(3)) < 60) {
                long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
                long seconds = (hours * 60 + Integer.parseInt(m.group(2))) * 60 + Integer.parseInt(m.group(3));
                return seconds * 1000 + Integer.parseInt((m.group(4) + "00").substring(0, 3));
            }
        }
        return reading.time(text, lineNumber);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }
}
