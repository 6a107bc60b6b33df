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

    static Transcript read(SourceText source) {
        List<String> lines = source.lines();
        TimelineBuilder timeline = new TimelineBuilder(source);
        Pending pending = null;
        long previousStamp = -1;
        int previousStampLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = STAMP.matcher(line);
            if (!m.matches()) {
                if (line.isBlank()) continue;
                if (pending == null) {
                    throw source.error(i + 1, "text before the first [hh:mm:ss] time stamp");
                }
                pending.text.append(' ').append(line.trim());
                continue;
            }
            long start = TimeCodes.parse(m.group(1), source.name(), i + 1);
            if (start < previousStamp) {
                throw source.error(i + 1, "times out of order: [" + m.group(1).trim() + "] is before the stamp on line "
                        + previousStampLine + " (" + TimeCodes.formatVtt(previousStamp) + ")");
            }
            previousStamp = start;
            previousStampLine = i + 1;
            if (pending != null) pending.addTo(timeline, start);
            pending = m.group(2).isBlank() ? null : new Pending(i + 1, start, m.group(2).trim());
        }
        if (pending != null) pending.addTo(timeline, pending.start);
        return timeline.build();
    }

    /** An utterance whose end is the next stamp. */
    private static final class Pending {
        final int line;
        final long start;
        final StringBuilder text;

        Pending(int line, long start, String text) {
            this.line = line;
            this.start = start;
            this.text = new StringBuilder(text);
        }

        void addTo(TimelineBuilder timeline, long end) {
            CueText.Spoken spoken = CueText.speakerFromPrefix(CueText.join(List.of(text.toString())));
            timeline.add(line, start, end, spoken.speaker(), spoken.text());
        }
    }
}
