package org.rapport.report.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rapport.agreement.alignment.PrecisionRecall;
import org.rapport.agreement.project.ProjectAgreementResult.Confusion;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.project.ProjectAgreementResult.EventCounts;
import org.rapport.agreement.project.ProjectAgreementResult.PairPrecision;
import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult.Target;
import org.rapport.agreement.project.ProjectAgreementResult;

/**
 * The JSON of {@code rapport agree --project ... --json} (docs/unit-alignment.md). Each statistic is written as
 * {@link ResultJson} writes it for {@code --data}, with the raters it compares and its variant added.
 */
public final class ProjectAgreementJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectAgreementJson() {
    }

    public static String write(ProjectAgreementResult r) {
        try {
            return MAPPER.writeValueAsString(toMap(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static Map<String, Object> toMap(ProjectAgreementResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("codebook", r.codebookId());
        m.put("codebook_version", r.codebookVersion());
        m.put("method", r.method().key());
        m.put("alignment", r.alignment());
        m.put("sessions", r.sessions());
        m.put("raters", r.raters());
        List<Object> sections = new ArrayList<>();
        for (Section s : r.sections()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", s.id());
            sm.put("title", s.title());
            List<Object> targets = new ArrayList<>();
            for (Target t : s.targets()) targets.add(target(t));
            sm.put("targets", targets);
            sections.add(sm);
        }
        m.put("sections", sections);
        m.put("methods_paragraph", r.methodsParagraph());
        m.put("references", r.references());
        m.put("notes", r.notes());
        return m;
    }

    private static Map<String, Object> target(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("label", t.label());
        m.put("level", t.level());
        m.put("units", t.units());
        if (t.prevalence() != null) m.put("prevalence", t.prevalence());
        List<Object> estimates = new ArrayList<>();
        for (Estimate e : t.estimates()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("comparison", e.raters()); // "Ana–Ben" or "all raters"; "raters" (a count) comes from ResultJson
            em.put("title", e.title());
            if (e.variant() != null) em.put("variant", e.variant());
            em.putAll(ResultJson.toMap(e.result()));
            estimates.add(em);
        }
        m.put("estimates", estimates);
        if (!t.confusions().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (Confusion c : t.confusions()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("rater_a", c.raterA());
                cm.put("rater_b", c.raterB());
                cm.put("categories", c.categories());
                cm.put("counts", c.counts());
                list.add(cm);
            }
            m.put("confusion", list);
        }
        if (!t.events().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (EventCounts c : t.events()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("rater_a", c.raterA());
                cm.put("rater_b", c.raterB());
                cm.put("matched", c.matched());
                cm.put("matched_same_code", c.sameCode());
                cm.put("unmatched_a", c.unmatchedA());
                cm.put("unmatched_b", c.unmatchedB());
                list.add(cm);
            }
            m.put("events", list);
        }
        if (!t.precision().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (PairPrecision p : t.precision()) {
                PrecisionRecall pr = p.counts();
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("rater_a", p.raterA());
                pm.put("rater_b", p.raterB());
                pm.put("code", pr.code());
                pm.put("tp", pr.tp());
                pm.put("fp", pr.fp());
                pm.put("fn", pr.fn());
                pm.put("precision", pr.precision());
                pm.put("recall", pr.recall());
                pm.put("f1", pr.f1());
                list.add(pm);
            }
            m.put("precision_recall", list);
        }
        return m;
    }
}
