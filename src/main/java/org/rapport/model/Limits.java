package org.rapport.model;

import java.util.Locale;

/**
 * The largest values Rapport accepts from a user, in one place (docs/transcript-formats.md and
 * docs/codebook-format.md list them). Each is checked where the input is read, before the store sees it, and a
 * value over its limit is bad input naming the file, the line and the limit; the store's columns are at least as
 * wide.
 */
public final class Limits {
    /** Names of sessions, raters, speakers (participants, tiers), clients and therapists. */
    public static final int NAME = 200;
    /** Codebook, code, group and scale item ids. */
    public static final int ID = 100;
    /** Codebook versions. */
    public static final int VERSION = 50;
    /** Codebook titles and the names of codes and scales. */
    public static final int TITLE = 500;
    /** The text of one utterance. */
    public static final int UTTERANCE_TEXT = 100_000;
    /** A coding's note. */
    public static final int NOTE = 10_000;
    /** Paths of media files, as the store records them. */
    public static final int PATH = 4_000;
    /**
     * The longest session, and so the latest time anything may happen in one: 1,000 hours (six weeks; a recording
     * of a day-long group is 1% of it). Far longer times are typing errors or hostile, and would make every view of
     * the session's timeline unusable.
     */
    public static final long SESSION_MS = 1_000L * 60 * 60 * 1000;
    /** Utterances in one transcript: a 24-hour recording with a turn every half second. */
    public static final int UTTERANCES = 200_000;
    /** Bootstrap resamples for a confidence interval. */
    public static final int BOOTSTRAP = 100_000;
    /** Characters of a search query. */
    public static final int QUERY = 2_000;

    private Limits() {
    }

    /** What makes Swing render a text as HTML (case does not matter). */
    public static final String HTML_PREFIX = "<html>";

    /**
     * The problem with a text of a user's, or null when it is within its limit, holds no control characters (tabs
     * and line ends are allowed where {@code multiline}) and does not start with {@link #HTML_PREFIX}.
     */
    public static String textProblem(String what, String value, int limit, boolean multiline) {
        if (value == null) return null;
        if (value.length() > limit) {
            return String.format(Locale.ROOT, "%s is %,d characters long, more than the limit of %,d", what,
                    value.length(), limit);
        }
        if (value.regionMatches(true, 0, HTML_PREFIX, 0, HTML_PREFIX.length())) {
            // Swing renders such a text as HTML, images from the network included (schema 7 refuses it too)
            return what + " starts with " + HTML_PREFIX + ", which would be shown as a web page, not as text";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) continue;
            if (Character.isISOControl(c) || isBidiControl(c)) {
                return String.format(Locale.ROOT, "%s holds the control character U+%04X at position %d", what,
                        (int) c, i + 1);
            }
        }
        return null;
    }

    /** Throws bad input at a file's line when a text is over its limit or holds control characters. */
    public static String checkText(String source, Integer line, String what, String value, int limit,
                                   boolean multiline) {
        String problem = textProblem(what, value, limit, multiline);
        if (problem != null) throw new BadInputException(source, line, problem);
        return value;
    }

    /** The problem with a time in milliseconds, or null when it lies within a session's possible length. */
    public static String timeProblem(String what, long ms) {
        if (ms < 0) return what + " is negative";
        if (ms > SESSION_MS) {
            return String.format(Locale.ROOT, "%s is %,d h into the session, later than the limit of %d h", what,
                    ms / 3_600_000, SESSION_MS / 3_600_000);
        }
        return null;
    }

    /** Right-to-left and isolate controls, which reorder what a terminal or table shows (Trojan Source). */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }

    /** A value cut for a message. */
    public static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
