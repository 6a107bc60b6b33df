package org.rapport.transcript;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rapport.model.session.Transcript;

/**
 * Reads a Praat TextGrid in its long or short text form (Praat writes UTF-16 when the text is not ASCII; the byte
 * order mark says so). Both forms are the same values in the same order, so they are read as one stream of values:
 * numbers, quoted strings ({@code ""} is a quote) and {@code <exists>}; the long form's labels ({@code xmin =},
 * {@code intervals [1]:}) are skipped. Each interval tier is a speaker named by the tier; an interval with empty text
 * is a pause and is left out; point tiers (TextTier) are left out and named in the notes. {@link ReadOptions#tiers}
 * and {@link ReadOptions#speakerTiers} choose the tiers instead.
 */
final class TextGridReader {
    private TextGridReader() {
    }

    /** A value of the file and the line it starts on. */
    private record Token(String text, boolean string, int line) {
    }

    private record Interval(int line, long start, long end, String speaker, String text) {
    }

    static Transcript read(Reading reading) {
        Tokens tokens = new Tokens(reading);
        String fileType = tokens.string("File type = \"ooTextFile\"");
        if (!fileType.startsWith("ooTextFile")) {
            throw reading.fatal(1, "not a Praat text file: the first line must say File type = \"ooTextFile\""
                    + (fileType.contains("Binary") ? " (save the TextGrid as a text file in Praat)" : ""));
        }
        String objectClass = tokens.string("Object class = \"TextGrid\"");
        if (!objectClass.startsWith("TextGrid")) {
            throw reading.fatal(tokens.line(), "not a TextGrid: the object class is '" + objectClass + "'");
        }
        tokens.number("xmin");
        tokens.number("xmax");
        Token exists = tokens.next("<exists>");
        if (!exists.text().equals("<exists>")) return nothingToRead(reading);
        int tierCount = tokens.count("the number of tiers");
        List<Interval> intervals = new ArrayList<>();
        List<String> chosen = new ArrayList<>(reading.options().tiers());
        for (String t : reading.options().speakerTiers().keySet()) if (!chosen.contains(t)) chosen.add(t);
        List<String> usedTiers = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int t = 0; t < tierCount; t++) {
            String tierClass = tokens.string("the tier class (\"IntervalTier\" or \"TextTier\")");
            String name = tokens.string("the tier name").trim();
            tokens.number("the tier's xmin");
            tokens.number("the tier's xmax");
            int n = tokens.count("the number of intervals or points");
            boolean points = tierClass.equals("TextTier");
            boolean used = !points && (chosen.isEmpty() || chosen.contains(name));
            for (int k = 0; k < n; k++) {
                int line = tokens.line();
                long start = tokens.number(points ? "a point's time" : "an interval's xmin");
                long end = points ? start : tokens.number("an interval's xmax");
                String text = CueText.join(List.of(tokens.string(points ? "a point's mark" : "an interval's text")));
                if (used && !text.isEmpty()) intervals.add(new Interval(line, start, end, name, text));
            }
            if (used) {
                usedTiers.add(name);
            } else {
                leftOut.add("'" + name + "' (" + (points ? "a point tier: points, not stretches of talk"
                        : "not chosen with --tiers or --speaker-tier") + ")");
            }
        }
        for (String name : chosen) {
            if (!usedTiers.contains(name)) reading.problems().add(null, "no interval tier '" + name + "' in the file");
        }
        if (!leftOut.isEmpty()) reading.note("tiers left out: " + String.join(", ", leftOut));
        // tiers are stored one after another: put the talk in time order
        intervals.sort(Comparator.comparingLong(Interval::start).thenComparingLong(Interval::end));
        TimelineBuilder timeline = reading.timeline();
        for (Interval i : intervals) timeline.add(i.line(), i.start(), i.end(), i.speaker(), i.text());
        return timeline.build(reading.options().speakerTiers(), java.util.Map.of()); // a tier's speaker is its name
    }

    private static Transcript nothingToRead(Reading reading) {
        return reading.timeline().build();
    }

    /** The values of the file, in order. */
    private static final class Tokens {
        private final Reading reading;
        private final String text;
        private int pos;
        private int line = 1;
        private int lastTokenLine = 1;

        Tokens(Reading reading) {
            this.reading = reading;
            this.text = reading.source().text();
        }

        int line() {
            skipLabels();
            return line;
        }

        Token next(String expected) {
            skipLabels();
            if (pos >= text.length()) {
                throw reading.fatal(lastTokenLine, "the file ends where " + expected + " should be (truncated?)");
            }
            int startLine = line;
            lastTokenLine = line;
            char c = text.charAt(pos);
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                pos++;
                while (true) {
                    if (pos >= text.length()) throw reading.fatal(startLine, "a text in quotes is not closed (truncated?)");
                    char d = text.charAt(pos++);
                    if (d == '\n') line++;
                    if (d == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            sb.append('"');
                            pos++;
                            continue;
                        }
                        return new Token(sb.toString(), true, startLine);
                    }
                    sb.append(d);
                }
            }
            int from = pos;
            if (c == '<') {
                while (pos < text.length() && text.charAt(pos) != '>') pos++;
                pos = Math.min(pos + 1, text.length());
            } else {
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) pos++;
            }
            return new Token(text.substring(from, pos), false, startLine);
        }

        String string(String expected) {
            Token t = next(expected);
            if (!t.string()) throw reading.fatal(t.line(), "expected " + expected + " in quotes, found '" + t.text() + "'");
            return t.text();
        }

        /** A time in seconds, as milliseconds. */
        long number(String expected) {
            Token t = next(expected);
            try {
                return new BigDecimal(t.text()).movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw reading.fatal(t.line(), "expected " + expected + " (a number), found '" + t.text() + "'");
            }
        }

        int count(String expected) {
            Token t = next(expected);
            try {
                int n = Integer.parseInt(t.text());
                if (n >= 0) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw reading.fatal(t.line(), "expected " + expected + " (a whole number), found '" + t.text() + "'");
        }

        /**
         * Skips white space, comments ({@code !} to the end of the line) and the long form's labels: words such as
         * {@code xmin =}, {@code intervals: size =}, {@code item [2]:}.
         */
        private void skipLabels() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '!') {
                    while (pos < text.length() && text.charAt(pos) != '\n') pos++;
                } else if (c == '[') {
                    while (pos < text.length() && text.charAt(pos) != ']' && text.charAt(pos) != '\n') pos++;
                    if (pos < text.length() && text.charAt(pos) == ']') pos++;
                } else if (Character.isLetter(c) || c == '=' || c == ':' || c == '?') {
                    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
                            && text.charAt(pos) != '"' && text.charAt(pos) != '<' && text.charAt(pos) != '[') {
                        pos++;
                    }
                } else {
                    return;
                }
            }
        }
    }
}
