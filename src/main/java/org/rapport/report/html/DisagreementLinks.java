package org.rapport.report.html;

import java.nio.file.Path;
import java.util.List;

import org.rapport.agreement.project.Disagreement;
import org.rapport.model.time.TimeCodes;

/**
 * The report's list of disagreements, each linked to its moment in the app ({@link ReviewLink}): session, time,
 * code or item, each rater's value. Long lists are cut (the full list is {@code rapport disagreements}).
 */
final class DisagreementLinks {
    static final int MAX_ROWS = 1000;

    private DisagreementLinks() {
    }

    static void append(StringBuilder h, Path project, List<Disagreement> all) {
        h.append("<h2 id=\"disagreements\">Disagreements</h2>");
        if (all.isEmpty()) {
            h.append("<p class=\"small\">The raters agree on every unit.</p>");
            return;
        }
        h.append("<p class=\"small\">").append(all.size()).append(" disagreement(s) on the units above. A time opens the"
                + " session in Rapport at that moment with every rater's lane (rapport:// links; see docs/workspace.md"
                + " to register them).").append(all.size() > MAX_ROWS ? " The first " + MAX_ROWS + " are listed;"
                + " rapport disagreements lists all." : "").append("</p>");
        List<String> raters = List.copyOf(all.get(0).values().keySet());
        h.append("<table><tr><th>Session</th><th>Time</th><th>Code / item</th>");
        for (String r : raters) h.append("<th>").append(ReliabilityReport.esc(r)).append("</th>");
        h.append("</tr>");
        for (Disagreement d : all.subList(0, Math.min(MAX_ROWS, all.size()))) {
            String link = new ReviewLink(project, d.session(), d.startMs(), d.endMs()).uri();
            h.append("<tr><td>").append(ReliabilityReport.esc(d.session())).append("</td><td><a href=\"")
                    .append(ReliabilityReport.esc(link)).append("\">").append(TimeCodes.clockTenths(d.startMs()))
                    .append("\u2013").append(TimeCodes.clockTenths(d.endMs())).append("</a></td><td>")
                    .append(ReliabilityReport.esc(d.target())).append("</td>");
            for (String r : raters) {
                String v = d.values().get(r);
                h.append("<td>").append(v == null ? "\u2013" : ReliabilityReport.esc(v)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }
}
