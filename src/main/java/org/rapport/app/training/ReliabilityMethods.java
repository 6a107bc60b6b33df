package org.rapport.app.training;

import java.math.BigDecimal;
import java.util.Locale;

import org.rapport.model.codebook.Criterion;

/** The sentences a methods section quotes about training and the reliability sample. */
final class ReliabilityMethods {
    private ReliabilityMethods() {
    }

    /** 0.2 → "20%", 0.125 → "12.5%". */
    static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    static String value(Double v) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The paragraph of a certificate: what the rater did, against whom, to which criterion, and when they reached it. */
    static String certification(Certification c) {
        Criterion k = c.criterion();
        StringBuilder b = new StringBuilder();
        b.append(c.rater()).append(" was trained on the ").append(c.codebookTitle()).append(" (codebook ")
                .append(c.codebookId()).append(" v").append(c.codebookVersion()).append(") by coding gold-standard")
                .append(" sessions blind and comparing each with its reference coding (a master coder's or the")
                .append(" consensus). The criterion was ").append(k.describe()).append(", computed by Rapport as in its")
                .append(" reliability analysis for the two raters on the one session");
        if (k.note() != null) b.append(" (after ").append(k.note()).append(")");
        b.append(". ");
        long assessed = c.sessions().stream().filter(s -> s.passed() != null).count();
        if (c.certified()) {
            Certification.GoldResult at = c.certifiedAt();
            b.append(c.rater()).append(" reached the criterion at the ").append(ordinal(at.order()))
                    .append(" gold session (").append(at.session()).append(at.completedAt() == null ? ""
                            : ", completed " + at.completedAt().toString().substring(0, 10)).append("), with ")
                    .append(k.statistic().title()).append(" = ").append(value(at.value())).append(".");
        } else {
            b.append(c.rater()).append(" has not reached it yet (").append(assessed).append(" gold session")
                    .append(assessed == 1 ? "" : "s").append(" assessed).");
        }
        return b.toString();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
