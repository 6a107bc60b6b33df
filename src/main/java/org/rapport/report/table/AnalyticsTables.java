package org.rapport.report.table;

import java.util.ArrayList;
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
import org.rapport.analytics.SessionAnalysis;
import org.rapport.analytics.TrajectoryPoint;
import org.rapport.analytics.VSequence;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;

/**
 * The analytics as tables for R and SPSS (docs/analytics.md, "Files"): sessions, segments, episodes, sequences, and
 * the long table for a multilevel model (one row per session with the client, the session number and each
 * perspective's alliance centred within the client). Missing values are empty cells.
 */
public final class AnalyticsTables {
    private static final Column.Level SCALE = Column.Level.SCALE;

    private AnalyticsTables() {
    }

    /** The tables by file name, in the order they are listed. */
    public static Map<String, DataTable> all(AnalyticsResult result) {
        Codebook codebook = result.codebook();
        Map<String, DataTable> out = new LinkedHashMap<>();
        out.put("sessions.csv", sessions(result, codebook));
        out.put("segments.csv", segments(result));
        out.put("episodes.csv", episodes(result, codebook));
        out.put("sequences.csv", sequences(result));
        out.put("alliance-long.csv", multilevel(result));
        return out;
    }

    public static DataTable sessions(AnalyticsResult result, Codebook codebook) {
        VariableNames names = new VariableNames();
        List<Column> cols = new ArrayList<>(List.of(text(names, "session"), text(names, "client"), num(names, "number", 0),
                text(names, "source"), text(names, "source_rater"), num(names, "duration_min", 2),
                num(names, "withdrawal", 0), num(names, "confrontation", 0), num(names, "markers", 0),
                num(names, "resolution", 0), num(names, "withdrawal_per_h", 2), num(names, "confrontation_per_h", 2),
                num(names, "markers_per_h", 2), num(names, "resolution_per_h", 2), num(names, "episodes", 0),
                num(names, "resolved", 0), num(names, "resolution_rate", 3), num(names, "mean_latency_s", 1)));
        for (var c : codebook.codes()) cols.add(num(names, c.id(), 0));
        for (var c : codebook.codes()) cols.add(num(names, c.id() + "_per_h", 2));
        for (var s : codebook.scales()) cols.add(num(names, s.id() + "_mean", 2));
        Map<Perspective, List<String>> subscales = subscales(result);
        for (Perspective p : Perspective.values()) {
            cols.add(num(names, p.key() + "_total", 2));
            for (String sub : subscales.get(p)) cols.add(num(names, p.key() + "_" + sub, 2));
            cols.add(num(names, p.key() + "_mean_item", 3));
            cols.add(num(names, p.key() + "_pomp", 1));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SessionAnalysis s : result.sessions()) {
            Counts c = s.counts();
            List<Object> row = new ArrayList<>(List.of(s.session().name(), orEmpty(s.session().clientId()),
                    orEmpty(s.session().number()), s.source().kind().key(), s.source().rater(),
                    orEmpty(s.durationMs() == null ? null : s.durationMs() / 60_000.0), c.withdrawal(), c.confrontation(),
                    c.markers(), c.resolution(), orEmpty(s.perHour(c.withdrawal())), orEmpty(s.perHour(c.confrontation())),
                    orEmpty(s.perHour(c.markers())), orEmpty(s.perHour(c.resolution())), s.episodes().size(),
                    s.resolvedEpisodes(), orEmpty(s.resolutionRate()),
                    orEmpty(s.meanLatencyMs() == null ? null : s.meanLatencyMs() / 1000.0)));
            for (var code : codebook.codes()) row.add(c.byCode().getOrDefault(code.id(), 0));
            for (var code : codebook.codes()) row.add(orEmpty(s.perHour(c.byCode().getOrDefault(code.id(), 0))));
            for (var sc : codebook.scales()) row.add(orEmpty(s.ratingMeans().get(sc.id())));
            for (Perspective p : Perspective.values()) {
                AllianceScore a = s.alliance().get(p);
                row.add(a == null ? "" : orEmpty(a.total()));
                for (String sub : subscales.get(p)) row.add(a == null ? "" : orEmpty(a.subscales().get(sub)));
                row.add(a == null ? "" : orEmpty(a.meanItem()));
                row.add(a == null ? "" : orEmpty(a.pomp()));
            }
            rows.add(row);
        }
        return new DataTable(cols, rows);
    }

    /** Each perspective's subscales, in the order its sessions' scores name them. */
    private static Map<Perspective, List<String>> subscales(AnalyticsResult result) {
        Map<Perspective, List<String>> out = new java.util.EnumMap<>(Perspective.class);
        for (Perspective p : Perspective.values()) out.put(p, new ArrayList<>());
        for (SessionAnalysis s : result.sessions()) {
            s.alliance().forEach((p, a) -> {
                for (String sub : a.subscales().keySet()) if (!out.get(p).contains(sub)) out.get(p).add(sub);
            });
        }
        return out;
    }

