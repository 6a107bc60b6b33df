package org.rapport.transcript;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.model.session.Transcript;
import org.rapport.model.time.TimeCodes;

/**
 * Transcripts whose turns start with a header line naming the speaker and the time, followed by the words (Zoom's
 * and Otter's text exports). Each turn ends where the next starts.
 */
final class HeaderedTurns {
    /**
     * @param header       a header line, with the speaker's name in group "speaker" and the time in group "time"
     * @param headerShape  the header as a user would recognise it, for the message about text before the first one
     * @param clockTimes   the times are clock times of day: the first is taken as 0 (and a note says so)
     */
    record Shape(Pattern header, String headerShape, boolean clockTimes) {
        boolean isHeader(String line) {
            return header.matcher(line).matches() && !PlainTextReader.isStamped(line);
        }
    }

    private HeaderedTurns() {
    }

    /**
     * @param headerBeforeText whether text before the first header is a document's heading, left out with a note,
     *                         rather than a problem
     */
    static Transcript read(Reading reading, List<String> lines, Shape shape, boolean headerBeforeText) {
        StampedTurns turns = new StampedTurns(reading);
        Long first = null;
        int line = 0;
        long start = 0;
        String stamp = null;
        String speaker = null;
        StringBuilder text = null;
        boolean reported = false;
        int heading = 0;
        for (int i = 0; i < lines.size(); i++) {
            String current = lines.get(i);
            Matcher m = shape.header().matcher(current);
            if (!m.matches() || PlainTextReader.isStamped(current)) {
                if (current.isBlank()) continue;
                if (text == null) {
                    if (headerBeforeText && stamp == null) {
                        heading++;
                    } else if (!reported && stamp == null) {
                        reading.problems().add(i + 1, "text before the first '" + shape.headerShape() + "' line");
                        reported = true;
                    }
                    continue;
                }
                text.append(' ').append(current.trim());
                continue;
            }
            if (text != null) turns.add(line, start, stamp, speaker, text.toString());
            Long time = reading.time(m.group("time"), i + 1);
            text = null;
            if (time == null) continue;
            if (first == null) first = shape.clockTimes() ? time : 0;
            line = i + 1;
            start = time - first;
            stamp = m.group("time");
            speaker = m.group("speaker").trim();
            text = new StringBuilder();
        }
        if (text != null) turns.add(line, start, stamp, speaker, text.toString());
        PlainTextReader.noteHeading(reading, heading, shape.headerShape());
        if (shape.clockTimes() && first != null && first > 0) {
            reading.note("the stamps are clock times: the first, " + TimeCodes.hms(first) + ", is taken as 0:00:00");
        }
        return turns.build();
    }
}
