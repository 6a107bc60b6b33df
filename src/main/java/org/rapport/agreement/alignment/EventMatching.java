package org.rapport.agreement.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rapport.agreement.statistic.RatingTable;

/**
 * Event matching after Holle &amp; Rein (2015): two raters' codings are linked one to one by time alone, then their codes
 * are compared. A pair can be linked when
 * <ul>
 * <li>{@link Criterion#OVERLAP}: their relative overlap, the time both cover divided by the time either covers
 * (first start to last end), is at least the minimum share (Holle &amp; Rein's default is 0.6); two point codes at the
 * same moment overlap fully; or</li>
 * <li>{@link Criterion#ONSET}: their onsets differ by at most the tolerance.</li>
 * </ul>
 * Of all pairs that can be linked, the best is linked first and both events leave the pool, and so on (greedy). "Best"
 * is a total order that does not depend on which rater is A or on the input order, so the matching is symmetric and
 * deterministic: larger overlap share (overlap criterion) or smaller onset difference (onset criterion) first, then the
 * other of the two, then the earlier pair, then the pair's events compared by (start, end, code).
 */
public final class EventMatching {
    /** How two events qualify as the same event. */
    public enum Criterion { OVERLAP, ONSET }

    /**
     * @param minOverlap  the minimum relative overlap for {@link Criterion#OVERLAP}, in (0, 1]
     * @param toleranceMs the largest onset difference for {@link Criterion#ONSET}, not negative
     */
    public record Options(Criterion criterion, double minOverlap, long toleranceMs) {
        public static final double HOLLE_REIN_MIN_OVERLAP = 0.6;

        public Options {
            if (criterion == Criterion.OVERLAP && !(minOverlap > 0 && minOverlap <= 1)) {
                throw new IllegalArgumentException("the minimum overlap must be in (0, 1]: " + minOverlap);
            }
            if (criterion == Criterion.ONSET && toleranceMs < 0) {
                throw new IllegalArgumentException("the onset tolerance must not be negative: " + toleranceMs);
            }
        }

        public static Options overlap(double minShare) {
            return new Options(Criterion.OVERLAP, minShare, 0);
        }

        public static Options onset(long toleranceMs) {
            return new Options(Criterion.ONSET, 0, toleranceMs);
        }

        public String describe() {
            return criterion == Criterion.OVERLAP
                    ? "relative overlap (overlap / total extent) of at least " + minOverlap
                    : "onsets at most " + toleranceMs + " ms apart";
        }
    }

    /** A linked pair: a is rater A's event, b rater B's. */
    public record Pair(CodedInterval a, CodedInterval b, double overlapShare, long onsetDifferenceMs) {
        public boolean sameCode() {
            return a.code().equals(b.code());
        }
    }

    /** The outcome for one session and one pair of raters. Lists are in time order. */
    public record Matching(String raterA, String raterB, List<Pair> pairs, List<CodedInterval> unmatchedA,
                           List<CodedInterval> unmatchedB) {
        public Matching {
            pairs = List.copyOf(pairs);
            unmatchedA = List.copyOf(unmatchedA);
            unmatchedB = List.copyOf(unmatchedB);
        }

        public int unmatchedCount() {
            return unmatchedA.size() + unmatchedB.size();
        }

        /**
         * Adds the linked pairs (rater A's code vs rater B's) and, when {@code withUnmatched}, each unlinked event as a
         * unit of its code against "none" for the other rater. Unit ids start with {@code prefix}.
         */
        public void addTo(RatingTable.Builder table, String prefix, boolean withUnmatched) {
            addUnits(table, prefix, withUnmatched, null);
        }

        /** As {@link #addTo}, with categories collapsed to "present" (the code) and "absent" (any other code, none). */
        public void addPresenceTo(RatingTable.Builder table, String prefix, boolean withUnmatched, String code) {
            addUnits(table, prefix, withUnmatched, code);
        }

        private void addUnits(RatingTable.Builder t, String prefix, boolean withUnmatched, String presenceOf) {
            t.rater(raterA).rater(raterB);
            for (int i = 0; i < pairs.size(); i++) {
                Pair p = pairs.get(i);
                t.rate(prefix + "/m" + i, raterA, label(p.a().code(), presenceOf));
                t.rate(prefix + "/m" + i, raterB, label(p.b().code(), presenceOf));
            }
            if (!withUnmatched) return;
            for (int i = 0; i < unmatchedA.size(); i++) {
                t.rate(prefix + "/a" + i, raterA, label(unmatchedA.get(i).code(), presenceOf));
                t.rate(prefix + "/a" + i, raterB, label(TimelineAlignment.NONE, presenceOf));
            }
            for (int i = 0; i < unmatchedB.size(); i++) {
                t.rate(prefix + "/b" + i, raterA, label(TimelineAlignment.NONE, presenceOf));
                t.rate(prefix + "/b" + i, raterB, label(unmatchedB.get(i).code(), presenceOf));
            }
        }

        private static String label(String code, String presenceOf) {
            if (presenceOf == null) return code;
            return code.equals(presenceOf) ? TimelineAlignment.PRESENT : TimelineAlignment.ABSENT;
        }
    }

