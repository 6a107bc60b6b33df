package org.rapport.transcript;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.model.session.Role;

/** Cleans subtitle cue text and finds the speaker in it: a WebVTT voice tag or a "NAME: " prefix. */
final class CueText {
    /** The speaker label used when a cue names none. */
    static final String UNKNOWN_SPEAKER = "Unknown";

    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?[ \\t]+([^>]*)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** SRT knows only these tags; other text in angle brackets ("<laughs>") is kept as written. */
    private static final Pattern SRT_TAG = Pattern.compile("</?(?:i|b|u|s|font)(?:\\s[^>]*)?>|\\{\\\\[^}]*}",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_PREFIX = 30;
    private static final int MAX_PREFIX_WORDS = 4;
    /** Titles written with a full stop that may start a speaker's name ("Dr. Rivera"). */
    private static final Set<String> TITLES = Set.of("Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.", "Rev.", "Fr.", "Sr.",
            "Jr.", "St.");

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

    /**
     * Splits "NAME: text" into speaker and text; without such a prefix the speaker is {@link #UNKNOWN_SPEAKER} and
     * the text stays whole. NAME (docs/transcript-formats.md, "Speaker prefix") is at most 30 characters and four
     * words; each word is letters, digits and {@code _ ' & / # ( ) -}, and its first letter is not lower case (a
     * title such as "Dr." or an initial such as "J." may end in a full stop). A role label (T, Client, therapist ...)
     * may be in any case. Something must follow the colon, except after a role label. So "Dr. Rivera: Hello" has a
     * speaker, and "And then she said: no" and "Listen:" do not; neither does "10:30 is fine".
     */
    static Spoken speakerFromPrefix(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > MAX_PREFIX + 1) return new Spoken(UNKNOWN_SPEAKER, text);
        String rest = text.substring(colon + 1);
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) return new Spoken(UNKNOWN_SPEAKER, text);
        String label = text.substring(0, colon);
        if (label.endsWith(" ")) label = label.substring(0, label.length() - 1); // "T : yes"
        rest = rest.trim();
        return isSpeakerLabel(label, rest.isEmpty()) ? new Spoken(label, rest) : new Spoken(UNKNOWN_SPEAKER, text);
    }

    private static boolean isSpeakerLabel(String label, boolean nothingSaid) {
        if (label.isEmpty() || label.length() > MAX_PREFIX) return false;
        String[] words = label.split(" ", -1);
        if (words.length > MAX_PREFIX_WORDS) return false;
        boolean roleLabel = Role.inferFromLabel(label) != Role.OTHER;
        for (String w : words) if (!isNameWord(w, roleLabel)) return false;
        return roleLabel || !nothingSaid;
    }

    private static boolean isNameWord(String word, boolean anyCase) {
        if (word.isEmpty()) return false;
        if (TITLES.contains(word) || (word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.')) {
            return true;
        }
        boolean letterSeen = false;
        boolean digitSeen = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (!letterSeen && !anyCase && Character.isLowerCase(cp)) return false;
                letterSeen = true;
            } else if (Character.isDigit(cp)) {
                digitSeen = true;
            } else if ("_'&/#()-".indexOf(cp) < 0) {
                return false;
            }
        }
        return letterSeen || digitSeen;
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
