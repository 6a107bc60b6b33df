package org.rapport.transcript;

import java.util.ArrayList;
import java.util.List;

import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;

/**
 * Collects utterances in file order and checks their times: none negative, none ending before it starts, none
 * starting before the previous one started. Overlap between speakers (talk-over) is normal and accepted.
 */
final class TimelineBuilder {
    private final SourceText source;
    private final List<Utterance> utterances = new ArrayList<>();
    private long previousStart = -1;
    private int previousLine;

    TimelineBuilder(SourceText source) {
        this.source = source;
    }

    void add(int line, long startMs, long endMs, String speaker, String text) {
        if (startMs < 0 || endMs < 0) throw source.error(line, "negative time");
        if (endMs < startMs) {
            throw source.error(line, "ends at " + TimeCodes.formatVtt(endMs) + ", before it starts at "
                    + TimeCodes.formatVtt(startMs));
        }
        if (startMs < previousStart) {
            throw source.error(line, "times out of order: starts at " + TimeCodes.formatVtt(startMs)
                    + ", before the previous utterance (line " + previousLine + ") started at "
                    + TimeCodes.formatVtt(previousStart));
        }
        previousStart = startMs;
        previousLine = line;
        utterances.add(new Utterance(utterances.size(), startMs, endMs, speaker, text));
    }

    /** The transcript; participants in order of first appearance, roles inferred from their labels. */
    Transcript build() {
        if (utterances.isEmpty()) throw source.error(null, "no utterances found");
        return Transcript.ofUtterances(utterances);
    }
}