    private EventMatching() {
    }

    /** Links rater A's and rater B's events (one session, the codes being compared) one to one. */
    public static Matching match(String raterA, List<CodedInterval> a, String raterB, List<CodedInterval> b, Options o) {
        List<CodedInterval> sa = a.stream().sorted(CodedInterval.TIME_ORDER).toList();
        List<CodedInterval> sb = b.stream().sorted(CodedInterval.TIME_ORDER).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sa.size(); i++) {
            CodedInterval x = sa.get(i);
            for (int j = 0; j < sb.size(); j++) {
                CodedInterval y = sb.get(j);
                if (o.criterion() == Criterion.OVERLAP && y.startMs() > x.endMs()) break;
                Candidate c = new Candidate(i, j, x, y, share(x, y), Math.abs(x.startMs() - y.startMs()));
                if (qualifies(c, o)) candidates.add(c);
            }
        }
        candidates.sort(order(o));
        boolean[] usedA = new boolean[sa.size()];
        boolean[] usedB = new boolean[sb.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (usedA[c.i] || usedB[c.j]) continue;
            usedA[c.i] = true;
            usedB[c.j] = true;
            pairs.add(new Pair(c.x, c.y, c.share, c.onsetDiff));
        }
        pairs.sort(Comparator.comparingLong((Pair p) -> Math.min(p.a().startMs(), p.b().startMs()))
                .thenComparing(p -> p.a(), CodedInterval.TIME_ORDER).thenComparing(p -> p.b(), CodedInterval.TIME_ORDER));
        return new Matching(raterA, raterB, pairs, unused(sa, usedA), unused(sb, usedB));
    }

    /** Overlap divided by total extent (Holle &amp; Rein 2015); 1 for two point events at the same moment. */
    public static double share(CodedInterval x, CodedInterval y) {
        long extent = Math.max(x.endMs(), y.endMs()) - Math.min(x.startMs(), y.startMs());
        if (extent == 0) return 1;
        return (double) x.overlapMs(y.startMs(), y.endMs()) / extent;
    }

    private static boolean qualifies(Candidate c, Options o) {
        return o.criterion() == Criterion.OVERLAP ? c.share >= o.minOverlap() - 1e-12 : c.onsetDiff <= o.toleranceMs();
    }

    private record Candidate(int i, int j, CodedInterval x, CodedInterval y, double share, long onsetDiff) {
        long earliest() {
            return Math.min(x.startMs(), y.startMs());
        }

        CodedInterval low() {
            return CodedInterval.TIME_ORDER.compare(x, y) <= 0 ? x : y;
        }

        CodedInterval high() {
            return CodedInterval.TIME_ORDER.compare(x, y) <= 0 ? y : x;
        }
    }

    /** Best candidate first; every key is symmetric in the two events, so swapping raters changes nothing. */
    private static Comparator<Candidate> order(Options o) {
        Comparator<Candidate> byShare = Comparator.comparingDouble((Candidate c) -> c.share).reversed();
        Comparator<Candidate> byOnset = Comparator.comparingLong(c -> c.onsetDiff);
        Comparator<Candidate> primary = o.criterion() == Criterion.OVERLAP ? byShare.thenComparing(byOnset)
                : byOnset.thenComparing(byShare);
        return primary.thenComparingLong(Candidate::earliest)
                .thenComparing(Candidate::low, CodedInterval.TIME_ORDER)
                .thenComparing(Candidate::high, CodedInterval.TIME_ORDER);
    }

    private static List<CodedInterval> unused(List<CodedInterval> events, boolean[] used) {
        List<CodedInterval> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) if (!used[i]) out.add(events.get(i));
        return out;
    }
}