    public static DataTable segments(AnalyticsResult result) {
        VariableNames names = new VariableNames();
        List<Column> cols = new ArrayList<>(List.of(text(names, "session"), text(names, "source_rater"),
                num(names, "segment", 0), num(names, "start_s", 1), num(names, "end_s", 1), num(names, "withdrawal", 0),
                num(names, "confrontation", 0), num(names, "resolution", 0), num(names, "markers_per_h", 2)));
        List<String> scales = new ArrayList<>();
        for (SessionAnalysis s : result.sessions()) {
            for (SegmentStats g : s.segments()) for (String k : g.ratings().keySet()) if (!scales.contains(k)) scales.add(k);
        }
        for (String k : scales) cols.add(num(names, k, 1));
        List<String> codes = result.codebook().codes().stream().map(c -> c.id()).toList();
        for (String k : codes) cols.add(num(names, k, 0));
        List<List<Object>> rows = new ArrayList<>();
        for (SessionAnalysis s : result.sessions()) {
            for (SegmentStats g : s.segments()) {
                Counts c = g.counts();
                List<Object> row = new ArrayList<>(List.of(s.session().name(), s.source().rater(), g.index(),
                        g.startMs() / 1000.0, g.endMs() / 1000.0, c.withdrawal(), c.confrontation(), c.resolution(),
                        orEmpty(g.perHour(c.markers()))));
                for (String k : scales) row.add(orEmpty(g.ratings().get(k)));
                for (String k : codes) row.add(c.byCode().getOrDefault(k, 0));
                rows.add(row);
            }
        }
        return new DataTable(cols, rows);
    }

    public static DataTable episodes(AnalyticsResult result, Codebook codebook) {
        RuptureCodes codes = RuptureCodes.of(codebook);
        VariableNames names = new VariableNames();
        List<Column> cols = List.of(text(names, "session"), text(names, "source_rater"), num(names, "episode", 0),
                text(names, "kind"), num(names, "segment", 0), num(names, "start_s", 3), num(names, "window_end_s", 3),
                text(names, "markers"), text(names, "strategies"), num(names, "latency_s", 3), num(names, "resolved", 0));
        List<List<Object>> rows = new ArrayList<>();
        for (SessionAnalysis s : result.sessions()) {
            for (Episode e : s.episodes()) {
                rows.add(List.of(s.session().name(), s.source().rater(), e.number(), e.kind(codes), e.segment(),
                        e.startMs() / 1000.0, e.windowEndMs() / 1000.0, joined(e.markers()), joined(e.strategies()),
                        e.latencyMs() == null ? "" : e.latencyMs() / 1000.0, e.resolved() ? 1 : 0));
            }
        }
        return new DataTable(cols, rows);
    }

    public static DataTable sequences(AnalyticsResult result) {
        VariableNames names = new VariableNames();
        List<Column> cols = List.of(text(names, "client"), text(names, "criterion"), text(names, "perspective"),
                text(names, "before_session"), num(names, "before_number", 0), num(names, "before_value", 2),
                text(names, "rupture_session"), num(names, "rupture_number", 0), num(names, "rupture_value", 2),
                text(names, "repair_session"), num(names, "repair_number", 0), num(names, "repair_value", 2),
                num(names, "repaired", 0), num(names, "sd", 3));
        List<List<Object>> rows = new ArrayList<>();
        for (ClientTrajectory t : result.trajectories()) {
            for (VSequence v : t.sequences()) {
                boolean r = v.repaired();
                rows.add(List.of(t.client(), v.criterion().key(), v.perspective().key(), v.before().session(),
                        v.before().number(), v.before().value(), v.rupture().session(), v.rupture().number(),
                        v.rupture().value(), r ? v.repair().session() : "", r ? v.repair().number() : "",
                        r ? v.repair().value() : "", r ? 1 : 0, v.sd()));
            }
        }
        return new DataTable(cols, rows);
    }

    /** One row per session in a trajectory: what a multilevel model of sessions within clients reads. */
    public static DataTable multilevel(AnalyticsResult result) {
        VariableNames names = new VariableNames();
        List<Column> cols = new ArrayList<>(List.of(text(names, "client"), num(names, "session_number", 0),
                text(names, "session"), text(names, "source_rater")));
        for (Perspective p : Perspective.values()) {
            cols.add(num(names, p.key() + "_alliance", 2));
            cols.add(num(names, p.key() + "_alliance_cwc", 3));
        }
        cols.addAll(List.of(num(names, "markers", 0), num(names, "markers_per_h", 2), num(names, "episodes", 0),
                num(names, "resolution_rate", 3)));
        Map<String, SessionAnalysis> byName = new LinkedHashMap<>();
        for (SessionAnalysis s : result.sessions()) byName.put(s.session().name(), s);
        List<List<Object>> rows = new ArrayList<>();
        for (ClientTrajectory t : result.trajectories()) {
            for (TrajectoryPoint p : t.points()) {
                SessionAnalysis s = byName.get(p.session());
                List<Object> row = new ArrayList<>(List.of(t.client(), p.number(), p.session(), s.source().rater()));
                for (Perspective q : Perspective.values()) {
                    row.add(orEmpty(p.totals().get(q)));
                    row.add(orEmpty(p.centred().get(q)));
                }
                row.addAll(List.of(s.counts().markers(), orEmpty(s.perHour(s.counts().markers())), s.episodes().size(),
                        orEmpty(s.resolutionRate())));
                rows.add(row);
            }
        }
        return new DataTable(cols, rows);
    }

    private static String joined(List<Coding> codings) {
        return String.join(" ", codings.stream().map(Coding::codeId).toList());
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }

    private static Column text(VariableNames names, String id) {
        return Column.text(names.of(id), id);
    }

    private static Column num(VariableNames names, String id, int decimals) {
        return Column.number(names.of(id), id, SCALE, decimals);
    }
}
