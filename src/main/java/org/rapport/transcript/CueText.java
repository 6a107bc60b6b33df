package org.rapport.transcript;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans subtitle cue text and finds the speaker in it: a WebVTT voice tag or a "NAME: " prefix. */
final class CueText {
    /** The speaker label used when a cue names none. */
    static final String UNKNOWN_SPEAKER = "Unknown";

    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?[ \\t]+([^>]*)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** SRT knows only these tags; other text in angle brackets ("<laughs>") is kept as written. */
    private static final Pattern SRT_TAG = Pattern.compile("</?(?:i|b|u|s|font)(?:\\s[^>]*)?>|\\{\\\\[^}]*}",
            Pattern.CASE_INSENSITIVE);
    /** Up to 30 characters before the colon, at most four words, no sentence punctuation (.,;!?"). */
    private static final Pattern PREFIX = Pattern.compile(
            "([\\p{L}\\p{N}][\\p{L}\\p{N}_'&/#()-]*(?: [\\p{L}\\p{N}_'&/#()-]+){0,3}) ?:(?:\\s+(.*)|$)",
            Pattern.DOTALL);
    private static final int MAX_PREFIX = 30;

    private CueText() {
    }

    /** A speaker and what they said. */
    record Spoken(String speaker, String text) {
    }

    /** Joins cue lines with single spaces. */
    static String join(List<String> lines) {
        return collapseSpaces(lines.size() == 1 ? lines.get(0) : String.join(" ", lines));
    }

    /** Runs of white space become one space, and none at either end (a loop: this runs for every cue). */
    static String collapseSpaces(String s) {
        if (isCollapsed(s)) return s;
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) sb.append(' ');
                pendingSpace = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isCollapsed(String s) {
        boolean previousSpace = true; // no white space at the start
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && (previousSpace || c != ' ')) return false;
            previousSpace = space;
        }
        return s.isEmpty() || !previousSpace;
    }

    /** The voice of the first {@code <v Name>} tag, or null. */
    static String voice(String raw) {
        if (!raw.contains("<v")) return null;
        Matcher m = VOICE.matcher(raw);
        return m.find() ? unescape(m.group(1).trim()) : null;
    }

    /** WebVTT text without tags (voice, italics, classes, timestamps) or character references. */
    static String stripTags(String raw) {
        String text = raw.indexOf('<') < 0 ? raw : TAG.matcher(raw).replaceAll("");
        return collapseSpaces(unescape(text));
    }

    /** SRT text without its formatting tags ({@code <i> <b> <u> <s> <font>}) and {\\an8}-style codes. */
    static String stripSrtTags(String raw) {
        boolean tagged = raw.indexOf('<') >= 0 || raw.indexOf('{') >= 0;
        return collapseSpaces(tagged ? SRT_TAG.matcher(raw).replaceAll("") : raw);
    }

    /** Splits "NAME: text" into speaker and text; without such a prefix the speaker is {@link #UNKNOWN_SPEAKER}. */
    static Spoken speakerFromPrefix(String text) {
        Matcher m = PREFIX.matcher(text);
        if (m.matches() && m.group(1).length() <= MAX_PREFIX) {
            return new Spoken(m.group(1), m.group(2) == null ? "" : m.group(2).trim());
        }
        return new Spoken(UNKNOWN_SPEAKER, text);
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "\u200E")
                .replace("&rlm;", "\u200F").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
