package org.rapport.agreement.alignment;

import java.util.ArrayList;
import java.util.List;

import org.rapport.model.session.Utterance;

/** Units by utterance: each utterance of the transcript is one unit, and its value is the code applied to it or none. */
public final class UtteranceAlignment {
    private UtteranceAlignment() {
    }

    /** One unit per utterance, named {@code prefix + "/u" + index}. */
    public static List<TimelineUnit> units(String prefix, List<Utterance> utterances) {
        List<TimelineUnit> out = new ArrayList<>(utterances.size());
        for (Utterance u : utterances) out.add(unit(prefix, u.index(), u.startMs(), u.endMs()));
        return out;
    }

    /** The unit of one utterance, named {@code prefix + "/u" + index}. */
    public static TimelineUnit unit(String prefix, int index, long startMs, long endMs) {
        return new TimelineUnit(prefix + "/u" + index, startMs, endMs, index);
    }
}
