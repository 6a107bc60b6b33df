package org.rapport.codebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rapport.model.Limits;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.Criterion;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.codebook.Scale;

/**
 * Reads the optional {@code criterion:} of a codebook (docs/codebook-format.md "Training criterion") and checks it
 * against what the codebook declares: the part it reads must exist, the target must be one of that part's, and the
 * statistic must fit it (kappa and AC1 compare categories, the ICC numbers).
 */
final class CriterionReader {
    private static final Set<String> KEYS = Set.of("statistic", "form", "of", "target", "min", "consecutive", "source");
    /** More gold sessions in a row than any training asks for is a typing error. */
    static final int MAX_CONSECUTIVE = 50;

    private CriterionReader() {
    }

    static Criterion read(Section top, List<CodeGroup> groups, List<Code> codes, List<Scale> scales) {
        Section c = top.optionalSection("criterion", "the criterion");
        if (c == null) return null;
        c.allowOnly(KEYS);
        Criterion.Statistic statistic = c.requiredChoice("statistic", Criterion.Statistic.class);
        String form = c.optionalText("form");
        if (form != null && (statistic != Criterion.Statistic.ICC || !form.equalsIgnoreCase("A1"))) {
            throw c.error(c.lineOf("form"), statistic == Criterion.Statistic.ICC
                    ? "the criterion: ICC form \"" + form + "\" is not computed; Rapport computes ICC(A,1) (two-way"
                    + " random effects, absolute agreement, single rater), as agree --project does: write form: A1"
                    : "the criterion: \"form\" applies to statistic icc only");
        }
        String of = c.requiredText("of").toLowerCase(Locale.ROOT);
        if (!Criterion.SECTIONS.contains(of)) {
            throw c.error(c.lineOf("of"), "the criterion: unknown part \"" + of + "\" (use one of: "
                    + String.join(", ", Criterion.SECTIONS) + ")");
        }
        List<String> targets = targets(of, groups, codes, scales);
        if (targets.isEmpty()) {
            throw c.error(c.lineOf("of"), "the criterion reads \"" + of + "\", but the codebook has none");
        }
        String target = c.optionalText("target");
        if (target != null && !targets.contains(target)) {
            throw c.error(c.lineOf("target"), "the criterion: \"" + of + "\" has no target \"" + target + "\" (use one of: "
                    + String.join(", ", targets) + ")");
        }
        boolean categories = of.equals("codes") || of.equals("code-groups")
                || target != null && scales.stream().anyMatch(s -> s.id().equals(target) && s.level() == MeasurementLevel.NOMINAL);
        if (statistic.onCategories() && !categories) {
            throw c.error(c.lineOf("statistic"), "the criterion: " + statistic.key() + " compares categories (codes, code"
                    + " groups, nominal items), not \"" + of + "\": use icc or alpha");
        }
        if (statistic == Criterion.Statistic.ICC && categories) {
            throw c.error(c.lineOf("statistic"), "the criterion: the ICC compares numbers, not \"" + of + "\" (categories):"
                    + " use kappa, ac1 or alpha");
        }
        double min = c.requiredNumber("min");
        if (min < -1 || min > 1) throw c.error(c.lineOf("min"), "the criterion: \"min\" must lie between -1 and 1, not " + min);
        int consecutive = c.has("consecutive") ? c.requiredInt("consecutive") : 1;
        if (consecutive < 1 || consecutive > MAX_CONSECUTIVE) {
            throw c.error(c.lineOf("consecutive"), "the criterion: \"consecutive\" must be a whole number from 1 to "
                    + MAX_CONSECUTIVE + ", not " + consecutive);
        }
        String note = c.has("source") ? c.requiredText("source", Limits.TITLE) : null;
        return new Criterion(statistic, of, target, min, consecutive, note);
    }

    /** The targets of a part of the agreement result, as {@code agree --project} names them. */
    private static List<String> targets(String of, List<CodeGroup> groups, List<Code> codes, List<Scale> scales) {
        List<String> out = new ArrayList<>();
        switch (of) {
            case "codes" -> codes.forEach(k -> out.add(k.id()));
            case "code-groups" -> groups.stream().filter(g -> codes.stream().anyMatch(k -> g.id().equals(k.group())))
                    .forEach(g -> out.add(g.id()));
            case "segment-items", "session-items" -> {
                boolean whole = of.equals("session-items");
                List<Scale> kind = scales.stream().filter(s -> s.unit().isWholeSession() == whole).toList();
                kind.forEach(s -> out.add(s.id()));
                if (kind.size() > 1) out.add("all-items");
            }
            case "subscales" -> {
                Set<String> ids = new LinkedHashSet<>();
                for (Scale s : scales) if (s.subscale() != null && !s.subscale().isBlank()) ids.add(s.subscale());
                out.addAll(ids);
            }
            default -> {
                if (scales.stream().anyMatch(s -> s.subscale() != null && !s.subscale().isBlank())) out.add("total");
            }
        }
        return out;
    }
}
