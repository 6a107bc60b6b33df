package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult.Target;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.agreement.statistic.Category;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Rating;
import org.rapport.model.session.Session;

/**
 * Agreement on rating scales: one unit per session (whole-session items) or per session and segment (segment items)
 * for each item; all items of a kind pooled, one unit per (session, segment, item); and per session (or segment) the
 * subscale means and the total of the items that belong to a subscale, reverse-keyed items mirrored first.
 */
public final class RatingAgreement {
    static final String SEGMENT_ITEMS = "segment-items";
    static final String SESSION_ITEMS = "session-items";
    static final String SUBSCALES = "subscales";
    public static final String TOTALS = "totals";
    static final String ALL_ITEMS = "all-items";
    static final String TOTAL = "total";

    private final AgreementData data;
    private final Codebook codebook;
    private final List<String> notes;
    private final Bootstrap bootstrap;
    private final Map<Long, String> sessionNames = new HashMap<>();

    public RatingAgreement(AgreementData data, Codebook codebook, List<String> notes, Bootstrap bootstrap) {
        this.bootstrap = bootstrap;
        this.data = data;
        this.codebook = codebook;
        this.notes = notes;
        for (Session s : data.sessions()) sessionNames.put(s.id(), s.name());
    }

    public List<Section> sections(List<String> raters) {
        List<Section> out = new ArrayList<>();
        List<Scale> segment = codebook.scales().stream().filter(s -> !s.unit().isWholeSession()).toList();
        List<Scale> session = codebook.scales().stream().filter(s -> s.unit().isWholeSession()).toList();
        if (!segment.isEmpty()) out.add(items(SEGMENT_ITEMS, "Items rated per segment (one unit per session and segment)", segment, raters));
        if (!session.isEmpty()) out.add(items(SESSION_ITEMS, "Items rated per session (one unit per session)", session, raters));
        List<String> subscales = new ArrayList<>(new LinkedHashSet<>(codebook.scales().stream()
                .map(Scale::subscale).filter(s -> s != null && !s.isBlank()).toList()));
        if (!subscales.isEmpty()) {
            List<Target> means = new ArrayList<>();
            for (String sub : subscales) {
                means.add(combined(sub, "Subscale " + sub + " (mean of its items)", codebook.scalesInSubscale(sub), true, raters));
            }
            out.add(new Section(SUBSCALES, "Subscale means", means));
            List<Scale> inSubscales = codebook.scales().stream().filter(s -> s.subscale() != null && !s.subscale().isBlank()).toList();
            String reversed = String.join(", ", inSubscales.stream().filter(Scale::reverseKeyed).map(Scale::id).toList());
            String name = codebook.id().toUpperCase(java.util.Locale.ROOT) + " total (sum of the " + inSubscales.size()
                    + " items" + (reversed.isEmpty() ? "" : "; " + reversed + " reverse-keyed") + ")";
            out.add(new Section(TOTALS, "Scale totals", List.of(combined(TOTAL, name, inSubscales, false, raters))));
        }
        return out;
    }

    private String unitOf(Rating r) {
        return sessionNames.get(r.sessionId()) + (r.segment() == null ? "" : "/seg" + (r.segment() + 1));
    }

    private RatingTable.Builder builder(List<String> raters) {
        RatingTable.Builder b = RatingTable.builder();
        raters.forEach(b::rater);
        return b;
    }

    private Section items(String id, String title, List<Scale> scales, List<String> raters) {
        List<ItemTable> tables = new ArrayList<>();
        RatingTable.Builder pooled = builder(raters);
        Set<MeasurementLevel> levels = new LinkedHashSet<>();
        for (Scale s : scales) {
            RatingTable.Builder b = builder(raters);
            for (Rating r : data.ratings()) {
                if (!r.itemId().equals(s.id())) continue;
                String label = Category.numeric(r.value()).label();
                b.rate(unitOf(r), data.raters().get(r.raterId()), label);
                pooled.rate(unitOf(r) + "/" + s.id(), data.raters().get(r.raterId()), label);
            }
            levels.add(s.level());
            tables.add(new ItemTable(s.id(), s.label(), s.level(), b.build()));
        }
        if (scales.size() > 1) {
            MeasurementLevel level = levels.size() == 1 ? levels.iterator().next() : MeasurementLevel.ORDINAL;
            tables.add(new ItemTable(ALL_ITEMS, "All " + scales.size() + " items pooled (one unit per session, segment and item)",
                    level, pooled.build()));
        }
        // The statistics of each table are pure and seeded (an ordinal item's bootstrap takes long), so the tables are
        // computed in parallel; the order of the results stays the codebook's.
        List<Target> targets = tables.parallelStream().map(t -> target(t.id(), t.label(), t.level(), t.table())).toList();
        return new Section(id, title, targets);
    }

    private record ItemTable(String id, String label, MeasurementLevel level, RatingTable table) {
    }

    private Target target(String id, String label, MeasurementLevel level, RatingTable t) {
        // A nominal item (categories without order) gets the statistics of codes, not an ICC.
        List<ProjectAgreementResult.Estimate> estimates = level == MeasurementLevel.NOMINAL ? Estimates.nominal(t, null)
                : Estimates.numeric(t, level, bootstrap);
        return new Target(id, label, level.name().toLowerCase(java.util.Locale.ROOT), t.unitCount(), null, estimates,
                level == MeasurementLevel.NOMINAL ? Estimates.confusions(t) : List.of(), List.of(), List.of());
    }

    /** A subscale mean or a total per unit and rater, only where the rater rated every item of it. */
    private Target combined(String id, String label, List<Scale> scales, boolean mean, List<String> raters) {
        Map<String, Scale> byId = new HashMap<>();
        for (Scale s : scales) byId.put(s.id(), s);
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>(); // unit -> rater -> {sum, count}
        for (Rating r : data.ratings()) {
            Scale s = byId.get(r.itemId());
            if (s == null) continue;
            sums.computeIfAbsent(unitOf(r), u -> new LinkedHashMap<>())
                    .computeIfAbsent(data.raters().get(r.raterId()), x -> new double[2]);
            double[] acc = sums.get(unitOf(r)).get(data.raters().get(r.raterId()));
            acc[0] += s.scored(r.value());
            acc[1]++;
        }
        RatingTable.Builder b = builder(raters);
        int incomplete = 0;
        for (var unit : sums.entrySet()) {
            b.unit(unit.getKey());
            for (var rater : unit.getValue().entrySet()) {
                double[] acc = rater.getValue();
                if (acc[1] < scales.size()) {
                    incomplete++;
                    continue;
                }
                b.rate(unit.getKey(), rater.getKey(), Category.numeric(mean ? acc[0] / acc[1] : acc[0]).label());
            }
        }
        if (incomplete > 0) {
            notes.add(label + ": " + incomplete + " rater-session score(s) left out because not every item was rated");
        }
        return target(id, label, MeasurementLevel.INTERVAL, b.build());
    }
}
