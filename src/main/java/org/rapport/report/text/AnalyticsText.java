package org.rapport.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rapport.analytics.AnalyticsResult;
import org.rapport.analytics.ClientTrajectory;
import org.rapport.analytics.Perspective;
import org.rapport.analytics.SessionAnalysis;
import org.rapport.analytics.Skipped;
import org.rapport.analytics.TrajectoryPoint;
import org.rapport.analytics.VSequence;

/** {@code rapport analytics} as a plain listing: a line per session, each client's trajectory and its sequences. */
public final class AnalyticsText {
    private AnalyticsText() {
    }

    public static List<String> lines(AnalyticsResult r) {
        List<String> out = new ArrayList<>();
        Long w = r.options().windowMs();
        out.add("analytics of " + r.codebook().id() + ": " + r.sessions().size() + " session(s), " + r.skipped().size()
                + " skipped; an episode's window: " + (w == null ? "the rest of its " + r.segmentMinutes()
                + "-minute segment" : num(w / 1000.0, 1) + " s after its first marker"));
        if (!r.sessions().isEmpty()) {
            out.add(String.format(Locale.ROOT, "%-20s %-22s %6s %4s %4s %4s %6s %6s %4s %4s %5s %7s %6s", "SESSION",
                    "SOURCE", "MIN", "WDR", "CNF", "RES", "WDR/H", "CNF/H", "EPI", "RSV", "RATE", "LAT(S)", "WAI-O"));
        }
        for (SessionAnalysis s : r.sessions()) {
            var c = s.counts();
            var o = s.alliance().get(Perspective.OBSERVER);
            out.add(String.format(Locale.ROOT, "%-20s %-22s %6s %4d %4d %4d %6s %6s %4d %4d %5s %7s %6s",
                    s.session().name(), s.source().label(), s.durationMs() == null ? "?" : num(s.durationMs() / 60_000.0, 1),
                    c.withdrawal(), c.confrontation(), c.resolution(), num(s.perHour(c.withdrawal()), 2),
                    num(s.perHour(c.confrontation()), 2), s.episodes().size(), s.resolvedEpisodes(),
                    num(s.resolutionRate(), 2), s.meanLatencyMs() == null ? "\u2013" : num(s.meanLatencyMs() / 1000.0, 1),
                    o == null || o.total() == null ? "\u2013" : num(o.total(), 1)).stripTrailing());
        }
        for (ClientTrajectory t : r.trajectories()) {
            for (Perspective p : Perspective.values()) {
                List<String> values = new ArrayList<>();
                for (TrajectoryPoint pt : t.points()) {
                    if (pt.totals().containsKey(p)) values.add("#" + pt.number() + " " + num(pt.totals().get(p), 1));
                }
                if (!values.isEmpty()) {
                    out.add("client " + t.client() + ", " + p.key() + " alliance: " + String.join(", ", values)
                            + (t.sds().containsKey(p) ? " (SD " + num(t.sds().get(p), 2) + ")" : ""));
                }
            }
            for (VSequence v : t.sequences()) out.add("  " + sequence(v));
        }
        for (Skipped s : r.skipped()) out.add("skipped: " + s.session() + " \u2013 " + s.reason());
        for (String n : r.notes()) out.add("note: " + n);
        return out;
    }

    /** "strauss-2006 observer: C01-s02 (62) → C01-s03 (40), repaired in C01-s05 (63)". */
    public static String sequence(VSequence v) {
        String head = v.criterion().key() + " " + v.perspective().key() + ": " + v.before().session() + " ("
                + num(v.before().value(), 1) + ") \u2192 " + v.rupture().session() + " (" + num(v.rupture().value(), 1) + ")";
        return head + (v.repaired() ? ", repaired in " + v.repair().session() + " (" + num(v.repair().value(), 1) + ")"
                : ", not repaired");
    }

    private static String num(Double v, int decimals) {
        return v == null ? "\u2013" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
