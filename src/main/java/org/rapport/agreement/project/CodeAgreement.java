package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.agreement.alignment.CodedInterval;
import org.rapport.agreement.alignment.EventMatching;
import org.rapport.agreement.alignment.PrecisionRecall;
import org.rapport.agreement.alignment.TimelineAlignment;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.project.ProjectAgreementResult.EventCounts;
import org.rapport.agreement.project.ProjectAgreementResult.PairPrecision;
import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult.Target;
import org.rapport.agreement.statistic.LightBootstrap;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.agreement.statistic.TableRows;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;

/** Agreement on the codes of a codebook: per code (present/absent) and per code group (which code, or none). */
public final class CodeAgreement {
    static final String CODES = "codes";
    static final String GROUPS = "code-groups";

    private final AgreementData data;
    private final Codebook codebook;
    private final ProjectAgreementRequest request;
    private final List<String> notes;
    private final Map<String, List<String>> groupCodes = new LinkedHashMap<>();
    private final Map<Role, Integer> unitsBySpeaker = new HashMap<>();

    public CodeAgreement(AgreementData data, Codebook codebook, ProjectAgreementRequest request, List<String> notes) {
        this.data = data;
        this.codebook = codebook;
        this.request = request;
        this.notes = notes;
        for (CodeGroup g : codebook.groups()) {
            List<String> codes = codebook.codesInGroup(g.id()).stream().map(Code::id).toList();
            if (!codes.isEmpty()) groupCodes.put(g.id(), codes);
        }
    }

    public List<Section> sections(List<String> coders) {
        return request.method() == AlignmentMethod.EVENT ? events(coders) : timeline(coders);
    }

    /** The session's codings of codes still in the codebook, as the alignment methods take them. */
    private List<CodedInterval> intervals(Session s) {
        return SessionAlignments.intervals(data, codebook, s);
    }

    /**
     * Units per speaker a code applies to, and under null all units, once {@link #sections} has run (not for events).
     */
    public Map<Role, Integer> unitsBySpeaker() {
        return unitsBySpeaker;
    }

    private List<Section> timeline(List<String> coders) {
        List<SessionAlignments.Aligned> sessions = new SessionAlignments(data, codebook, request, notes).sessions();
        unitsBySpeaker.put(null, 0);
        for (SessionAlignments.Aligned a : sessions) {
            unitsBySpeaker.merge(null, a.allUnits(), Integer::sum);
            a.bySpeaker().forEach((speaker, alignment) -> {
                if (speaker != null) unitsBySpeaker.merge(speaker, alignment.units().size(), Integer::sum);
            });
        }
        // Each table is built, computed and dropped on its own (they have hundreds of thousands of units), so the
        // codes can be computed in parallel; the alignments are only read. The order of the results stays the codebook's.
        List<Target> codes = codebook.codes().parallelStream().map(c -> {
            Role speaker = codebook.appliesTo(c.id());
            TableRows rows = new TableRows(coders, TimelineAlignment.presenceScale());
            for (SessionAlignments.Aligned a : sessions) a.of(speaker).addPresence(rows, c.id());
            RatingTable t = rows.build();
            return new Target(c.id(), c.label(), "nominal", t.unitCount(), Estimates.prevalence(t, TimelineAlignment.ABSENT),
                    Estimates.nominal(t, Estimates.Coded.CODE), Estimates.confusions(t), List.of(), List.of());
        }).toList();
        List<Target> groups = codebook.groups().parallelStream().filter(g -> groupCodes.containsKey(g.id())).map(g -> {
            List<String> members = groupCodes.get(g.id());
            Role speaker = codebook.groupAppliesTo(g.id());
            TableRows rows = new TableRows(coders, TimelineAlignment.groupScale(members));
            for (SessionAlignments.Aligned a : sessions) a.of(speaker).addGroup(rows, members);
            RatingTable t = rows.build();
            return new Target(g.id(), g.label(), "nominal", t.unitCount(), Estimates.prevalence(t, TimelineAlignment.NONE),
                    Estimates.nominal(t, Estimates.Coded.GROUP), Estimates.confusions(t), List.of(), List.of());
        }).toList();
        return List.of(new Section(CODES, "Codes (present or absent per unit)", codes),
                new Section(GROUPS, "Code groups (which code of the group, or none, per unit)", groups));
    }

