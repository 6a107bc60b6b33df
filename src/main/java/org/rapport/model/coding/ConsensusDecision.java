package org.rapport.model.coding;

import java.time.Instant;
import java.util.List;

/**
 * How a consensus item was settled: take one source rater's codes, none, or a new coding; with the reason, who decided
 * and when.
 *
 * @param raterId the source taken ({@link Kind#TAKE}), else null
 * @param codes   the new coding's codes ({@link Kind#NEW}), else empty
 * @param startMs the new coding's start when it is not the item's stretch, else null
 * @param endMs   the new coding's end, else null
 */
public record ConsensusDecision(Kind kind, Long raterId, List<String> codes, Long startMs, Long endMs, String reason,
                                String decidedBy, Instant decidedAt) {
    public enum Kind { TAKE, NONE, NEW }

    public ConsensusDecision {
        codes = codes == null ? List.of() : List.copyOf(codes);
        if (kind == Kind.TAKE && raterId == null) throw new IllegalArgumentException("take needs a rater");
        if (kind == Kind.NEW && codes.isEmpty()) throw new IllegalArgumentException("a new coding needs a code");
    }
}
