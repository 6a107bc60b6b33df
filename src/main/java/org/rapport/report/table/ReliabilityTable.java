package org.rapport.report.table;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.agreement.statistic.StatisticResult;

/**
 * A project's reliability as one flat table, one row per estimate: what the Reliability view shows and exports as
 * CSV. A degenerate estimate says why in {@code interpretation} (and has no band); an undefined one says why not.
 */
public final class ReliabilityTable {
    public static final List<String> COLUMNS = List.of("section", "target", "label", "statistic", "raters", "value",
            "ci_low", "ci_high", "units", "n_raters", "interpretation");

    /** One estimate; value and interval are null when undefined. */
    public record Row(String section, String target, String label, String statistic, String raters, Double value,
                      Double ciLow, Double ciHigh, int units, int nRaters, String interpretation, boolean degenerate) {
    }

    private ReliabilityTable() {
    }

    public static List<Row> rows(ProjectAgreementResult result) {
        List<Row> rows = new ArrayList<>();
        for (ProjectAgreementResult.Section s : result.sections()) {
            for (ProjectAgreementResult.Target t : s.targets()) {
                for (ProjectAgreementResult.Estimate e : t.estimates()) {
                    StatisticResult r = e.result();
                    String statistic = e.title() + (e.variant() == null ? "" : ", " + e.variant());
                    rows.add(new Row(s.title(), t.id(), t.label(), statistic, e.raters(), r.value(),
                            r.ci95() == null ? null : r.ci95().low(), r.ci95() == null ? null : r.ci95().high(),
                            r.units(), r.raters(), interpretation(e), e.degenerate() != null));
                }
            }
        }
        return rows;
    }

    /** The band with its scale, "not interpretable: why" for a degenerate value, "undefined: why" without a value. */
    public static String interpretation(ProjectAgreementResult.Estimate e) {
        StatisticResult r = e.result();
        if (!r.isDefined()) return "undefined: " + (r.reason() == null ? "no value" : r.reason());
        if (e.degenerate() != null) return "not interpretable: " + e.degenerate();
        if (r.interpretations().isEmpty()) return "";
        return r.interpretations().get(0).label() + " (" + r.interpretations().get(0).scale() + ")";
    }

    /** The rows as CSV with a header line (numbers with a point and up to four decimals, empty when undefined). */
    public static String csv(List<Row> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            p.printRecord(COLUMNS);
            for (Row r : rows) {
                p.printRecord(r.section(), r.target(), r.label(), r.statistic(), r.raters(), number(r.value()),
                        number(r.ciLow()), number(r.ciHigh()), r.units(), r.nRaters(), r.interpretation());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    public static String number(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
