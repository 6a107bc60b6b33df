package org.rapport.report.json;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.rapport.agreement.project.Disagreement;

/**
 * One object of {@code rapport disagreements --json} (docs/unit-alignment.md): {@code code} or {@code item},
 * {@code utterance} only where the units are utterances, and {@code values} rater → value or null (an item's values
 * as numbers).
 */
@JsonPropertyOrder({"session", "code", "item", "start_ms", "end_ms", "utterance", "values"})
public record DisagreementJson(String session, @JsonInclude(NON_NULL) String code, @JsonInclude(NON_NULL) String item,
                               @JsonProperty("start_ms") long startMs, @JsonProperty("end_ms") long endMs,
                               @JsonInclude(NON_NULL) Integer utterance, Map<String, Object> values) {

    public static DisagreementJson of(Disagreement d) {
        Map<String, Object> values = new LinkedHashMap<>();
        d.values().forEach((rater, v) -> values.put(rater, v == null || d.item() == null ? v : number(v)));
        return new DisagreementJson(d.session(), d.code(), d.item(), d.startMs(), d.endMs(), d.utterance(), values);
    }

    public static String write(List<Disagreement> all) {
        return Json.write(all.stream().map(DisagreementJson::of).toList());
    }

    /** "4" as 4, "4.5" as 4.5. */
    private static Number number(String v) {
        double x = Double.parseDouble(v);
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? (Number) (long) x : (Number) x;
    }
}