    /** Event matching runs per code group and per pair of raters, over the sessions both coded. */
    private List<Section> events(List<String> coders) {
        Map<String, Map<String, List<EventMatching.Matching>>> matchings = new LinkedHashMap<>(); // group -> pair -> sessions
        // The session (index in the data) each matching came from: the clusters of the bootstrap of Light's kappa.
        Map<EventMatching.Matching, Integer> sessionOf = new java.util.IdentityHashMap<>();
        EventMatching.Options options = request.eventOptions();
        for (int si = 0; si < data.sessions().size(); si++) {
            Session s = data.sessions().get(si);
            List<String> sessionCoders = data.codersOf(s.id()).stream().map(data.raters()::get).toList();
            List<CodedInterval> all = intervals(s);
            for (var g : groupCodes.entrySet()) {
                List<CodedInterval> inGroup = all.stream().filter(e -> g.getValue().contains(e.code())).toList();
                for (int i = 0; i < sessionCoders.size(); i++) {
                    for (int j = i + 1; j < sessionCoders.size(); j++) {
                        String a = sessionCoders.get(i);
                        String b = sessionCoders.get(j);
                        EventMatching.Matching m = EventMatching.match(a, of(inGroup, a), b, of(inGroup, b), options);
                        matchings.computeIfAbsent(g.getKey(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(Estimates.pairName(a, b), k -> new ArrayList<>()).add(m);
                        sessionOf.put(m, si);
                    }
                }
            }
        }
        // The matchings are only read from here on and each bootstrap is seeded, so codes and groups run in parallel
        // (results in codebook order).
        List<Target> codes = codebook.codes().parallelStream().filter(c -> groupCodes.containsKey(c.group()))
                .map(c -> eventCode(c, matchings.getOrDefault(c.group(), Map.of()), sessionOf)).toList();
        List<Target> groups = codebook.groups().parallelStream().filter(g -> groupCodes.containsKey(g.id()))
                .map(g -> eventGroup(g, matchings.getOrDefault(g.id(), Map.of()), sessionOf)).toList();
        if (codebook.codes().stream().anyMatch(c -> !groupCodes.containsKey(c.group()))) {
            notes.add("codes outside any group are not compared by event matching, which links events within a group");
        }
        if (coders.size() > 2) {
            notes.add("event matching links the events of two raters: kappas are per pair of raters, and over all"
                    + " raters Light's (1971) kappa, the mean of the pairs' kappas");
        }
        return List.of(new Section(CODES, "Codes (events matched within their group)", codes),
                new Section(GROUPS, "Code groups (events matched by time, then their codes compared)", groups));
    }

    private static List<CodedInterval> of(List<CodedInterval> events, String rater) {
        return events.stream().filter(e -> e.rater().equals(rater)).toList();
    }

    private Target eventGroup(CodeGroup g, Map<String, List<EventMatching.Matching>> byPair,
                              Map<EventMatching.Matching, Integer> sessionOf) {
        List<String> codes = groupCodes.get(g.id());
        List<Estimate> estimates = new ArrayList<>();
        List<ProjectAgreementResult.Confusion> confusions = new ArrayList<>();
        List<EventCounts> counts = new ArrayList<>();
        List<PairPrecision> precision = new ArrayList<>();
        int units = 0;
        List<RatingTable> withTables = new ArrayList<>();
        List<RatingTable> matchedTables = new ArrayList<>();
        for (List<EventMatching.Matching> ms : byPair.values()) {
            RatingTable with = table(ms, true, null, TimelineAlignment.groupScale(codes));
            RatingTable matched = table(ms, false, null, TimelineAlignment.groupScale(codes));
            withTables.add(with);
            matchedTables.add(matched);
            estimates.add(Estimates.cohen(with, "with unmatched", Estimates.Coded.GROUP));
            estimates.add(Estimates.cohen(matched, "matched only", Estimates.Coded.GROUP));
            confusions.addAll(Estimates.confusions(with));
            counts.add(counts(ms));
            for (PrecisionRecall pr : PrecisionRecall.perCode(codes, ms)) precision.add(pair(ms, pr));
            units += with.unitCount();
        }
        if (byPair.size() >= 2) {
            int raters = raterCount(byPair);
            estimates.add(Estimates.lightOfPairs(estimates, "with unmatched", units, raters,
                    sessionBootstrap(byPair, withTables, sessionOf), request.bootstrap()));
            estimates.add(Estimates.lightOfPairs(estimates, "matched only", units, raters,
                    sessionBootstrap(byPair, matchedTables, sessionOf), request.bootstrap()));
        }
        // Event units are events, so there are no units where both raters saw nothing: no prevalence for a group.
        return new Target(g.id(), g.label(), "nominal", units, null, estimates, confusions, counts, precision);
    }

    private Target eventCode(Code c, Map<String, List<EventMatching.Matching>> byPair,
                             Map<EventMatching.Matching, Integer> sessionOf) {
        List<Estimate> estimates = new ArrayList<>();
        List<ProjectAgreementResult.Confusion> confusions = new ArrayList<>();
        List<PairPrecision> precision = new ArrayList<>();
        int units = 0;
        int present = 0;
        int given = 0;
        List<RatingTable> withTables = new ArrayList<>();
        for (List<EventMatching.Matching> ms : byPair.values()) {
            RatingTable with = table(ms, true, c.id(), TimelineAlignment.presenceScale());
            withTables.add(with);
            estimates.add(Estimates.cohen(with, "with unmatched", Estimates.Coded.CODE));
            confusions.addAll(Estimates.confusions(with));
            precision.add(pair(ms, PrecisionRecall.of(c.id(), ms)));
            units += with.unitCount();
            int[] pos = Estimates.positives(with, TimelineAlignment.ABSENT);
            present += pos[0];
            given += pos[1];
        }
        if (byPair.size() >= 2) {
            estimates.add(Estimates.lightOfPairs(estimates, "with unmatched", units, raterCount(byPair),
                    sessionBootstrap(byPair, withTables, sessionOf), request.bootstrap()));
        }
        return new Target(c.id(), c.label(), "nominal", units, given == 0 ? null : (double) present / given, estimates,
                confusions, List.of(), precision);
    }

    private static int raterCount(Map<String, List<EventMatching.Matching>> byPair) {
        java.util.Set<String> raters = new java.util.HashSet<>();
        for (List<EventMatching.Matching> ms : byPair.values()) {
            raters.add(ms.get(0).raterA());
            raters.add(ms.get(0).raterB());
        }
        return raters.size();
    }

    /**
     * Each session's confusion counts per pair of raters, for the bootstrap of Light's kappa over sessions. Each pair's
     * table (as built by {@link #table}, one per pair in {@code byPair} order) names its units "s" + the position of
     * the session's matching in the pair's list, so the units are split by session from their names.
     */
    private static LightBootstrap sessionBootstrap(Map<String, List<EventMatching.Matching>> byPair,
                                                   List<RatingTable> pairTables, Map<EventMatching.Matching, Integer> sessionOf) {
        int pairs = pairTables.size();
        int[] categories = new int[pairs];
        double[][][] weights = new double[pairs][][];
        Map<Integer, List<int[]>> bySession = new java.util.TreeMap<>();
        int p = 0;
        for (List<EventMatching.Matching> ms : byPair.values()) {
            RatingTable t = pairTables.get(p);
            int q = t.categoryCount();
            categories[p] = q;
            weights[p] = new double[q][q];
            for (int k = 0; k < q; k++) weights[p][k][k] = 1; // unweighted, as the pairs' kappas
            Map<Integer, int[]> countsBySession = new HashMap<>();
            for (int u = 0; u < t.unitCount(); u++) {
                int a = t.cell(u, 0);
                int b = t.cell(u, 1);
                if (a == RatingTable.MISSING || b == RatingTable.MISSING) continue;
                String id = t.unitIds().get(u);
                int session = sessionOf.get(ms.get(Integer.parseInt(id.substring(1, id.indexOf('/')))));
                countsBySession.computeIfAbsent(session, x -> new int[q * q])[a * q + b]++;
            }
            for (var e : countsBySession.entrySet()) {
                List<int[]> cells = bySession.computeIfAbsent(e.getKey(), x -> new ArrayList<>());
                int[] counts = e.getValue();
                for (int cell = 0; cell < counts.length; cell++) if (counts[cell] > 0) cells.add(new int[] {p, cell, counts[cell]});
            }
            p++;
        }
        LightBootstrap bootstrap = new LightBootstrap(categories, weights);
        bySession.values().forEach(bootstrap::addCluster);
        return bootstrap;
    }

    private static RatingTable table(List<EventMatching.Matching> ms, boolean withUnmatched, String presenceOf,
                                     List<org.rapport.agreement.statistic.Category> scale) {
        RatingTable.Builder b = RatingTable.builder().scale(scale);
        for (int i = 0; i < ms.size(); i++) {
            EventMatching.Matching m = ms.get(i);
            if (presenceOf == null) m.addTo(b, "s" + i, withUnmatched);
            else m.addPresenceTo(b, "s" + i, withUnmatched, presenceOf);
        }
        return b.build();
    }

    private static EventCounts counts(List<EventMatching.Matching> ms) {
        int matched = 0;
        int same = 0;
        int ua = 0;
        int ub = 0;
        for (EventMatching.Matching m : ms) {
            matched += m.pairs().size();
            same += (int) m.pairs().stream().filter(EventMatching.Pair::sameCode).count();
            ua += m.unmatchedA().size();
            ub += m.unmatchedB().size();
        }
        return new EventCounts(ms.get(0).raterA(), ms.get(0).raterB(), matched, same, ua, ub);
    }

    private static PairPrecision pair(List<EventMatching.Matching> ms, PrecisionRecall pr) {
        return new PairPrecision(ms.get(0).raterA(), ms.get(0).raterB(), pr);
    }
}
