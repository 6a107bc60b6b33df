package org.rapport.report.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rapport.agreement.statistic.Interpretation;
import org.rapport.agreement.statistic.StatisticResult;

/**
 * The JSON contract of {@code rapport agree --json} (docs/statistics.md): other tools read it, so names do not drift.
 * {@code value} is always present (null when undefined, then with {@code reason}); other keys only when they apply.
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    public static Map<String, Object> toMap(StatisticResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", r.statistic());
        m.put("variant", r.variant());
        m.put("value", r.value());
        if (r.value() == null) m.put("reason", r.reason());
        m.put("units", r.units());
        m.put("units_total", r.unitsTotal());
        m.put("raters", r.raters());
        putIf(m, "se", r.se());
        if (r.ci95() != null) {
            m.put("ci95", List.of(r.ci95().low(), r.ci95().high()));
            m.put("ci_method", r.ciMethod());
        }
        putIf(m, "f", r.f());
        putIf(m, "df1", r.df1());
        putIf(m, "df2", r.df2());
        putIf(m, "z", r.z());
        putIf(m, "t", r.t());
        putIf(m, "df", r.tDf());
        putIf(m, "p", r.p());
        if (r.test() != null) m.put("test", r.test());
        putIf(m, "pa", r.pa());
        putIf(m, "pe", r.pe());
        if (!r.perCategory().isEmpty()) m.put("per_category", r.perCategory());
        if (!r.interpretations().isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (Interpretation i : r.interpretations()) {
                Map<String, String> x = new LinkedHashMap<>();
                x.put("label", i.label());
                x.put("scale", i.scale());
                x.put("source", i.source());
                list.add(x);
            }
            m.put("interpretation", list);
        }
        if (!r.notes().isEmpty()) m.put("notes", r.notes());
        return m;
    }

    public static String write(StatisticResult r) {
        try {
            return MAPPER.writeValueAsString(toMap(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void putIf(Map<String, Object> m, String key, Double v) {
        if (v != null) m.put(key, v);
    }
}
