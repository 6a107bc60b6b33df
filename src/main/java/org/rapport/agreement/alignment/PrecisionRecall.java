package org.rapport.agreement.alignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How well rater B finds rater A's events of one code, after event matching: a linked pair with the code on both
 * sides is a hit (tp); rater A's event of the code that is unlinked or linked to another code is a miss (fn); rater
 * B's likewise a false alarm (fp). Precision = tp / (tp + fp), recall = tp / (tp + fn); F1 = 2tp / (2tp + fp + fn) is
 * the same whichever rater is taken as the reference.
 */
public record PrecisionRecall(String code, int tp, int fp, int fn) {
    /** Counts over the matchings of any number of sessions (all for the same two raters). */
    public static PrecisionRecall of(String code, Collection<EventMatching.Matching> matchings) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (EventMatching.Matching m : matchings) {
            for (EventMatching.Pair p : m.pairs()) {
                boolean a = p.a().code().equals(code);
                boolean b = p.b().code().equals(code);
                if (a && b) tp++;
                else if (a) fn++;
                else if (b) fp++;
            }
            fn += (int) m.unmatchedA().stream().filter(e -> e.code().equals(code)).count();
            fp += (int) m.unmatchedB().stream().filter(e -> e.code().equals(code)).count();
        }
        return new PrecisionRecall(code, tp, fp, fn);
    }

    /** One result per code, in the order given. */
    public static List<PrecisionRecall> perCode(List<String> codes, Collection<EventMatching.Matching> matchings) {
        List<PrecisionRecall> out = new ArrayList<>();
        for (String c : codes) out.add(of(c, matchings));
        return out;
    }

    /** Null when rater B has no event of the code. */
    public Double precision() {
        return tp + fp == 0 ? null : (double) tp / (tp + fp);
    }

    /** Null when rater A has no event of the code. */
    public Double recall() {
        return tp + fn == 0 ? null : (double) tp / (tp + fn);
    }

    /** Null when neither rater has an event of the code. */
    public Double f1() {
        return tp + fp + fn == 0 ? null : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
