package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rapport.agreement.alignment.TimelineAlignment;
import org.rapport.agreement.alignment.TimelineUnit;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.session.Role;

/**
 * How the codings of a session's source raters become a consensus (docs/workspace.md): their codings are put on the
 * units reliability compares (utterances or time slices, a code that applies to one speaker on that speaker's talk),
 * and per code group (a code outside any group alone) each unit takes the codes of the group every source applied
 * there alike. Where they differ, the unit is a disagreement; consecutive disagreeing units with the same values are
 * one {@link Item} to decide. What is agreed becomes one {@link Stretch} per code and run of consecutive units.
 */
public final class ConsensusPlan {
    /** A code on consecutive units, as a coding of the consensus. */
    public record Stretch(String code, long startMs, long endMs, Integer firstUtterance, Integer lastUtterance) {
    }

    /**
     * A disagreement to decide: consecutive units of one group on which the sources applied different codes.
     *
     * @param values source name to the group's codes applied there, in codebook order (empty: none)
     */
    public record Item(String group, long startMs, long endMs, Integer firstUtterance, Integer lastUtterance,
                       Map<String, List<String>> values) {
    }

    private final List<Stretch> agreed = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();

    private ConsensusPlan() {
    }

    /**
     * @param data    one session, read with the sources as the raters (in the order they were given)
     * @param request the method (utterance or time slice) and slice width
     * @throws IllegalArgumentException when a source did not code the session
     */
    public static ConsensusPlan of(AgreementData data, Codebook codebook, ProjectAgreementRequest request) {
        if (data.sessions().size() != 1) throw new IllegalArgumentException("a consensus is of one session");
        List<String> notes = new ArrayList<>();
        List<SessionAlignments.Aligned> aligned = new SessionAlignments(data, codebook, request, notes).sessions();
        ConsensusPlan plan = new ConsensusPlan();
        if (aligned.isEmpty()) return plan;
        SessionAlignments.Aligned session = aligned.get(0);
        List<String> sources = new ArrayList<>(data.raters().values());
        if (!session.coders().containsAll(sources)) {
            throw new IllegalArgumentException("not every source coded the session");
        }
        for (Map.Entry<String, List<String>> group : groups(codebook).entrySet()) {
            Role speaker = codebook.group(group.getKey()).isPresent() ? codebook.groupAppliesTo(group.getKey())
                    : codebook.appliesTo(group.getKey());
            plan.settle(group.getKey(), group.getValue(), session.of(speaker), sources,
                    request.method() == AlignmentMethod.UTTERANCE);
        }
        plan.agreed.sort(java.util.Comparator.comparingLong(Stretch::startMs).thenComparing(Stretch::code));
        plan.items.sort(java.util.Comparator.comparingLong(Item::startMs).thenComparing(Item::group));
        return plan;
    }

    public List<Stretch> agreed() {
        return List.copyOf(agreed);
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** Group id to its codes in codebook order; a code outside any group is a group of its own, by its id. */
    static Map<String, List<String>> groups(Codebook codebook) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CodeGroup g : codebook.groups()) {
            List<String> codes = codebook.codesInGroup(g.id()).stream().map(Code::id).toList();
            if (!codes.isEmpty()) out.put(g.id(), codes);
        }
        for (Code c : codebook.codes()) {
            if (c.group() == null || codebook.group(c.group()).isEmpty()) out.put(c.id(), List.of(c.id()));
        }
        return out;
    }

    private void settle(String group, List<String> codes, TimelineAlignment alignment, List<String> sources,
                        boolean utterances) {
        List<TimelineUnit> units = alignment.units();
        Map<String, Integer> openAgreed = new LinkedHashMap<>(); // code -> first unit of its current run
        int itemFrom = -1;
        Map<String, List<String>> itemValues = null;
        for (int u = 0; u <= units.size(); u++) {
            Map<String, List<String>> values = u < units.size() ? valuesAt(alignment, u, codes, sources) : null;
            boolean alike = values != null && values.values().stream().distinct().count() == 1;
            List<String> common = alike ? values.values().iterator().next() : List.of();
            // close agreed runs of codes no longer agreed here
            for (var it = openAgreed.entrySet().iterator(); it.hasNext(); ) {
                var run = it.next();
                if (common.contains(run.getKey())) continue;
                agreed.add(stretch(run.getKey(), units, run.getValue(), u - 1, utterances));
                it.remove();
            }
            for (String code : common) openAgreed.putIfAbsent(code, u);
            // close the disagreement run when the values change
            if (itemValues != null && (alike || !Objects.equals(values, itemValues))) {
                items.add(item(group, units, itemFrom, u - 1, utterances, itemValues));
                itemValues = null;
            }
            if (values != null && !alike && itemValues == null) {
                itemFrom = u;
                itemValues = values;
            }
        }
    }

    private static Map<String, List<String>> valuesAt(TimelineAlignment a, int unit, List<String> codes, List<String> sources) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String source : sources) {
            Map<String, Long> applied = a.codesAt(source, unit);
            values.put(source, codes.stream().filter(applied::containsKey).toList());
        }
        return values;
    }

    private static Stretch stretch(String code, List<TimelineUnit> units, int from, int to, boolean utterances) {
        TimelineUnit first = units.get(from);
        TimelineUnit last = units.get(to);
        return new Stretch(code, first.startMs(), last.endMs(), utterances ? first.utterance() : null,
                utterances ? last.utterance() : null);
    }

    private static Item item(String group, List<TimelineUnit> units, int from, int to, boolean utterances,
                             Map<String, List<String>> values) {
        TimelineUnit first = units.get(from);
        TimelineUnit last = units.get(to);
        return new Item(group, first.startMs(), last.endMs(), utterances ? first.utterance() : null,
                utterances ? last.utterance() : null, values);
    }
}
