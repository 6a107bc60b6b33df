package org.rapport.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.session.Transcript;
import org.rapport.model.time.TimeCodes;

/**
 * The turns of a transcript that stamps only when each turn starts (plain text, Zoom, Otter, .docx): each turn ends
 * where the next one starts, and the last one where it starts. A stamp with no text only ends the turn before it.
 */
final class StampedTurns {
    /**
     * @param speaker the speaker the format names, or null to take it from a "NAME:" prefix of the text
     * @param stamp   the stamp as written, for messages
     */
    record Turn(int line, long start, String stamp, String speaker, String text) {
    }

    private final Reading reading;
    private final List<Turn> turns = new ArrayList<>();

    StampedTurns(Reading reading) {
        this.reading = reading;
    }

    void add(int line, long start, String stamp, String speaker, String text) {
        turns.add(new Turn(line, start, stamp, speaker, text));
    }

    Transcript build() {
        List<Turn> kept = new ArrayList<>();
        Turn previous = null;
        for (Turn t : turns) {
            if (previous != null && t.start() < previous.start() && !reading.options().sortTimes()) {
                reading.problems().add(t.line(), "times out of order: [" + t.stamp() + "] is before the stamp on line "
                        + previous.line() + " (" + TimeCodes.formatVtt(previous.start())
                        + "); --sort-times puts turns in time order");
                continue;
            }
            kept.add(t);
            previous = previous == null || t.start() >= previous.start() ? t : previous;
        }
        // a turn ends where the next one in time starts; the timeline then sorts (and counts) them if asked to
        List<Turn> inTime = new ArrayList<>(kept);
        inTime.sort(Comparator.comparingLong(Turn::start));
        Map<Turn, Long> ends = new IdentityHashMap<>();
        for (int i = 0; i < inTime.size(); i++) {
            ends.put(inTime.get(i), i + 1 < inTime.size() ? inTime.get(i + 1).start() : inTime.get(i).start());
        }
        TimelineBuilder timeline = reading.timeline();
        for (Turn t : kept) {
            if (t.text().isEmpty()) continue;
            String text = CueText.join(List.of(t.text()));
            CueText.Spoken spoken = t.speaker() != null ? new CueText.Spoken(t.speaker(), text)
                    : reading.speakerFromPrefix(text);
            timeline.add(t.line(), t.start(), ends.get(t), spoken.speaker(), spoken.text());
        }
        return timeline.build();
    }
}
