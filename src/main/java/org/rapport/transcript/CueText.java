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
    private static final Pattern SPACES = Pattern.compile("\\s+");
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
        return SPACES.matcher(String.join(" ", lines)).replaceAll(" ").trim();
    }

    /** The voice of the first {@code <v Name>} tag, or null. */
    static String voice(String raw) {
        Matcher m = VOICE.matcher(raw);
        return m.find() ? unescape(m.group(1).trim()) : null;
    }

    /** WebVTT text without tags (voice, italics, classes, timestamps) or character references. */
    static String stripTags(String raw) {
        return SPACES.matcher(unescape(TAG.matcher(raw).replaceAll(""))).replaceAll(" ").trim();
    }

    /** SRT text without its formatting tags ({@code <i> <b> <u> <s> <font>}) and {\\an8}-style codes. */
    static String stripSrtTags(String raw) {
        return SPACES.matcher(SRT_TAG.matcher(raw).replaceAll("")).replaceAll(" ").trim();
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
