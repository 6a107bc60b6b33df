package org.rapport.report.json;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY;
import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.rapport.agreement.alignment.PrecisionRecall;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.agreement.project.ProjectAgreementResult.Confusion;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.project.ProjectAgreementResult.EventCounts;
import org.rapport.agreement.project.ProjectAgreementResult.PairPrecision;
import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult.Target;

/**
 * The JSON of {@code rapport agree --project ... --json} (docs/unit-alignment.md). Each statistic is written as
 * {@link ResultJson} writes it for {@code --data}, with the raters it compares and its title added.
 */
@JsonPropertyOrder({"codebook", "codebook_version", "method", "alignment", "sessions", "raters", "sections",
        "methods_paragraph", "references", "notes"})
public record ProjectAgreementJson(String codebook, @JsonProperty("codebook_version") String codebookVersion,
                                   String method, String alignment, List<String> sessions, List<String> raters,
                                   List<SectionJson> sections,
                                   @JsonProperty("methods_paragraph") String methodsParagraph,
                                   List<String> references, List<String> notes) {

    public static ProjectAgreementJson of(ProjectAgreementResult r) {
        return new ProjectAgreementJson(r.codebookId(), r.codebookVersion(), r.method().key(), r.alignment(),
                r.sessions(), r.raters(), r.sections().stream().map(SectionJson::of).toList(), r.methodsParagraph(),
                r.references(), r.notes());
    }

    public static String write(ProjectAgreementResult r) {
        return Json.write(of(r));
    }

    @JsonPropertyOrder({"id", "title", "targets"})
    public record SectionJson(String id, String title, List<TargetJson> targets) {
        static SectionJson of(Section s) {
            return new SectionJson(s.id(), s.title(), s.targets().stream().map(TargetJson::of).toList());
        }
    }

    /** A code, group, item, subscale or total; the event-matching lists only under event matching. */
    @JsonPropertyOrder({"id", "label", "level", "units", "prevalence", "estimates", "confusion", "events",
            "precision_recall"})
    public record TargetJson(String id, String label, String level, int units,
                             @JsonInclude(NON_NULL) Double prevalence, List<EstimateJson> estimates,
                             @JsonInclude(NON_EMPTY) @JsonProperty("confusion") List<ConfusionJson> confusions,
                             @JsonInclude(NON_EMPTY) List<EventsJson> events,
                             @JsonInclude(NON_EMPTY) @JsonProperty("precision_recall") List<PrecisionJson> precision) {
        static TargetJson of(Target t) {
            return new TargetJson(t.id(), t.label(), t.level(), t.units(), t.prevalence(),
                    t.estimates().stream().map(EstimateJson::of).toList(),
                    t.confusions().stream().map(ConfusionJson::of).toList(),
                    t.events().stream().map(EventsJson::of).toList(),
                    t.precision().stream().map(PrecisionJson::of).toList());
        }
    }

    /**
     * A statistic for a pair of raters ("Ana–Ben") or for all raters: {@code comparison} and {@code title} before the
     * statistic's own keys. ("raters", a count, is the statistic's.)
     */
    public sealed interface EstimateJson permits PlainEstimateJson, LabelledEstimateJson {
        static EstimateJson of(Estimate e) {
            ResultJson result = ResultJson.of(e.result());
            return e.variant() == null ? new PlainEstimateJson(e.raters(), e.title(), e.degenerate(), result)
                    : new LabelledEstimateJson(e.raters(), e.title(), result.variant(), e.degenerate(), result);
        }
    }

    /** {@code degenerate}: why the value says nothing about agreement (then there is no interpretation); else absent. */
    @JsonPropertyOrder({"comparison", "title", "degenerate"})
    public record PlainEstimateJson(String comparison, String title, @JsonInclude(NON_NULL) String degenerate,
                                    @JsonUnwrapped ResultJson result) implements EstimateJson {
    }

    /**
     * An estimate labelled by event matching ("with unmatched", "matched only") has {@code variant} right after its
     * title. The value written there is the statistic's variant, as in every version so far: Light's kappa names the
     * label in it ("..., with unmatched"), Cohen's kappa of a pair does not (see docs/unit-alignment.md).
     */
    @JsonPropertyOrder({"comparison", "title", "variant", "degenerate"})
    public record LabelledEstimateJson(String comparison, String title, String variant,
                                       @JsonInclude(NON_NULL) String degenerate,
                                       @JsonUnwrapped @JsonIgnoreProperties("variant") ResultJson result)
            implements EstimateJson {
    }

    /** Counts of two raters' categories over the units both rated; rows are rater A's categories. */
    @JsonPropertyOrder({"rater_a", "rater_b", "categories", "counts"})
    public record ConfusionJson(@JsonProperty("rater_a") String raterA, @JsonProperty("rater_b") String raterB,
                                List<String> categories, int[][] counts) {
        static ConfusionJson of(Confusion c) {
            return new ConfusionJson(c.raterA(), c.raterB(), c.categories(), c.counts());
        }
    }

    /** Event matching of two raters: linked pairs and events left unlinked. */
    @JsonPropertyOrder({"rater_a", "rater_b", "matched", "matched_same_code", "unmatched_a", "unmatched_b"})
    public record EventsJson(@JsonProperty("rater_a") String raterA, @JsonProperty("rater_b") String raterB,
                             int matched, @JsonProperty("matched_same_code") int matchedSameCode,
                             @JsonProperty("unmatched_a") int unmatchedA, @JsonProperty("unmatched_b") int unmatchedB) {
        static EventsJson of(EventCounts c) {
            return new EventsJson(c.raterA(), c.raterB(), c.matched(), c.sameCode(), c.unmatchedA(), c.unmatchedB());
        }
    }

    /** Precision, recall and F1 of one code for one pair of raters (rater A as the reference). */
    @JsonPropertyOrder({"rater_a", "rater_b", "code", "tp", "fp", "fn", "precision", "recall", "f1"})
    public record PrecisionJson(@JsonProperty("rater_a") String raterA, @JsonProperty("rater_b") String raterB,
                                String code, int tp, int fp, int fn, Double precision, Double recall, Double f1) {
        static PrecisionJson of(PairPrecision p) {
            PrecisionRecall pr = p.counts();
            return new PrecisionJson(p.raterA(), p.raterB(), pr.code(), pr.tp(), pr.fp(), pr.fn(), pr.precision(),
                    pr.recall(), pr.f1());
        }
    }
}
