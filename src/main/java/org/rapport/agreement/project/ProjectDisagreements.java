package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rapport.agreement.alignment.CodedInterval;
import org.rapport.agreement.alignment.EventMatching;
import org.rapport.agreement.alignment.TimelineAlignment;
import org.rapport.agreement.alignment.TimelineUnit;
import org.rapport.agreement.statistic.Category;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Rating;
import org.rapport.model.session.Session;

/**
 * Every disagreement behind a project's agreement tables, on the same units (docs/unit-alignment.md): by utterance one
 * per utterance and code where the raters who coded the session differ on the code's presence; by time slice the same
 * per slice, consecutive slices with the same values joined into one; by event matching one per event only one rater
 * of a pair coded and per code of a linked pair with different codes; for items one per unit (session, or session and
 * segment) whose raters gave different values. For two raters by utterance, the disagreements on a code number
 * (1 − percent agreement) × units of the code's table.
 */
public final class ProjectDisagreements {
    private final AgreementData data;
    private final Codebook codebook;
    private final ProjectAgreementRequest request;
    private final List<String> notes;

    public ProjectDisagreements(AgreementData data, Codebook codebook, ProjectAgreementRequest request, List<String> notes) {
        this.data = data;
        this.codebook = codebook;
        this.request = request;
        this.notes = notes;
    }

    /** Disagreements on codes and items, by session (in the data's order), then time, then codebook order. */
    public List<Disagreement> find() {
        List<Disagreement> out = new ArrayList<>();
        if (!codebook.codes().isEmpty()) out.addAll(request.method() == AlignmentMethod.EVENT ? events() : timeline());
        out.addAll(items());
        Map<Long, Integer> sessionOrder = new HashMap<>();
        for (int i = 0; i < data.sessions().size(); i++) sessionOrder.put(data.sessions().get(i).id(), i);
        Map<String, Integer> targetOrder = new HashMap<>();
        for (Code c : codebook.codes()) targetOrder.put("c:" + c.id(), targetOrder.size());
        for (Scale s : codebook.scales()) targetOrder.put("i:" + s.id(), targetOrder.size());
        out.sort(Comparator.comparing((Disagreement d) -> sessionOrder.get(d.sessionId()))
                .thenComparingLong(Disagreement::startMs)
                .thenComparing(d -> targetOrder.get(d.code() != null ? "c:" + d.code() : "i:" + d.item())));
        return out;
    }

