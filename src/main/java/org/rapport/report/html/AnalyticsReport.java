package org.rapport.report.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapport.analytics.AllianceScore;
import org.rapport.analytics.AnalyticsResult;
import org.rapport.analytics.ClientTrajectory;
import org.rapport.analytics.Perspective;
import org.rapport.analytics.RuptureCodes;
import org.rapport.analytics.SessionAnalysis;
import org.rapport.analytics.Skipped;
import org.rapport.analytics.VSequence;
import org.rapport.report.chart.AllianceTrajectoryChart;
import org.rapport.report.chart.ChartImages;
import org.rapport.report.chart.PerspectivesChart;
import org.rapport.report.chart.ResolutionRateChart;
import org.rapport.report.chart.SessionTimelineChart;
import org.rapport.report.text.AnalyticsText;

/**
 * {@code rapport analytics --html}: the analytics as one self-contained page, every plot an inline SVG (docs/analytics.md):
 * the sessions' counts, rates and resolution, each session's timeline, the resolution rates, and each client's
 * alliance trajectory with its rupture–repair sequences and the three perspectives side by side.
 */
public final class AnalyticsReport {
    /** Timelines for at most this many sessions: beyond it the page would be too long to read; the tables list all. */
    public static final int MAX_TIMELINES = 40;
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d232a;margin:24px auto;max-width:1180px;padding:0 16px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d5dbe1;padding-bottom:4px}
            h3{font-size:15px;margin:18px 0 6px}.sub{color:#5b6670;margin:0 0 16px}
            .methods{background:#f4f6f8;border-left:4px solid #3b6ea8;padding:10px 14px;margin:12px 0}
            table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}th,td{border:1px solid #d5dbe1;padding:4px 7px;vertical-align:top}
            th{background:#eef1f4;text-align:left;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .notes li{color:#7a4b00}.chart svg{width:100%;height:auto;max-width:900px}.small{font-size:12px;color:#5b6670}
            """;

    private AnalyticsReport() {
    }

    public static String html(AnalyticsResult r, String project) {
        RuptureCodes codes = RuptureCodes.of(r.codebook());
        StringBuilder h = new StringBuilder(256_000);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Rupture\u2013repair analytics \u2014 ")
                .append(esc(project)).append("</title><style>").append(CSS).append("</style></head><body>");
        h.append("<h1>Rupture\u2013repair analytics: ").append(esc(r.codebook().title())).append("</h1>");
        Long w = r.options().windowMs();
        h.append("<p class=\"sub\">Project ").append(esc(project)).append(" \u00b7 codebook ").append(esc(r.codebook().id()))
                .append(" version ").append(esc(r.codebook().version())).append(" \u00b7 ").append(r.sessions().size())
                .append(" session(s), ").append(r.skipped().size()).append(" skipped \u00b7 generated ")
                .append(LocalDate.now()).append(" by Rapport</p>");
        h.append("<div class=\"methods\">Each session rests on one source: its settled consensus, else the chosen rater"
                + " (the Source column). An episode is a rupture marker followed by one or more resolution strategies"
                + " within ").append(w == null ? "the rest of the same " + r.segmentMinutes() + "-minute segment"
                : fmt(w / 1000.0, 1) + " seconds").append("; it is resolved when a strategy follows. Rupture\u2013repair"
                + " sequences across sessions follow Stiles et al. (2004, 2 SD) and Strauss et al. (2006, 1 SD), in"
                + " units of the client's own SD. Definitions and sources: docs/analytics.md.</div>");
        sessionTable(h, r);
        if (r.sessions().stream().anyMatch(s -> s.resolutionRate() != null)) {
            h.append("<h2>Resolution rates</h2>").append(chart(ChartImages.svg(ResolutionRateChart.of(r.sessions()), 900, 380)));
        }
        h.append("<h2>Session timelines</h2>");
        int shown = 0;
        for (SessionAnalysis s : r.sessions()) {
            if (shown++ == MAX_TIMELINES) {
                h.append("<p class=\"small\">Timelines of the first ").append(MAX_TIMELINES).append(" sessions only;"
                        + " the tables above list all.</p>");
                break;
            }
            h.append(chart(ChartImages.svg(SessionTimelineChart.of(s, codes), 900, 260)));
        }
        for (ClientTrajectory t : r.trajectories()) client(h, r, t);
        if (!r.skipped().isEmpty() || !r.notes().isEmpty()) {
            h.append("<h2>Skipped and notes</h2><ul class=\"notes\">");
            for (Skipped s : r.skipped()) h.append("<li>").append(esc(s.session() + ": " + s.reason())).append("</li>");
            for (String n : r.notes()) h.append("<li>").append(esc(n)).append("</li>");
            h.append("</ul>");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void sessionTable(StringBuilder h, AnalyticsResult r) {
        h.append("<h2>Sessions</h2><table><tr><th>Session</th><th>Client</th><th>#</th><th>Source</th><th>Minutes</th>"
                + "<th>Withdrawal</th><th>Confrontation</th><th>Strategies</th><th>Markers / h</th><th>Episodes</th>"
                + "<th>Resolved</th><th>Rate</th><th>Latency (s)</th><th>WAI-O total</th></tr>");
        for (SessionAnalysis s : r.sessions()) {
            var c = s.counts();
            AllianceScore o = s.alliance().get(Perspective.OBSERVER);
            h.append("<tr><td>").append(esc(s.session().name())).append("</td><td>").append(esc(opt(s.session().clientId())))
                    .append("</td><td class=\"num\">").append(s.session().number() == null ? "" : s.session().number())
                    .append("</td><td>").append(esc(s.source().label())).append("</td>");
            num(h, s.durationMs() == null ? null : s.durationMs() / 60_000.0, 1);
            h.append("<td class=\"num\">").append(c.withdrawal()).append("</td><td class=\"num\">").append(c.confrontation())
                    .append("</td><td class=\"num\">").append(c.resolution()).append("</td>");
            num(h, s.perHour(c.markers()), 1);
            h.append("<td class=\"num\">").append(s.episodes().size()).append("</td><td class=\"num\">")
                    .append(s.resolvedEpisodes()).append("</td>");
            num(h, s.resolutionRate() == null ? null : 100 * s.resolutionRate(), 0);
            num(h, s.meanLatencyMs() == null ? null : s.meanLatencyMs() / 1000.0, 1);
            num(h, o == null ? null : o.total(), 1);
            h.append("</tr>");
        }
        h.append("</table><p class=\"small\">Rate: resolved episodes in % of episodes. Latency: mean time from an"
                + " episode's first marker to its first strategy, over resolved episodes. WAI-O total: empty when an item"
                + " is not rated.</p>");
    }

    private static void client(StringBuilder h, AnalyticsResult r, ClientTrajectory t) {
        h.append("<h2>Client ").append(esc(t.client())).append("</h2>");
        if (t.points().stream().anyMatch(p -> !p.totals().isEmpty())) {
            h.append(chart(ChartImages.svg(AllianceTrajectoryChart.of(t), 900, 380)));
        } else {
            h.append("<p class=\"small\">No session of this client has a complete alliance questionnaire.</p>");
        }
        List<SessionAnalysis> own = new ArrayList<>();
        for (SessionAnalysis s : r.sessions()) if (t.client().equals(s.session().clientId())) own.add(s);
        if (PerspectivesChart.hasSelfReport(own)) {
            h.append(chart(ChartImages.svg(PerspectivesChart.of(t.client(), own), 900, 360)));
        }
        if (t.sequences().isEmpty()) {
            h.append("<p>No rupture\u2013repair sequence by either criterion.</p>");
        } else {
            h.append("<ul>");
            for (VSequence v : t.sequences()) {
                h.append("<li>").append(esc(AnalyticsText.sequence(v))).append(String.format(Locale.ROOT,
                        " \u2013 drop %.1f, SD %.2f", v.drop(), v.sd())).append("</li>");
            }
            h.append("</ul>");
        }
        Map<Perspective, Double> sds = t.sds();
        if (!sds.isEmpty()) {
            h.append("<p class=\"small\">");
            for (var e : sds.entrySet()) {
                h.append(esc(e.getKey().key())).append(": mean ").append(fmt(t.means().get(e.getKey()), 1)).append(", SD ")
                        .append(fmt(e.getValue(), 2)).append(". ");
            }
            h.append("</p>");
        }
    }

    private static String chart(String svg) {
        return "<div class=\"chart\">" + svg + "</div>";
    }

    private static void num(StringBuilder h, Double v, int decimals) {
        h.append("<td class=\"num\">").append(v == null ? "" : fmt(v, decimals)).append("</td>");
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String opt(String s) {
        return s == null ? "" : s;
    }

    private static String esc(String s) {
        return ReliabilityReport.esc(s);
    }
}
