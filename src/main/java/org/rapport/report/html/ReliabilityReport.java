package org.rapport.report.html;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.agreement.alignment.PrecisionRecall;
import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.ProjectAgreementResult.Confusion;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.project.ProjectAgreementResult.EventCounts;
import org.rapport.agreement.project.ProjectAgreementResult.PairPrecision;
import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult.Target;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.agreement.statistic.Interpretation;
import org.rapport.agreement.statistic.StatisticResult;
import org.rapport.transcript.Output;

/**
 * Writes a project's reliability results as one self-contained HTML file (inline CSS, no scripts, no external
 * resources): a methods paragraph to quote, one table per section with n, prevalence, each statistic with its 95% CI
 * and interpretation, confusion-matrix heat maps for code groups, and event-matching counts.
 */
public final class ReliabilityReport {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d232a;margin:24px auto;max-width:1180px;padding:0 16px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d5dbe1;padding-bottom:4px}
            h3{font-size:15px;margin:18px 0 6px}.sub{color:#5b6670;margin:0 0 16px}
            .methods{background:#f4f6f8;border-left:4px solid #3b6ea8;padding:10px 14px;margin:12px 0}
            .refs{font-size:12px;color:#3d4650;padding-left:18px}.refs li{margin:2px 0}
            table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}th,td{border:1px solid #d5dbe1;padding:4px 7px;vertical-align:top}
            th{background:#eef1f4;text-align:left;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .v{font-weight:600}.ci{color:#5b6670;font-size:11px;white-space:nowrap}.lab{font-size:11px;color:#3d4650}
            .undef{color:#8a939c;font-size:12px}.q0{background:#fbe3e1}.q1{background:#fdf0d8}.q2{background:#eef6dc}.q3{background:#dcefd9}
            .notes li{color:#7a4b00}.heat{display:inline-block;margin:0 18px 12px 0;vertical-align:top}
            .heat td{width:34px;text-align:center;font-size:12px}.heat td.diag{outline:2px solid #1d232a;outline-offset:-2px}
            .heat th{font-size:11px;font-weight:500}.heat th.rot{writing-mode:vertical-rl;transform:rotate(180deg);height:92px;text-align:left}.legend span{display:inline-block;padding:1px 8px;margin-right:4px;font-size:12px}
            .small{font-size:12px;color:#5b6670}.qx{background:#f1f2f4;color:#6b747d}.degenerate{font-size:11px;color:#8a4b00}
            """;

    private ReliabilityReport() {
    }

    /** The disagreements behind the tables, listed with links into the app; {@code project} is the project folder. */
    public record Review(Path project, List<org.rapport.agreement.project.Disagreement> disagreements) {
        public Review {
            disagreements = List.copyOf(disagreements);
        }
    }

    /** Writes the report; a file is replaced whole (written beside it, then moved). */
    public static void write(ProjectAgreementResult result, Output out) {
        write(result, null, out);
    }

    /** Writes the report with its disagreements linked to the app (review null: without them). */
    public static void write(ProjectAgreementResult result, Review review, Output out) {
        HtmlPage.write(html(result, review), out, "report");
    }

    public static String html(ProjectAgreementResult r) {
        return html(r, null);
    }

    public static String html(ProjectAgreementResult r, Review review) {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Inter-rater reliability — ")
                .append(esc(r.codebookId())).append("</title><style>").append(CSS).append("</style></head><body>");
        h.append("<h1>Inter-rater reliability: ").append(esc(r.codebookTitle())).append("</h1>");
        h.append("<p class=\"sub\">Codebook ").append(esc(r.codebookId())).append(" version ").append(esc(r.codebookVersion()))
                .append(" · ").append(r.sessions().size()).append(" session(s): ").append(esc(String.join(", ", abbreviate(r.sessions()))))
                .append(" · raters: ").append(esc(String.join(", ", r.raters()))).append(" · units: ").append(esc(r.alignment()))
                .append(" · generated ").append(LocalDate.now()).append(" by Rapport</p>");
        h.append("<h2>Methods</h2><div class=\"methods\">").append(esc(r.methodsParagraph())).append("</div>");
        h.append("<ol class=\"refs\">");
        for (String ref : r.references()) h.append("<li>").append(esc(ref)).append("</li>");
        h.append("</ol>");
        if (!r.notes().isEmpty()) {
            h.append("<ul class=\"notes\">");
            for (String n : r.notes()) h.append("<li>").append(esc(n)).append("</li>");
            h.append("</ul>");
        }
        legend(h);
        for (Section s : r.sections()) section(h, s, r.method());
        if (review != null) DisagreementLinks.append(h, review.project(), review.disagreements());
        interpretationSources(h, r);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static List<String> abbreviate(List<String> names) {
        if (names.size() <= 12) return names;
        List<String> out = new ArrayList<>(names.subList(0, 10));
        out.add("… " + (names.size() - 10) + " more");
        return out;
    }

    private static void legend(StringBuilder h) {
        h.append("<p class=\"legend small\">Cell colour by value: <span class=\"q0\">&lt; .40</span><span class=\"q1\">.40–.59</span>"
                + "<span class=\"q2\">.60–.79</span><span class=\"q3\">≥ .80</span> Each cell: value [95% CI] and"
                + " interpretation (scale in superscript, listed at the end). n is the number of units; a cell shows its own n"
                + " when its raters rated fewer. Hover an undefined cell for the reason. A grey cell is not interpretable:"
                + " a rater never used the code, or fewer than 10 units carry it.</p>");
    }

    private static void section(StringBuilder h, Section s, AlignmentMethod method) {
        h.append("<h2>").append(esc(s.title())).append("</h2>");
        if (s.targets().isEmpty()) {
            h.append("<p class=\"small\">Nothing to compare.</p>");
            return;
        }
        List<String> columns = columns(s);
        boolean prevalence = s.targets().stream().anyMatch(t -> t.prevalence() != null);
        h.append("<table><tr><th>").append(s.id().contains("code") ? "Code" : "Item").append("</th><th>n</th>");
        if (prevalence) h.append("<th>Prevalence</th>");
        for (String c : columns) h.append("<th>").append(esc(c)).append("</th>");
        h.append("</tr>");
        for (Target t : s.targets()) {
            h.append("<tr><td><b>").append(esc(t.id())).append("</b><br><span class=\"small\">").append(esc(t.label()))
                    .append("</span></td><td class=\"num\">").append(t.units()).append("</td>");
            if (prevalence) h.append("<td class=\"num\">").append(t.prevalence() == null ? "" : pct(t.prevalence())).append("</td>");
            Map<String, Estimate> byColumn = new LinkedHashMap<>();
            for (Estimate e : t.estimates()) byColumn.putIfAbsent(column(e), e);
            for (String c : columns) cell(h, byColumn.get(c), t.units());
            h.append("</tr>");
        }
        h.append("</table>");
        if (s.id().equals("code-groups")) heatMaps(h, s);
        if (method == AlignmentMethod.EVENT && s.id().equals("code-groups")) events(h, s);
    }

    /** Column heading of an estimate: statistic, raters and variant. */
    private static String column(Estimate e) {
        return e.title() + " · " + e.raters() + (e.variant() == null ? "" : " · " + e.variant());
    }

    private static List<String> columns(Section s) {
        Set<String> out = new LinkedHashSet<>();
        for (Target t : s.targets()) for (Estimate e : t.estimates()) out.add(column(e));
        return new ArrayList<>(out);
    }

    private static void cell(StringBuilder h, Estimate e, int tableUnits) {
        if (e == null) {
            h.append("<td></td>");
            return;
        }
        StatisticResult r = e.result();
        if (r.value() == null) {
            h.append("<td class=\"undef\" title=\"").append(esc(r.reason())).append("\">undefined<br>")
                    .append(esc(shorten(r.reason()))).append("</td>");
            return;
        }
        double v = r.value();
        String shade = e.degenerate() != null ? "qx" : v < 0.40 ? "q0" : v < 0.60 ? "q1" : v < 0.80 ? "q2" : "q3";
        h.append("<td class=\"num ").append(shade)
                .append("\"><span class=\"v\">").append(fmt(v)).append("</span>");
        if (r.ci95() != null) {
            h.append(" <span class=\"ci\">[").append(fmt(r.ci95().low())).append(", ").append(fmt(r.ci95().high())).append("]</span>");
        }
        if (e.degenerate() != null) {
            h.append("<br><span class=\"degenerate\" title=\"").append(esc(e.degenerate())).append("\">not interpretable: ")
                    .append(esc(e.degenerate())).append("</span>");
        } else if (!r.interpretations().isEmpty()) {
            Interpretation i = r.interpretations().get(0);
            h.append("<br><span class=\"lab\" title=\"").append(esc(i.scale())).append("\">").append(esc(shortLabel(i.label())))
                    .append(" <sup>").append(esc(initials(i.scale()))).append("</sup></span>");
        }
        if (r.units() != tableUnits) h.append("<br><span class=\"ci\">n = ").append(r.units()).append("</span>");
        h.append("</td>");
    }

    /** "unreliable (alpha < .667)" -> "unreliable": the bands are listed under Interpretation scales. */
    private static String shortLabel(String label) {
        int paren = label.indexOf(" (");
        return paren > 0 ? label.substring(0, paren) : label;
    }

    /** "Landis & Koch (1977)" -> "L&K", "Krippendorff (2004)" -> "K". */
    static String initials(String scale) {
        StringBuilder b = new StringBuilder();
        String name = scale.contains("(") ? scale.substring(0, scale.indexOf('(')) : scale;
        for (String w : name.trim().split("\\s+")) {
            if (w.equals("&")) b.append('&');
            else if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
        }
        return b.toString();
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() <= 48 ? s : s.substring(0, 46) + "…";
    }

    private static void heatMaps(StringBuilder h, Section s) {
        h.append("<h3>Confusion matrices (rows: first rater, columns: second rater; darker = more units)</h3>");
        for (Target t : s.targets()) {
            if (t.confusions().isEmpty()) continue;
            h.append("<div><b>").append(esc(t.label())).append("</b><br>");
            for (Confusion c : t.confusions()) heatMap(h, c);
            h.append("</div>");
        }
    }

    private static void heatMap(StringBuilder h, Confusion c) {
        // The "none/none" (or "absent/absent") cell dwarfs the rest: scale the colours by the other cells.
        boolean negativeFirst = !c.categories().isEmpty() && List.of("none", "absent").contains(c.categories().get(0));
        int max = 1;
        for (int i = 0; i < c.counts().length; i++) {
            for (int j = 0; j < c.counts()[i].length; j++) {
                if (!(negativeFirst && i == 0 && j == 0)) max = Math.max(max, c.counts()[i][j]);
            }
        }
        h.append("<table class=\"heat\"><tr><th>").append(esc(c.raterA())).append(" ↓ / ").append(esc(c.raterB()))
                .append(" →</th>");
        for (String cat : c.categories()) h.append("<th class=\"rot\">").append(esc(cat)).append("</th>");
        h.append("</tr>");
        for (int i = 0; i < c.counts().length; i++) {
            h.append("<tr><th>").append(esc(c.categories().get(i))).append("</th>");
            for (int j = 0; j < c.counts()[i].length; j++) {
                int x = c.counts()[i][j];
                // Square-root scale so a few disagreements still show next to a large "none/none" cell.
                double shade = x == 0 ? 0 : 0.12 + 0.88 * Math.sqrt(Math.min(1, (double) x / max));
                h.append("<td").append(i == j ? " class=\"diag\"" : "").append(" style=\"background:")
                        .append(colour(shade, i == j)).append(";color:").append(shade > 0.55 ? "#fff" : "#1d232a").append("\">")
                        .append(x == 0 ? "" : x).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    /** Blue for agreement (the diagonal), orange for disagreement, white for 0. */
    private static String colour(double shade, boolean diagonal) {
        int[] to = diagonal ? new int[] {31, 94, 160} : new int[] {201, 90, 23};
        int r = (int) Math.round(255 + (to[0] - 255) * shade);
        int g = (int) Math.round(255 + (to[1] - 255) * shade);
        int b = (int) Math.round(255 + (to[2] - 255) * shade);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static void events(StringBuilder h, Section s) {
        h.append("<h3>Event matching: linked and unlinked events</h3><table><tr><th>Group</th><th>Raters</th>"
                + "<th>Linked pairs</th><th>of which same code</th><th>Unlinked, first rater</th><th>Unlinked, second rater</th></tr>");
        for (Target t : s.targets()) {
            for (EventCounts c : t.events()) {
                h.append("<tr><td>").append(esc(t.id())).append("</td><td>").append(esc(c.raterA() + "–" + c.raterB()))
                        .append("</td><td class=\"num\">").append(c.matched()).append("</td><td class=\"num\">").append(c.sameCode())
                        .append("</td><td class=\"num\">").append(c.unmatchedA()).append("</td><td class=\"num\">")
                        .append(c.unmatchedB()).append("</td></tr>");
            }
        }
        h.append("</table><h3>Precision, recall and F1 per code (first rater as reference)</h3><table><tr><th>Code</th>"
                + "<th>Raters</th><th>hits</th><th>false alarms</th><th>misses</th><th>Precision</th><th>Recall</th><th>F1</th></tr>");
        for (Target t : s.targets()) {
            for (PairPrecision p : t.precision()) {
                PrecisionRecall pr = p.counts();
                if (pr.tp() + pr.fp() + pr.fn() == 0) continue;
                h.append("<tr><td>").append(esc(pr.code())).append("</td><td>").append(esc(p.raterA() + "–" + p.raterB()))
                        .append("</td><td class=\"num\">").append(pr.tp()).append("</td><td class=\"num\">").append(pr.fp())
                        .append("</td><td class=\"num\">").append(pr.fn()).append("</td><td class=\"num\">").append(opt(pr.precision()))
                        .append("</td><td class=\"num\">").append(opt(pr.recall())).append("</td><td class=\"num\">")
                        .append(opt(pr.f1())).append("</td></tr>");
            }
        }
        h.append("</table><p class=\"small\">Codes that neither rater used are left out of this table.</p>");
    }

    private static void interpretationSources(StringBuilder h, ProjectAgreementResult r) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Section s : r.sections()) {
            for (Target t : s.targets()) {
                for (Estimate e : t.estimates()) {
                    for (Interpretation i : e.result().interpretations()) sources.putIfAbsent(i.scale(), i.source());
                }
            }
        }
        if (sources.isEmpty()) return;
        h.append("<h2>Interpretation scales</h2><ul class=\"refs\">");
        sources.forEach((scale, source) -> h.append("<li><b>").append(esc(initials(scale))).append("</b> = ").append(esc(scale))
                .append(": ").append(esc(source)).append("</li>"));
        h.append("</ul>");
    }

    private static String opt(Double v) {
        return v == null ? "–" : fmt(v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replace("-", "−");
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
