package org.rapport.agreement.project;

import java.util.List;

import org.rapport.agreement.alignment.PrecisionRecall;
import org.rapport.agreement.statistic.StatisticResult;

/**
 * Everything {@link ProjectAgreement} found, ready to print or to write as a report: per code, code group, item,
 * subscale and total, the statistics for each pair of raters and for all raters, and a methods paragraph that says
 * what was done.
 *
 * @param alignment        the alignment of codings in words (how units were made)
 * @param sessions         the sessions compared, by name
 * @param raters           the raters compared, by name
 * @param methodsParagraph a paragraph a paper's methods section can quote
 * @param references       the works the paragraph cites, in full
 * @param notes            things a reader must know (sessions left out, codings of removed codes ...)
 */
public record ProjectAgreementResult(String codebookId, String codebookVersion, String codebookTitle,
                                     AlignmentMethod method, String alignment, List<String> sessions,
                                     List<String> raters, List<Section> sections, String methodsParagraph,
                                     List<String> references, List<String> notes) {
    public ProjectAgreementResult {
        sessions = List.copyOf(sessions);
        raters = List.copyOf(raters);
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        notes = List.copyOf(notes);
    }

    /** The section with the given id, or null. */
    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** A part of the results: codes, code groups, segment items, session items, subscales, totals. */
    public record Section(String id, String title, List<Target> targets) {
        public Section {
            targets = List.copyOf(targets);
        }

        public Target target(String targetId) {
            return targets.stream().filter(t -> t.id().equals(targetId)).findFirst().orElse(null);
        }
    }

    /**
     * One code, group, item, subscale or total and what was found for it.
     *
     * @param level       nominal, ordinal or interval
     * @param units       units in its table (before units some raters did not rate are left out)
     * @param prevalence  codes: share of ratings that are "present"; groups: share that are not "none"; else null
     * @param events      event method: matched and unmatched counts per rater pair, else empty
     * @param precision   event method: precision, recall and F1 of this code (or each code of a group) per pair
     */
    public record Target(String id, String label, String level, int units, Double prevalence, List<Estimate> estimates,
                         List<Confusion> confusions, List<EventCounts> events, List<PairPrecision> precision) {
        public Target {
            estimates = List.copyOf(estimates);
            confusions = List.copyOf(confusions);
            events = List.copyOf(events);
            precision = List.copyOf(precision);
        }

        /** The first estimate of a statistic for these raters ("Ana–Ben" or {@link Estimate#ALL_RATERS}), or null. */
        public Estimate estimate(String statistic, String raters) {
            return estimates.stream().filter(e -> e.result().statistic().equals(statistic) && e.raters().equals(raters))
                    .findFirst().orElse(null);
        }
    }

    /**
     * A statistic for a pair of raters or for all raters.
     *
     * @param raters     "Ana–Ben" for a pair, {@link #ALL_RATERS} for all
     * @param title      the statistic in words, e.g. "Cohen's kappa"
     * @param variant    for the event method "with unmatched" / "matched only", else null
     * @param degenerate why a value that could be computed says nothing about agreement ("Ben never used this code",
     *                   "only 3 units carry it (fewer than 10)"), else null; the result then has no interpretation
     */
    public record Estimate(String raters, String title, String variant, StatisticResult result, String degenerate) {
        public static final String ALL_RATERS = "all raters";

        public Estimate(String raters, String title, String variant, StatisticResult result) {
            this(raters, title, variant, result, null);
        }

        /** This estimate marked degenerate (when the reason is not null and the value is defined), without its band. */
        public Estimate flagged(String reason) {
            if (reason == null || !result.isDefined()) return this;
            return new Estimate(raters, title, variant, result.withoutInterpretations(), reason);
        }
    }

    /** Counts of two raters' categories over the units both rated; rows are rater A's categories. */
    public record Confusion(String raterA, String raterB, List<String> categories, int[][] counts) {
        public Confusion {
            categories = List.copyOf(categories);
        }

        public int total() {
            int n = 0;
            for (int[] row : counts) for (int x : row) n += x;
            return n;
        }
    }

    /** Event matching of two raters over all sessions: linked pairs and events left unlinked. */
    public record EventCounts(String raterA, String raterB, int matched, int sameCode, int unmatchedA, int unmatchedB) {
    }

    /** Precision, recall and F1 of one code for one pair of raters (rater A as the reference). */
    public record PairPrecision(String raterA, String raterB, PrecisionRecall counts) {
    }
}
