package org.rapport.transcript;

import java.util.List;
import java.util.regex.Pattern;

import org.rapport.model.session.Transcript;

/**
 * Reads Otter.ai's text export: each turn is a line with the speaker's name, two spaces (or a tab) and the time from
 * the start of the recording ({@code Jane Doe  1:05}, {@code Speaker 1  1:02:03}), followed by the words.
 */
final class OtterTextReader {
    static final HeaderedTurns.Shape SHAPE = new HeaderedTurns.Shape(
            Pattern.compile("(?<speaker>\\S.*?)(?: {2,}|\\t+)(?<time>(?:\\d+:)?\\d{1,2}:\\d{2})\\s*"),
            "Speaker  m:ss", false);

    private OtterTextReader() {
    }

    /** @param document whether the lines are a document's, whose heading may come before the first turn */
    static Transcript read(Reading reading, List<String> lines, boolean document) {
        return HeaderedTurns.read(reading, lines, SHAPE, document);
    }
}
