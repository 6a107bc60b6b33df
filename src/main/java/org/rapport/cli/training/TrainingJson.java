package org.rapport.cli.training;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.rapport.agreement.project.CriterionCheck;
import org.rapport.app.training.Certification;
import org.rapport.app.training.Drift;
import org.rapport.app.training.ReliabilitySample;
import org.rapport.app.training.TrainingService;
import org.rapport.model.codebook.Criterion;

/** The JSON of certify, drift and sample (docs/workspace.md "Training, drift and the reliability sample"). */
final class TrainingJson {
    private TrainingJson() {
    }

    @JsonPropertyOrder({"statistic", "of", "target", "min", "consecutive", "source", "text"})
    record CriterionJson(String statistic, String of, String target, double min, int consecutive, String source,
                         String text) {
        static CriterionJson of(Criterion c) {
            return new CriterionJson(c.statistic().key(), c.of(), c.target(), c.min(), c.consecutive(), c.note(),
                    c.describe());
        }
    }

    @JsonPropertyOrder({"part", "id", "label", "statistic", "value", "undefined", "degenerate"})
    record ValueJson(String part, String id, String label, String statistic, Double value, String undefined,
                     String degenerate) {
        static List<ValueJson> of(List<CriterionCheck.Value> values) {
            return values.stream().map(v -> new ValueJson(v.part(), v.id(), v.label(), v.statistic(), v.value(),
                    v.undefined(), v.degenerate())).toList();
        }
    }

    @JsonPropertyOrder({"order", "session", "reference", "completed_at", "phase", "value", "pass", "run", "reason",
            "criterion_targets", "statistics"})
    record GoldJson(int order, String session, String reference, @JsonProperty("completed_at") String completedAt,
                    String phase, Double value, Boolean pass, int run, String reason,
                    @JsonProperty("criterion_targets") List<ValueJson> criterionTargets, List<ValueJson> statistics) {
    }

    @JsonPropertyOrder({"session", "order", "completed_at"})
    record ReachedJson(String session, int order, @JsonProperty("completed_at") String completedAt) {
    }

    @JsonPropertyOrder({"rater", "codebook", "codebook_version", "criterion", "sessions", "certified", "certified_at",
            "methods"})
    record CertificationJson(String rater, String codebook, @JsonProperty("codebook_version") String codebookVersion,
                             CriterionJson criterion, List<GoldJson> sessions, boolean certified,
                             @JsonProperty("certified_at") ReachedJson certifiedAt, String methods) {
    }

    static CertificationJson of(Certification c) {
        List<GoldJson> sessions = c.sessions().stream().map(s -> new GoldJson(s.order(), s.session(), s.reference(),
                time(s.completedAt()), s.phase(), s.value(), s.passed(), s.run(), s.reason(), ValueJson.of(s.targets()),
                ValueJson.of(s.breakdown()))).toList();
        Certification.GoldResult at = c.certifiedAt();
        return new CertificationJson(c.rater(), c.codebookId(), c.codebookVersion(), CriterionJson.of(c.criterion()),
                sessions, c.certified(), at == null ? null : new ReachedJson(at.session(), at.order(), time(at.completedAt())),
                TrainingService.methodsParagraph(c));
    }

    @JsonPropertyOrder({"session", "completed_at", "against", "partners", "value", "reason"})
    record PointJson(String session, @JsonProperty("completed_at") String completedAt, String against,
                     List<String> partners, Double value, String reason) {
    }

    @JsonPropertyOrder({"label", "sessions", "mean", "flagged", "session_names"})
    record BinJson(String label, int sessions, Double mean, boolean flagged,
                   @JsonProperty("session_names") List<String> sessionNames) {
        static List<BinJson> of(List<Drift.Bin> bins) {
            return bins.stream().map(b -> new BinJson(b.label(), b.sessions(), b.mean(), b.flagged(), b.sessionNames()))
                    .toList();
        }
    }

    @JsonPropertyOrder({"rater", "flagged", "reference", "peers", "points"})
    record RaterDriftJson(String rater, boolean flagged, List<BinJson> reference, List<BinJson> peers,
                          List<PointJson> points) {
    }

    @JsonPropertyOrder({"codebook", "criterion", "control_limit", "by", "every", "raters"})
    record DriftJson(String codebook, CriterionJson criterion, @JsonProperty("control_limit") double controlLimit,
                     String by, Integer every, List<RaterDriftJson> raters) {
    }

    static DriftJson of(Drift d) {
        List<RaterDriftJson> raters = d.raters().stream().map(r -> new RaterDriftJson(r.rater(), r.flagged(),
                BinJson.of(r.reference()), BinJson.of(r.peers()), r.points().stream().map(p -> new PointJson(p.session(),
                time(p.completedAt()), p.against(), p.partners(), p.value(), p.reason())).toList())).toList();
        return new DriftJson(d.codebookId(), CriterionJson.of(d.criterion()), d.controlLimit(), d.binning(),
                d.binning().equals(TrainingService.BY_SESSIONS) ? d.every() : null, raters);
    }

    @JsonPropertyOrder({"stratum", "size", "picked"})
    record StratumJson(String stratum, int size, int picked) {
    }

    @JsonPropertyOrder({"session", "stratum", "second_rater"})
    record PickedJson(String session, String stratum, @JsonProperty("second_rater") String secondRater) {
    }

    @JsonPropertyOrder({"codebook", "share", "seed", "stratify", "population", "k", "dry_run", "drawn_by", "drawn_at",
            "strata", "sessions", "methods"})
    record SampleJson(String codebook, double share, long seed, String stratify, int population, int k,
                      @JsonProperty("dry_run") boolean dryRun, @JsonProperty("drawn_by") String drawnBy,
                      @JsonProperty("drawn_at") String drawnAt, List<StratumJson> strata, List<PickedJson> sessions,
                      String methods) {
    }

    static SampleJson of(ReliabilitySample s) {
        return new SampleJson(s.codebookId(), s.share(), s.seed(), s.stratify(), s.population(), s.picked().size(),
                s.dryRun(), s.drawnBy(), time(s.drawnAt()), s.strata().stream().map(x -> new StratumJson(x.key(), x.size(),
                x.picked())).toList(), s.picked().stream().map(p -> new PickedJson(p.session(), p.stratum(), p.secondRater()))
                .toList(), s.methodsSentence());
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
