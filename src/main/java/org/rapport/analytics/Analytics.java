package org.rapport.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.session.Session;

/** Computes the analytics of sessions from their data (docs/analytics.md): the one entry point of this package. */
public final class Analytics {
    private Analytics() {
    }

    /**
     * @param codebook  the rupture codebook (3RS): its marker and strategy groups, its segment scales
     * @param alliance  the questionnaire of each perspective (observer: WAI-O-S; client, therapist: WAI-SR), as rated
     * @param skipped   sessions app left out, passed through
     */
    public static AnalyticsResult compute(Codebook codebook, Map<Perspective, Codebook> alliance,
                                          List<SessionData> data, List<Skipped> skipped, AnalyticsOptions options) {
        RuptureCodes codes = RuptureCodes.of(codebook);
        long segmentMs = codebook.segmentMinutes() * 60_000L;
        EpisodeRule rule = new EpisodeRule(segmentMs, options.windowMs());
        List<SessionAnalysis> sessions = new ArrayList<>();
        for (SessionData d : data) sessions.add(session(codebook, codes, segmentMs, rule, alliance, d));
        List<String> notes = new ArrayList<>();
        List<ClientTrajectory> trajectories = trajectories(sessions, notes);
        return new AnalyticsResult(codebook, options, sessions, trajectories, skipped, notes);
    }


    private static SessionAnalysis session(Codebook codebook, RuptureCodes codes, long segmentMs, EpisodeRule rule,
                                           Map<Perspective, Codebook> alliance, SessionData d) {
        List<Coding> codings = d.codings().stream().filter(k -> k.codebookId().equals(codebook.id())).toList();
        List<Rating> ratings = d.ratings().stream().filter(r -> r.codebookId().equals(codebook.id())).toList();
        Long duration = d.session().durationMs();
        int segmentCount = segmentCount(duration, segmentMs, codings, ratings);
        List<SegmentStats> segments = new ArrayList<>();
        for (int i = 0; i < segmentCount; i++) {
            long start = i * segmentMs;
            long end = duration == null ? start + segmentMs : Math.min(start + segmentMs, Math.max(duration, start + 1));
            int index = i;
            List<Coding> in = codings.stream().filter(k -> k.startMs() / segmentMs == index).toList();
            Map<String, Double> segRatings = new LinkedHashMap<>();
            for (Scale s : codebook.scales()) {
                if (s.unit().isWholeSession()) continue;
                ratings.stream().filter(r -> r.itemId().equals(s.id()) && Integer.valueOf(index).equals(r.segment()))
                        .findFirst().ifPresent(r -> segRatings.put(s.id(), r.value()));
            }
            segments.add(new SegmentStats(i, start, end, Counts.of(codebook, codes, in), segRatings));
        }
        Map<String, Double> means = new LinkedHashMap<>();
        for (Scale s : codebook.scales()) {
            var values = ratings.stream().filter(r -> r.itemId().equals(s.id())).mapToDouble(Rating::value).average();
            if (values.isPresent()) means.put(s.id(), values.getAsDouble());
        }
        List<Episode> episodes = rule.find(codings.stream().filter(k -> codes.isMarker(k.codeId())).toList(),
                codings.stream().filter(k -> codes.isStrategy(k.codeId())).toList());
        Map<Perspective, AllianceScore> scores = new EnumMap<>(Perspective.class);
        for (var e : d.alliance().entrySet()) {
            Codebook questionnaire = alliance.get(e.getKey());
            if (questionnaire == null) continue;
            AllianceScore score = AllianceScore.of(questionnaire, e.getValue());
            if (score != null) scores.put(e.getKey(), score);
        }
        return new SessionAnalysis(d.session(), d.source(), codings, duration, Counts.of(codebook, codes, codings), segments,
                episodes, means, scores);
    }

    /** The session's segments: as many as its length holds, else up to the last one coded or rated. */
    private static int segmentCount(Long duration, long segmentMs, List<Coding> codings, List<Rating> ratings) {
        if (duration != null && duration > 0) return (int) ((duration + segmentMs - 1) / segmentMs);
        int last = -1;
        for (Coding k : codings) last = Math.max(last, (int) (k.startMs() / segmentMs));
        for (Rating r : ratings) if (r.segment() != null) last = Math.max(last, r.segment());
        return last + 1;
    }

    private static List<ClientTrajectory> trajectories(List<SessionAnalysis> sessions, List<String> notes) {
        Map<String, List<SessionAnalysis>> byClient = new TreeMap<>();
        for (SessionAnalysis s : sessions) {
            Session session = s.session();
            if (session.clientId() == null) {
                notes.add(session.name() + " is in no client's trajectory: it has no client id");
            } else if (session.number() == null) {
                notes.add(session.name() + " is in no trajectory of " + session.clientId() + ": it has no session number");
            } else {
                byClient.computeIfAbsent(session.clientId(), c -> new ArrayList<>()).add(s);
            }
        }
        List<ClientTrajectory> out = new ArrayList<>();
        for (var e : byClient.entrySet()) {
            List<SessionAnalysis> list = e.getValue().stream()
                    .sorted(Comparator.comparing((SessionAnalysis s) -> s.session().number())
                            .thenComparing(s -> s.session().name())).toList();
            out.add(trajectory(e.getKey(), list));
        }
        return out;
    }

    private static ClientTrajectory trajectory(String client, List<SessionAnalysis> sessions) {
        Map<Perspective, Double> means = new EnumMap<>(Perspective.class);
        Map<Perspective, Double> sds = new EnumMap<>(Perspective.class);
        List<VSequence> sequences = new ArrayList<>();
        Map<Perspective, List<SeriesPoint>> series = new EnumMap<>(Perspective.class);
        for (Perspective p : Perspective.values()) {
            List<SeriesPoint> points = new ArrayList<>();
            for (SessionAnalysis s : sessions) {
                AllianceScore a = s.alliance().get(p);
                if (a != null && a.total() != null) points.add(new SeriesPoint(s.session().number(), s.session().name(), a.total()));
            }
            if (points.isEmpty()) continue;
            series.put(p, points);
            means.put(p, points.stream().mapToDouble(SeriesPoint::value).average().orElseThrow());
            if (points.size() >= 2) sds.put(p, VSequences.sd(points));
            for (VCriterion c : VCriterion.values()) sequences.addAll(VSequences.find(points, c, p));
        }
        List<TrajectoryPoint> points = new ArrayList<>();
        for (SessionAnalysis s : sessions) {
            Map<Perspective, Double> totals = new EnumMap<>(Perspective.class);
            Map<Perspective, Double> centred = new EnumMap<>(Perspective.class);
            s.alliance().forEach((p, a) -> {
                if (a.total() == null) return; // as in the series: only complete totals
                totals.put(p, a.total());
                centred.put(p, a.total() - means.get(p));
            });
            Map<Perspective, Map<String, Double>> subscales = new EnumMap<>(Perspective.class);
            s.alliance().forEach((p, a) -> {
                Map<String, Double> sums = new LinkedHashMap<>();
                a.subscales().forEach((k, v) -> {
                    if (v != null) sums.put(k, v);
                });
                if (!sums.isEmpty()) subscales.put(p, sums);
            });
            points.add(new TrajectoryPoint(s.session().name(), s.session().number(), totals, centred, subscales));
        }
        return new ClientTrajectory(client, points, means, sds, sequences);
    }
}
