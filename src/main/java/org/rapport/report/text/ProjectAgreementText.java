package org.rapport.report.text;

import java.io.PrintWriter;
import java.util.Locale;

import org.rapport.agreement.alignment.PrecisionRecall;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.project.ProjectAgreementResult.EventCounts;
import org.rapport.agreement.project.ProjectAgreementResult.PairPrecision;
import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult.Target;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.agreement.statistic.StatisticResult;

/** Prints a project's agreement results as plain text: every code, group, item, subscale and total. */
public final class ProjectAgreementText {
    private ProjectAgreementText() {
    }

    public static void print(PrintWriter out, ProjectAgreementResult r) {
        out.println("Inter-rater reliability: " + r.codebookTitle() + " (" + r.codebookId() + " v" + r.codebookVersion() + ")");
        out.println("  " + r.sessions().size() + " session(s); raters " + String.join(", ", r.raters()));
        out.println("  units " + r.alignment());
        for (Section s : r.sections()) {
            out.println();
            out.println(s.title());
            for (Target t : s.targets()) {
                out.println("  " + t.id() + "  n = " + t.units()
                        + (t.prevalence() == null ? "" : String.format(Locale.ROOT, ", prevalence %.1f%%", 100 * t.prevalence()))
                        + "  (" + t.label() + ")");
                for (Estimate e : t.estimates()) out.println("    " + estimate(e));
                for (EventCounts c : t.events()) {
                    out.println("    events " + c.raterA() + "–" + c.raterB() + ": " + c.matched() + " linked (" + c.sameCode()
                            + " same code), unlinked " + c.unmatchedA() + " + " + c.unmatchedB());
                }
                for (PairPrecision p : t.precision()) {
                    PrecisionRecall pr = p.counts();
                    if (pr.tp() + pr.fp() + pr.fn() == 0) continue;
                    out.println("    " + pr.code() + " " + p.raterA() + "–" + p.raterB() + ": precision " + opt(pr.precision())
                            + ", recall " + opt(pr.recall()) + ", F1 " + opt(pr.f1()) + " (tp " + pr.tp() + ", fp " + pr.fp()
                            + ", fn " + pr.fn() + ")");
                }
            }
        }
        out.println();
        out.println("Methods");
        out.println("  " + r.methodsParagraph());
        for (String ref : r.references()) out.println("  - " + ref);
        for (String n : r.notes()) out.println("note: " + n);
    }

    private static String estimate(Estimate e) {
        StatisticResult r = e.result();
        String head = String.format(Locale.ROOT, "%-38s %-16s", e.title() + (e.variant() == null ? "" : ", " + e.variant()), e.raters());
        if (r.value() == null) return head + " undefined: " + r.reason();
        StringBuilder b = new StringBuilder(head).append(String.format(Locale.ROOT, "%7.3f", r.value()));
        if (r.ci95() != null) b.append(String.format(Locale.ROOT, "  [%.3f, %.3f]", r.ci95().low(), r.ci95().high()));
        b.append("  n = ").append(r.units());
        if (e.degenerate() != null) {
            b.append("  not interpretable: ").append(e.degenerate());
        } else if (!r.interpretations().isEmpty()) {
            b.append("  ").append(r.interpretations().get(0).label()).append(" (").append(r.interpretations().get(0).scale()).append(")");
        }
        return b.toString();
    }

    private static String opt(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }
}
