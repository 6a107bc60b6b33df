package org.rapport.transcript;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.model.session.Transcript;
import org.rapport.model.time.TimeCodes;

/**
 * Reads plain text with time stamps: each utterance starts with {@code [hh:mm:ss]} (or {@code [mm:ss]}, with optional
 * {@code .mmm}), then "NAME: text". Lines without a stamp continue the utterance above. An utterance ends where the
 * next stamp starts; a stamp with no text only marks the end of the utterance before it (use one as the last line to
 * give the last utterance its end, which otherwise equals its start).
 */
final class PlainTextReader {
    private static final Pattern STAMP = Pattern.compile("\\s*\\[([^\\]]*)]\\s*(.*)");

    private PlainTextReader() {
    }

    /** Whether a line starts with a time stamp in square brackets. */
    static boolean isStamped(String line) {
        Matcher m = STAMP.matcher(line);
        if (!m.matches()) return false;
        try {
            TimeCodes.parse(m.group(1));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @param lines           the lines (or the paragraphs of a document), the first being line 1
     * @param headerBeforeText whether text before the first stamp is a document's heading, left out with a note,
     *                         rather than a problem
     */
    static Transcript read(Reading reading, List<String> lines, boolean headerBeforeText) {
        StampedTurns turns = new StampedTurns(reading);
        StringBuilder text = null;
        int turnLine = 0;
        long turnStart = 0;
        String turnStamp = null;
        int header = 0;
        boolean skipping = false; // after a problem, the lines up to the next stamp go with it
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = STAMP.matcher(line);
            if (!m.matches()) {
                if (line.isBlank() || skipping) continue;
                if (text == null) {
                    if (headerBeforeText && turnStamp == null) {
                        header++;
                        continue;
                    }
                    reading.problems().add(i + 1, "text before the first [hh:mm:ss] time stamp");
                    skipping = true;
                    continue;
                }
                text.append(' ').append(line.trim());
                continue;
            }
            if (text != null || turnStamp != null) turns.add(turnLine, turnStart, turnStamp, null, text == null ? "" : text.toString());
            Long start = reading.time(m.group(1), i + 1);
            skipping = start == null;
            text = null;
            turnStamp = null;
            if (start == null) continue;
            turnLine = i + 1;
            turnStart = start;
            turnStamp = m.group(1).trim();
            text = m.group(2).isBlank() ? null : new StringBuilder(m.group(2).trim());
        }
        if (text != null || turnStamp != null) turns.add(turnLine, turnStart, turnStamp, null, text == null ? "" : text.toString());
        noteHeading(reading, header, "[hh:mm:ss]");
        return turns.build();
    }

    /** Says how many paragraphs of a document came before its first turn and were left out as its heading. */
    static void noteHeading(Reading reading, int paragraphs, String firstTurn) {
        if (paragraphs == 0) return;
        reading.note("left out " + paragraphs + " paragraph" + (paragraphs == 1 ? "" : "s") + " before the first "
                + firstTurn + " " + (firstTurn.startsWith("[hh") ? "stamp" : "line") + " (a heading)");
    }
}
