package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.List;

import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult.Target;
import org.rapport.model.codebook.Criterion;

/**
 * Whether two raters' agreement on one session meets a codebook's training criterion, read from the result
 * {@code agree --project} gives for those two raters and that session (decision 0015): the same statistics, not a
 * second computation. A target whose statistic is undefined there (both raters never used a group, a constant
 * item) says nothing either way and is left out; the session passes when every defined target meets the minimum
 * and at least one is defined.
 */
public final class CriterionCheck {
    /** The parts of a result that show per code group and per item, in the order a reader expects them. */
    private static final List<String> BREAKDOWN = List.of("code-groups", "segment-items", "session-items", "subscales",
            "totals");

    private CriterionCheck() {
    }

    /**
     * One statistic of one target for the pair.
     *
     * @param value     null when undefined ({@code undefined} says why)
     * @param degenerate why a defined value says little (e.g. few units carry the code), else null
     */
    public record Value(String part, String id, String label, String statistic, Double value, String undefined,
                        String degenerate) {
    }

    /**
     * The criterion applied to a session.
     *
     * @param targets the criterion's targets with their values
     * @param value   the lowest defined value among them (the one that decides), or null when none is defined
     * @param passed  true when every defined target meets the minimum and one is defined
     */
    public record Outcome(List<Value> targets, Double value, boolean passed) {
        public Outcome {
            targets = List.copyOf(targets);
        }

        /** Why no value decides, when none does. */
        public String undefinedReason() {
            return targets.stream().map(Value::undefined).filter(java.util.Objects::nonNull).findFirst()
                    .orElse("no target of the criterion in the result");
        }
    }

    /** The criterion's targets for raters {@code a} and {@code b} in a result of those two raters. */
    public static Outcome of(ProjectAgreementResult result, Criterion criterion, String a, String b) {
        Section section = result.section(criterion.of());
        List<Value> values = new ArrayList<>();
        if (section != null) {
            for (Target t : section.targets()) {
                if (criterion.target() != null && !criterion.target().equals(t.id())) continue;
                values.add(value(criterion.of(), t, estimate(t, criterion.statistic(), a, b), criterion.statistic().title()));
            }
        }
        Double lowest = values.stream().map(Value::value).filter(java.util.Objects::nonNull).min(Double::compare).orElse(null);
        boolean passed = lowest != null && values.stream().allMatch(v -> v.value() == null || criterion.meets(v.value()));
        return new Outcome(values, lowest, passed);
    }

    /**
     * The pair's agreement per code group, item, subscale and total: Cohen's kappa where the target is of categories,
     * the ICC(A,1) where it is of numbers.
     */
    public static List<Value> breakdown(ProjectAgreementResult result, String a, String b) {
        List<Value> out = new ArrayList<>();
        for (String part : BREAKDOWN) {
            Section section = result.section(part);
            if (section == null) continue;
            for (Target t : section.targets()) {
                Estimate kappa = pair(t, Estimates.COHEN, a, b);
                Estimate e = kappa != null ? kappa : pair(t, Estimates.ICC_TITLE, a, b);
                if (e != null) {
                    out.add(value(part, t, e, kappa != null ? Criterion.Statistic.KAPPA.title() : Criterion.Statistic.ICC.title()));
                }
            }
        }
        return out;
    }

    private static Value value(String part, Target t, Estimate e, String statistic) {
        if (e == null) return new Value(part, t.id(), t.label(), statistic, null, "not computed for this target", null);
        Double v = e.result().isDefined() ? e.result().value() : null;
        return new Value(part, t.id(), t.label(), statistic, v, v == null ? e.result().reason() : null, e.degenerate());
    }

    private static Estimate estimate(Target t, Criterion.Statistic s, String a, String b) {
        return switch (s) {
            case KAPPA -> pair(t, Estimates.COHEN, a, b);
            case ICC -> pair(t, Estimates.ICC_TITLE, a, b);
            case AC1 -> titled(t, Estimates.GWET, Estimate.ALL_RATERS);
            case ALPHA -> t.estimates().stream().filter(e -> e.title().startsWith("Krippendorff's alpha")
                    && e.raters().equals(Estimate.ALL_RATERS) && e.variant() == null).findFirst().orElse(null);
        };
    }

    /** The estimate of the pair, whichever way round the result names it. */
    private static Estimate pair(Target t, String title, String a, String b) {
        Estimate e = titled(t, title, Estimates.pairName(a, b));
        return e != null ? e : titled(t, title, Estimates.pairName(b, a));
    }

    /** The estimate with this title for these raters (by utterance or time slice there is one, without a variant). */
    private static Estimate titled(Target t, String title, String raters) {
        return t.estimates().stream().filter(e -> e.title().equals(title) && e.raters().equals(raters)
                && e.variant() == null).findFirst().orElse(null);
    }
}
