package org.rapport.report.json;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY;
import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.rapport.agreement.statistic.Interpretation;
import org.rapport.agreement.statistic.StatisticResult;

/**
 * The JSON contract of {@code rapport agree --json} (docs/statistics.md): other tools read it, so names do not drift.
 * {@code value} is always present (null when undefined, then with {@code reason}); other keys only when they apply.
 */
@JsonPropertyOrder({"statistic", "variant", "value", "reason", "units", "units_total", "raters", "se", "ci95",
        "ci_method", "f", "df1", "df2", "z", "t", "df", "p", "test", "pa", "pe", "per_category", "interpretation", "notes"})
public record ResultJson(String statistic, String variant, Double value, @JsonInclude(NON_NULL) String reason,
                         int units, @JsonProperty("units_total") int unitsTotal, int raters,
                         @JsonInclude(NON_NULL) Double se, @JsonInclude(NON_NULL) List<Double> ci95,
                         @JsonInclude(NON_NULL) @JsonProperty("ci_method") String ciMethod,
                         @JsonInclude(NON_NULL) Double f, @JsonInclude(NON_NULL) Double df1,
                         @JsonInclude(NON_NULL) Double df2, @JsonInclude(NON_NULL) Double z,
                         @JsonInclude(NON_NULL) Double t, @JsonInclude(NON_NULL) @JsonProperty("df") Double tDf,
                         @JsonInclude(NON_NULL) Double p, @JsonInclude(NON_NULL) String test,
                         @JsonInclude(NON_NULL) Double pa, @JsonInclude(NON_NULL) Double pe,
                         @JsonInclude(NON_EMPTY) @JsonProperty("per_category") Map<String, Double> perCategory,
                         @JsonInclude(NON_EMPTY) @JsonProperty("interpretation") List<InterpretationJson> interpretations,
                         @JsonInclude(NON_EMPTY) List<String> notes) {

    /** A benchmark label with the scale and the work it comes from. */
    @JsonPropertyOrder({"label", "scale", "source"})
    public record InterpretationJson(String label, String scale, String source) {
        static InterpretationJson of(Interpretation i) {
            return new InterpretationJson(i.label(), i.scale(), i.source());
        }
    }

    public static ResultJson of(StatisticResult r) {
        boolean interval = r.ci95() != null;
        return new ResultJson(r.statistic(), r.variant(), r.value(), r.value() == null ? r.reason() : null, r.units(),
                r.unitsTotal(), r.raters(), r.se(), interval ? List.of(r.ci95().low(), r.ci95().high()) : null,
                interval ? r.ciMethod() : null, r.f(), r.df1(), r.df2(), r.z(), r.t(), r.tDf(), r.p(), r.test(), r.pa(),
                r.pe(), r.perCategory(), r.interpretations().stream().map(InterpretationJson::of).toList(), r.notes());
    }

    public static String write(StatisticResult r) {
        return Json.write(of(r));
    }
}