    private List<Disagreement> timeline() {
        List<Disagreement> out = new ArrayList<>();
        for (SessionAlignments.Aligned a : new SessionAlignments(data, codebook, request, notes).sessions()) {
            if (a.coders().size() < 2) continue;
            for (Code c : codebook.codes()) {
                TimelineAlignment alignment = a.of(codebook.appliesTo(c.id()));
                Disagreement open = null;
                List<TimelineUnit> units = alignment.units();
                for (int u = 0; u < units.size(); u++) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (String rater : a.coders()) {
                        values.put(rater, alignment.codesAt(rater, u).containsKey(c.id()) ? c.id() : null);
                    }
                    if (values.values().stream().distinct().count() < 2) {
                        open = flush(out, open);
                        continue;
                    }
                    TimelineUnit unit = units.get(u);
                    boolean joins = open != null && request.method() == AlignmentMethod.TIME_SLICE
                            && open.endMs() == unit.startMs() && open.values().equals(values);
                    if (joins) {
                        open = new Disagreement(open.session(), open.sessionId(), c.id(), null, open.startMs(), unit.endMs(),
                                null, values);
                    } else {
                        flush(out, open);
                        open = new Disagreement(a.session().name(), a.session().id(), c.id(), null, unit.startMs(),
                                unit.endMs(), unit.utterance(), values);
                    }
                }
                flush(out, open);
            }
        }
        return out;
    }

    private static Disagreement flush(List<Disagreement> out, Disagreement open) {
        if (open != null) out.add(open);
        return null;
    }

    /** Per group and pair of raters and session: unlinked events, and linked pairs whose codes differ (once per code). */
    private List<Disagreement> events() {
        List<Disagreement> out = new ArrayList<>();
        for (Session s : data.sessions()) {
            List<String> coders = data.codersOf(s.id()).stream().map(data.raters()::get).toList();
            List<CodedInterval> all = SessionAlignments.intervals(data, codebook, s);
            for (CodeGroup g : codebook.groups()) {
                List<String> codes = codebook.codesInGroup(g.id()).stream().map(Code::id).toList();
                if (codes.isEmpty()) continue;
                List<CodedInterval> inGroup = all.stream().filter(e -> codes.contains(e.code())).toList();
                for (int i = 0; i < coders.size(); i++) {
                    for (int j = i + 1; j < coders.size(); j++) {
                        String a = coders.get(i);
                        String b = coders.get(j);
                        EventMatching.Matching m = EventMatching.match(a, of(inGroup, a), b, of(inGroup, b),
                                request.eventOptions());
                        for (EventMatching.Pair p : m.pairs()) {
                            if (p.sameCode()) continue;
                            long start = Math.min(p.a().startMs(), p.b().startMs());
                            long end = Math.max(p.a().endMs(), p.b().endMs());
                            for (String code : List.of(p.a().code(), p.b().code())) {
                                out.add(new Disagreement(s.name(), s.id(), code, null, start, end, null,
                                        pairValues(a, p.a().code(), b, p.b().code())));
                            }
                        }
                        for (CodedInterval e : m.unmatchedA()) out.add(event(s, e, pairValues(a, e.code(), b, null)));
                        for (CodedInterval e : m.unmatchedB()) out.add(event(s, e, pairValues(a, null, b, e.code())));
                    }
                }
            }
        }
        return out;
    }

    private static Disagreement event(Session s, CodedInterval e, Map<String, String> values) {
        return new Disagreement(s.name(), s.id(), e.code(), null, e.startMs(), e.endMs(), null, values);
    }

    private static Map<String, String> pairValues(String a, String valueA, String b, String valueB) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(a, valueA);
        v.put(b, valueB);
        return v;
    }

    private static List<CodedInterval> of(List<CodedInterval> events, String rater) {
        return events.stream().filter(e -> e.rater().equals(rater)).toList();
    }

    /** Per item and unit (session, or session and segment): two or more raters rated it, not all alike. */
    private List<Disagreement> items() {
        List<Disagreement> out = new ArrayList<>();
        Map<Long, Session> sessions = new HashMap<>();
        for (Session s : data.sessions()) sessions.put(s.id(), s);
        List<String> raterOrder = new ArrayList<>(data.raters().values());
        for (Scale scale : codebook.scales()) {
            // session id -> segment (-1: whole session) -> rater -> value
            Map<Long, TreeMap<Integer, Map<String, String>>> byUnit = new LinkedHashMap<>();
            for (Rating r : data.ratings()) {
                if (!r.itemId().equals(scale.id())) continue;
                byUnit.computeIfAbsent(r.sessionId(), k -> new TreeMap<>())
                        .computeIfAbsent(r.segment() == null ? -1 : r.segment(), k -> new HashMap<>())
                        .put(data.raters().get(r.raterId()), Category.numeric(r.value()).label());
            }
            for (var session : byUnit.entrySet()) {
                Session s = sessions.get(session.getKey());
                for (var unit : session.getValue().entrySet()) {
                    Map<String, String> given = unit.getValue();
                    if (given.size() < 2 || given.values().stream().distinct().count() < 2) continue;
                    Map<String, String> values = new LinkedHashMap<>();
                    for (String rater : raterOrder) if (given.containsKey(rater)) values.put(rater, given.get(rater));
                    long duration = data.durationOf(s);
                    long start = unit.getKey() < 0 ? 0 : unit.getKey() * scale.unit().segmentMs();
                    long end = unit.getKey() < 0 ? duration : Math.min(duration, start + scale.unit().segmentMs());
                    out.add(new Disagreement(s.name(), s.id(), null, scale.id(), start, Math.max(start, end), null, values));
                }
            }
        }
        return out;
    }
}
