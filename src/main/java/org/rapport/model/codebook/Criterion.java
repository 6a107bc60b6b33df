package org.rapport.model.codebook;

import java.util.List;
import java.util.Locale;

/**
 * The training criterion a codebook states (docs/codebook-format.md, decision 0015): the agreement a trainee must
 * reach with the reference coder of gold-standard sessions, on how many gold sessions in a row. The statistic is one
 * of those {@code agree --project} reports, read from one part of its result ({@link #of()}: a section such as
 * code-groups or session-items) for one target in it, or for every target when {@link #target()} is null.
 *
 * @param target      a code, group, item, subscale id, "all-items" or "total"; null: every target of the section
 * @param min         the lowest value that passes
 * @param consecutive how many gold sessions in a row must pass
 * @param note        where the criterion comes from, as the codebook says it (may be null)
 */
public record Criterion(Statistic statistic, String of, String target, double min, int consecutive, String note) {
    /** The parts of {@code agree --project}'s result a criterion can read. */
    public static final List<String> SECTIONS = List.of("codes", "code-groups", "segment-items", "session-items",
            "subscales", "totals");

    /** The statistics a criterion can ask for, each as {@code agree --project} computes it for two raters. */
    public enum Statistic {
        /** Cohen's (1960) kappa of the pair (codes, groups, nominal items). */
        KAPPA("Cohen's kappa"),
        /** ICC(A,1): two-way random effects, absolute agreement, single rater (McGraw &amp; Wong 1996). */
        ICC("ICC(A,1)"),
        /** Krippendorff's alpha at the level of the target. */
        ALPHA("Krippendorff's alpha"),
        /** Gwet's AC1. */
        AC1("Gwet's AC1");

        private final String title;

        Statistic(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** True for the statistics of categories (codes, groups), false for those of numbers (items, totals). */
        public boolean onCategories() {
            return this == KAPPA || this == AC1;
        }
    }

    public Criterion {
        if (!SECTIONS.contains(of)) throw new IllegalArgumentException("unknown part " + of);
        if (consecutive < 1) throw new IllegalArgumentException("consecutive " + consecutive);
    }

    /**
     * True when a value meets the criterion (undefined values never do). Values within 1e-9 below the minimum meet
     * it: a kappa of exactly .70 computes as 0.6999999999999998, and a reader who sees .70 expects a pass.
     */
    public boolean meets(double value) {
        return !Double.isNaN(value) && value >= min - TOLERANCE;
    }

    /** How far below the minimum a value may lie from floating-point error alone. */
    public static final double TOLERANCE = 1e-9;

    /** The criterion in words: "ICC(A,1) of the items rated per segment (all items) ≥ 0.70 on 3 consecutive gold sessions". */
    public String describe() {
        String part = switch (of) {
            case "codes" -> "each code";
            case "code-groups" -> "each code group";
            case "segment-items" -> "the items rated per segment";
            case "session-items" -> "the items rated per session";
            case "subscales" -> "the subscale means";
            default -> "the scale total";
        };
        String which = target == null ? "" : " (" + ("all-items".equals(target) ? "all items pooled" : target) + ")";
        return String.format(Locale.ROOT, "%s of %s%s \u2265 %.2f on %d consecutive gold session%s", statistic.title(),
                part, which, min, consecutive, consecutive == 1 ? "" : "s");
    }
}
