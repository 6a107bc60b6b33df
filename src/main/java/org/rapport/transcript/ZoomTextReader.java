package org.rapport.transcript;

import java.util.List;
import java.util.regex.Pattern;

import org.rapport.model.session.Transcript;

/**
 * Reads the transcript Zoom saves from a meeting as text: each turn is a line {@code [Speaker Name] 14:02:11}
 * followed by the words. The stamps are clock times of the meeting, so the first one is taken as 0:00 (a note says
 * which).
 */
final class ZoomTextReader {
    static final HeaderedTurns.Shape SHAPE = new HeaderedTurns.Shape(
            Pattern.compile("\\s*\\[(?<speaker>[^\\]]+)]\\s+(?<time>\\d{1,2}:\\d{2}:\\d{2})\\s*"),
            "[Speaker] hh:mm:ss", true);

    private ZoomTextReader() {
    }

    /** @param document whether the lines are a document's, whose heading may come before the first turn */
    static Transcript read(Reading reading, List<String> lines, boolean document) {
        return HeaderedTurns.read(reading, lines, SHAPE, document);
    }
}
