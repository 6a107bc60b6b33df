package org.rapport.model.coding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One disagreement of a consensus to decide: a stretch of consecutive units on which the source raters applied
 * different codes of one code group (or of one code outside any group).
 *
 * @param group          the code group, or for a code outside any group the code's id
 * @param firstUtterance the first utterance of the stretch (units by utterance), else null
 * @param lastUtterance  the last utterance, else null
 * @param values         source rater id to the codes of the group that rater applied there (empty: none)
 * @param decision       what was decided, or null while the item is open
 * @param resultCodings  the consensus codings the decision made (ids), empty for none or while open
 */
public record ConsensusItem(long id, long consensusId, String group, long startMs, long endMs, Integer firstUtterance,
                            Integer lastUtterance, Map<Long, List<String>> values, ConsensusDecision decision,
                            List<Long> resultCodings) {
    public ConsensusItem {
        Map<Long, List<String>> copy = new LinkedHashMap<>();
        values.forEach((rater, codes) -> copy.put(rater, List.copyOf(codes)));
        values = Collections.unmodifiableMap(copy);
        resultCodings = resultCodings == null ? List.of() : List.copyOf(resultCodings);
    }

    public boolean isOpen() {
        return decision == null;
    }

    /** The codes the decision puts on the stretch: a source's, none, or the new coding's. */
    public List<String> decidedCodes() {
        if (decision == null) return List.of();
        return switch (decision.kind()) {
            case TAKE -> values.getOrDefault(decision.raterId(), List.of());
            case NONE -> List.of();
            case NEW -> decision.codes();
        };
    }

    public ConsensusItem decided(ConsensusDecision d, List<Long> codings) {
        return new ConsensusItem(id, consensusId, group, startMs, endMs, firstUtterance, lastUtterance, values, d, codings);
    }
}
