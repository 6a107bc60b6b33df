package org.rapport.report.html;

import java.time.LocalDate;
import java.util.List;

import org.rapport.transcript.Output;

/**
 * The training certificate and the drift report as HTML pages styled for print (A4, black on white), with their
 * charts inline as SVG (decision 0015). Every text from the project is escaped; the SVG comes from JFreeSVG, which
 * escapes the names in it.
 */
public final class TrainingPages {
    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: "DejaVu Serif", Georgia, serif; color: #111; max-width: 178mm; margin: 0 auto;
                   font-size: 11pt; line-height: 1.45; }
            h1 { font-size: 20pt; margin: 0 0 2mm; letter-spacing: .02em; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; }
            .sub { color: #444; margin: 0 0 5mm; }
            .verdict { font-size: 14pt; margin: 5mm 0; padding: 3mm 4mm; border: 2px solid #111; }
            .verdict.no { border-style: dashed; color: #444; }
            table { border-collapse: collapse; width: 100%; font-size: 10pt; }
            th, td { border-bottom: 1px solid #ccc; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
            th { border-bottom: 1.5px solid #111; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            tr.fail td { color: #8a2b00; }
            tr.cert td { font-weight: bold; }
            .chart svg { width: 100%; height: auto; }
            .methods { border-left: 3px solid #999; padding-left: 4mm; }
            .sign { margin-top: 14mm; display: flex; gap: 14mm; }
            .sign div { flex: 1; border-top: 1px solid #111; padding-top: 1mm; font-size: 9.5pt; color: #444; }
            .foot { margin-top: 8mm; font-size: 8.5pt; color: #666; }
            @media print { .chart { page-break-inside: avoid; } }
            """;

    private TrainingPages() {
    }

    /** A row of the certificate's table of gold sessions, as text. */
    public record GoldRow(int order, String session, String reference, String completed, String phase, String value,
                          String result, int run, boolean certifiedHere, String note) {
    }

    /** What a certificate says. */
    public record CertificateContent(String rater, String codebookTitle, String codebookId, String codebookVersion,
                                     String criterion, String criterionSource, boolean certified, String verdict,
                                     List<GoldRow> rows, String methods, String chartSvg, String project) {
        public CertificateContent {
            rows = List.copyOf(rows);
        }
    }

    public static String certificate(CertificateContent c) {
        StringBuilder h = head("Training certificate \u2014 " + c.rater());
        h.append("<h1>Certificate of training to criterion</h1>");
        h.append("<p class=\"sub\">").append(esc(c.codebookTitle())).append(" \u00b7 codebook ").append(esc(c.codebookId()))
                .append(" v").append(esc(c.codebookVersion())).append(" \u00b7 project ").append(esc(c.project()))
                .append("</p>");
        h.append("<p>Rater: <strong>").append(esc(c.rater())).append("</strong></p>");
        h.append("<p>Criterion: ").append(esc(c.criterion()));
        if (c.criterionSource() != null) h.append(" <span class=\"sub\">(after ").append(esc(c.criterionSource())).append(")</span>");
        h.append("</p>");
        h.append("<div class=\"verdict").append(c.certified() ? "" : " no").append("\">").append(esc(c.verdict())).append("</div>");
        h.append("<div class=\"chart\">").append(c.chartSvg()).append("</div>");
        h.append("<h2>Gold sessions in the order they were completed</h2><table><tr><th>#</th><th>Session</th>")
                .append("<th>Reference</th><th>Completed</th><th>Phase</th><th>Value</th><th>Result</th><th>Run</th></tr>");
        for (GoldRow r : c.rows()) {
            String cls = r.certifiedHere() ? " class=\"cert\"" : "fail".equals(r.result()) ? " class=\"fail\"" : "";
            h.append("<tr").append(cls).append("><td class=\"n\">").append(r.order()).append("</td><td>").append(esc(r.session()))
                    .append("</td><td>").append(esc(r.reference())).append("</td><td>").append(esc(r.completed()))
                    .append("</td><td>").append(esc(r.phase())).append("</td><td class=\"n\">").append(esc(r.value()))
                    .append("</td><td>").append(esc(r.result())).append(r.note() == null ? "" : " \u2014 " + esc(r.note()))
                    .append("</td><td class=\"n\">").append(r.run()).append("</td></tr>");
        }
        h.append("</table>");
        h.append("<h2>Methods</h2><p class=\"methods\">").append(esc(c.methods())).append("</p>");
        h.append("<div class=\"sign\"><div>Supervisor (name, signature)</div><div>Date</div></div>");
        h.append("<p class=\"foot\">Generated ").append(LocalDate.now()).append(" by Rapport from the project's gold sessions;")
                .append(" agreement is that of rapport agree --project for the rater and the reference on each session.</p>");
        return h.append("</body></html>\n").toString();
    }

    /** A rater's line of the drift report's table. */
    public record DriftRow(String rater, String against, String bin, int sessions, String mean, boolean flagged) {
    }

    /** What drift says when there is none to show: gold sessions a rater trains on are not drift. */
    public static final String NO_DRIFT_YET = "No drift to show yet: no rater has completed a calibration session (a"
            + " gold session after certification) or a session another rater completed too.";

    public static String drift(String codebookTitle, String codebookId, String criterion, String binning,
                               List<DriftRow> rows, List<String> flaggedRaters, String chartSvg) {
        StringBuilder h = head("Drift \u2014 " + codebookId);
        h.append("<h1>Rater drift</h1><p class=\"sub\">").append(esc(codebookTitle)).append(" \u00b7 codebook ")
                .append(esc(codebookId)).append(" \u00b7 ").append(esc(binning)).append("</p>");
        h.append("<p>Control limit: the training criterion, ").append(esc(criterion)).append(".</p>");
        if (rows.isEmpty()) {
            h.append("<div class=\"verdict\">").append(esc(NO_DRIFT_YET)).append("</div>");
            return h.append("</body></html>\n").toString();
        }
        h.append("<div class=\"verdict").append(flaggedRaters.isEmpty() ? "" : " no").append("\">")
                .append(flaggedRaters.isEmpty() ? "No rater's latest agreement is below the control limit."
                        : "Below the control limit in their latest period: " + esc(String.join(", ", flaggedRaters)) + ".")
                .append("</div>");
        h.append("<div class=\"chart\">").append(chartSvg).append("</div>");
        h.append("<h2>Agreement per period</h2><table><tr><th>Rater</th><th>Against</th><th>Period</th><th>Sessions</th>")
                .append("<th>Mean</th><th></th></tr>");
        for (DriftRow r : rows) {
            h.append("<tr").append(r.flagged() ? " class=\"fail\"" : "").append("><td>").append(esc(r.rater())).append("</td><td>")
                    .append(esc(r.against())).append("</td><td>").append(esc(r.bin())).append("</td><td class=\"n\">")
                    .append(r.sessions()).append("</td><td class=\"n\">").append(esc(r.mean())).append("</td><td>")
                    .append(r.flagged() ? "below the limit" : "").append("</td></tr>");
        }
        h.append("</table><p class=\"foot\">Generated ").append(LocalDate.now()).append(" by Rapport. A period's value is the")
                .append(" mean of its sessions' values; each session's is that of rapport agree --project for the rater and")
                .append(" the reference (gold sessions) or each other rater who completed it (the mean over them).</p>");
        return h.append("</body></html>\n").toString();
    }

    public static void write(String html, Output out) {
        HtmlPage.write(html, out, "page");
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(32_000).append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>").append(CSS).append("</style></head><body>");
    }

    private static String esc(String s) {
        return ReliabilityReport.esc(s);
    }
}
