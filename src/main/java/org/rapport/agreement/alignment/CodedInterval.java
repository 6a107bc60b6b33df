package org.rapport.agreement.alignment;

import java.util.Comparator;

/**
 * One code a rater applied on a session's time line, as the alignment methods see it: who, which code, when, and,
 * for codes applied to whole utterances, which ones. A point code has {@code startMs == endMs}.
 *
 * @param firstUtterance index of the first utterance it spans, or null when it is placed by time only
 * @param lastUtterance  index of the last utterance it spans, or null
 */
public record CodedInterval(String rater, String code, long startMs, long endMs, Integer firstUtterance,
                            Integer lastUtterance) {
    /** Time order, then end, then code: the order every alignment method reads codings in (input order never counts). */
    public static final Comparator<CodedInterval> TIME_ORDER = Comparator.comparingLong(CodedInterval::startMs)
            .thenComparingLong(CodedInterval::endMs).thenComparing(CodedInterval::code);

    public CodedInterval {
        if (rater == null || code == null) throw new IllegalArgumentException("a coding needs a rater and a code");
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("coding " + code + " has start " + startMs + " and end " + endMs);
        }
        if ((firstUtterance == null) != (lastUtterance == null)
                || (firstUtterance != null && lastUtterance < firstUtterance)) {
            throw new IllegalArgumentException("coding " + code + " has utterance span " + firstUtterance + ".." + lastUtterance);
        }
    }

    public static CodedInterval of(String rater, String code, long startMs, long endMs) {
        return new CodedInterval(rater, code, startMs, endMs, null, null);
    }

    public long durationMs() {
        return endMs - startMs;
    }

    public boolean hasUtteranceSpan() {
        return firstUtterance != null;
    }

    /** Milliseconds this coding shares with [start, end). */
    public long overlapMs(long start, long end) {
        return Math.max(0, Math.min(endMs, end) - Math.max(startMs, start));
    }
}
