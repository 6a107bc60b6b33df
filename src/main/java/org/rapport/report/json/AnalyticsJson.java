package org.rapport.report.json;


import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.analytics.AllianceScore;
import org.rapport.analytics.AnalyticsResult;
import org.rapport.analytics.ClientTrajectory;
import org.rapport.analytics.Counts;
import org.rapport.analytics.Episode;
import org.rapport.analytics.Perspective;
import org.rapport.analytics.RuptureCodes;
import org.rapport.analytics.SegmentStats;
import org.rapport.analytics.SeriesPoint;
import org.rapport.analytics.SessionAnalysis;
import org.rapport.analytics.TrajectoryPoint;
import org.rapport.analytics.VSequence;
import org.rapport.model.coding.Coding;

/**
 * {@code rapport analytics --json} (docs/analytics.md): one object per session and per client trajectory, the
 * sessions skipped and why, and notes. A key whose value is not known (a rate without the session's length, a
 * latency without a strategy) is written as null, never left out, so every record has the same keys.
 */
@JsonPropertyOrder({"codebook", "window_s", "segment_minutes", "sessions", "trajectories", "skipped", "notes"})
public record AnalyticsJson(String codebook, @JsonProperty("window_s") Double windowS,
                            @JsonProperty("segment_minutes") int segmentMinutes, List<SessionJson> sessions,
                            List<TrajectoryJson> trajectories, List<SkippedJson> skipped, List<String> notes) {

    @JsonPropertyOrder({"session", "client", "number", "source", "duration_ms", "withdrawal", "confrontation",
            "markers", "resolution", "per_hour", "codes", "codes_per_hour", "rating_means", "episode_count", "resolved",
            "resolution_rate", "mean_latency_ms", "episodes", "segments", "alliance"})
    public record SessionJson(String session, String client, Integer number, SourceJson source,
                              @JsonProperty("duration_ms") Long durationMs, int withdrawal, int confrontation,
                              int markers, int resolution, @JsonProperty("per_hour") RatesJson perHour,
                              Map<String, Integer> codes, @JsonProperty("codes_per_hour") Map<String, Double> codesPerHour,
                              @JsonProperty("rating_means") Map<String, Double> ratingMeans,
                              @JsonProperty("episode_count") int episodeCount, int resolved,
                              @JsonProperty("resolution_rate") Double resolutionRate,
                              @JsonProperty("mean_latency_ms") Double meanLatencyMs, List<EpisodeJson> episodes,
                              List<SegmentJson> segments, Map<String, AllianceJson> alliance) {
    }

    @JsonPropertyOrder({"kind", "rater"})
    public record SourceJson(String kind, String rater) {
    }

    @JsonPropertyOrder({"withdrawal", "confrontation", "markers", "resolution"})
    public record RatesJson(Double withdrawal, Double confrontation, Double markers, Double resolution) {
        static RatesJson of(Counts c, Long lengthMs) {
            return new RatesJson(Counts.perHour(c.withdrawal(), lengthMs), Counts.perHour(c.confrontation(), lengthMs),
                    Counts.perHour(c.markers(), lengthMs), Counts.perHour(c.resolution(), lengthMs));
        }
    }

    @JsonPropertyOrder({"number", "kind", "segment", "start_ms", "window_end_ms", "markers", "strategies",
            "latency_ms", "resolved"})
    public record EpisodeJson(int number, String kind, int segment, @JsonProperty("start_ms") long startMs,
                              @JsonProperty("window_end_ms") long windowEndMs, List<CodingJson> markers,
                              List<CodingJson> strategies, @JsonProperty("latency_ms") Long latencyMs,
                              boolean resolved) {
    }

    @JsonPropertyOrder({"code", "start_ms", "end_ms"})
    public record CodingJson(String code, @JsonProperty("start_ms") long startMs, @JsonProperty("end_ms") long endMs) {
        static List<CodingJson> of(List<Coding> codings) {
            return codings.stream().map(k -> new CodingJson(k.codeId(), k.startMs(), k.endMs())).toList();
        }
    }

    @JsonPropertyOrder({"index", "start_ms", "end_ms", "withdrawal", "confrontation", "resolution", "per_hour",
            "codes", "codes_per_hour", "ratings"})
    public record SegmentJson(int index, @JsonProperty("start_ms") long startMs, @JsonProperty("end_ms") long endMs,
                              int withdrawal, int confrontation, int resolution,
                              @JsonProperty("per_hour") RatesJson perHour, Map<String, Integer> codes,
                              @JsonProperty("codes_per_hour") Map<String, Double> codesPerHour,
                              Map<String, Double> ratings) {
    }

    @JsonPropertyOrder({"codebook", "rated", "items", "total", "subscales", "mean_item", "pomp"})
    public record AllianceJson(String codebook, int rated, int items, Double total, Map<String, Double> subscales,
                               @JsonProperty("mean_item") Double meanItem, Double pomp) {
        static AllianceJson of(AllianceScore a) {
            return new AllianceJson(a.codebook(), a.rated(), a.items(), a.total(), a.subscales(), a.meanItem(), a.pomp());
        }
    }

    @JsonPropertyOrder({"client", "sessions", "means", "sds", "sequences"})
    public record TrajectoryJson(String client, List<PointJson> sessions, Map<String, Double> means,
                                 Map<String, Double> sds, List<SequenceJson> sequences) {
    }

    @JsonPropertyOrder({"session", "number", "totals", "centred", "subscales"})
    public record PointJson(String session, int number, Map<String, Double> totals, Map<String, Double> centred,
                            Map<String, Map<String, Double>> subscales) {
    }

    @JsonPropertyOrder({"criterion", "perspective", "before", "rupture", "repair", "repaired", "drop", "sd"})
    public record SequenceJson(String criterion, String perspective, SeriesJson before, SeriesJson rupture,
                               SeriesJson repair, boolean repaired, double drop, double sd) {
    }

    @JsonPropertyOrder({"session", "number", "value"})
    public record SeriesJson(String session, int number, double value) {
        static SeriesJson of(SeriesPoint p) {
            return p == null ? null : new SeriesJson(p.session(), p.number(), p.value());
        }
    }

    @JsonPropertyOrder({"session", "reason"})
    public record SkippedJson(String session, String reason) {
    }

    public static String write(AnalyticsResult result) {
        return Json.write(of(result));
    }

    public static AnalyticsJson of(AnalyticsResult result) {
        RuptureCodes codes = RuptureCodes.of(result.codebook());
        Long window = result.options().windowMs();
        return new AnalyticsJson(result.codebook().id(), window == null ? null : window / 1000.0, result.segmentMinutes(),
                result.sessions().stream().map(s -> session(s, codes)).toList(),
                result.trajectories().stream().map(AnalyticsJson::trajectory).toList(),
                result.skipped().stream().map(s -> new SkippedJson(s.session(), s.reason())).toList(), result.notes());
    }

    private static SessionJson session(SessionAnalysis s, RuptureCodes codes) {
        Counts c = s.counts();
        Map<String, AllianceJson> alliance = new LinkedHashMap<>();
        for (Perspective p : Perspective.values()) {
            if (s.alliance().containsKey(p)) alliance.put(p.key(), AllianceJson.of(s.alliance().get(p)));
        }
        List<EpisodeJson> episodes = s.episodes().stream().map(e -> episode(e, codes)).toList();
        List<SegmentJson> segments = s.segments().stream().map(AnalyticsJson::segment).toList();
        return new SessionJson(s.session().name(), s.session().clientId(), s.session().number(),
                new SourceJson(s.source().kind().key(), s.source().rater()), s.durationMs(), c.withdrawal(),
                c.confrontation(), c.markers(), c.resolution(), RatesJson.of(c, s.durationMs()), c.byCode(),
                perHour(c, s.durationMs()), s.ratingMeans(), s.episodes().size(), s.resolvedEpisodes(), s.resolutionRate(), s.meanLatencyMs(),
                episodes, segments, alliance);
    }

    private static EpisodeJson episode(Episode e, RuptureCodes codes) {
        return new EpisodeJson(e.number(), e.kind(codes), e.segment(), e.startMs(), e.windowEndMs(),
                CodingJson.of(e.markers()), CodingJson.of(e.strategies()), e.latencyMs(), e.resolved());
    }

    private static SegmentJson segment(SegmentStats g) {
        Counts c = g.counts();
        return new SegmentJson(g.index(), g.startMs(), g.endMs(), c.withdrawal(), c.confrontation(), c.resolution(),
                RatesJson.of(c, g.lengthMs()), c.byCode(), perHour(c, g.lengthMs()), g.ratings());
    }

    private static TrajectoryJson trajectory(ClientTrajectory t) {
        List<PointJson> points = t.points().stream().map(AnalyticsJson::point).toList();
        return new TrajectoryJson(t.client(), points, byKey(t.means()), byKey(t.sds()),
                t.sequences().stream().map(AnalyticsJson::sequence).toList());
    }

    private static PointJson point(TrajectoryPoint p) {
        Map<String, Map<String, Double>> subscales = new LinkedHashMap<>();
        for (Perspective q : Perspective.values()) if (p.subscales().containsKey(q)) subscales.put(q.key(), p.subscales().get(q));
        return new PointJson(p.session(), p.number(), byKey(p.totals()), byKey(p.centred()), subscales);
    }

    private static SequenceJson sequence(VSequence v) {
        return new SequenceJson(v.criterion().key(), v.perspective().key(), SeriesJson.of(v.before()),
                SeriesJson.of(v.rupture()), SeriesJson.of(v.repair()), v.repaired(), v.drop(), v.sd());
    }

    /** Every code's count per hour of a stretch this long (nulls when its length is not known). */
    private static Map<String, Double> perHour(Counts c, Long lengthMs) {
        Map<String, Double> out = new LinkedHashMap<>();
        c.byCode().forEach((code, n) -> out.put(code, Counts.perHour(n, lengthMs)));
        return out;
    }

    /** Perspective keys in the enum's order. */
    private static Map<String, Double> byKey(Map<Perspective, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Perspective p : Perspective.values()) if (values.containsKey(p)) out.put(p.key(), values.get(p));
        return out;
    }
}
