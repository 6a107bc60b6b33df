package org.rapport.app.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.rapport.agreement.project.TrainingRun;
import org.rapport.app.Project;
import org.rapport.app.consensus.Decider;
import org.rapport.app.identity.Identity;
import org.rapport.app.reliability.ProjectAgreement;
import org.rapport.model.BadInputException;
import org.rapport.model.Limits;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Criterion;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.store.AssignmentRepository.Completion;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.store.TrainingRepository;
import org.rapport.store.TrainingRepository.Gold;

/**
 * Training to criterion, drift and the reliability sample (issue 14, decision 0015). All of it is the staff's:
 * which sessions are gold, who is certified and which sessions were drawn for a second rater is what observers must
 * not know, so every method refuses an identity that may not see others' work (on a server the database refuses
 * them the tables as well). Agreement is {@code agree --project}'s, for two raters on one session.
 */
public final class TrainingService {
    public static final String BY_MONTH = "month";
    public static final String BY_SESSIONS = "sessions";

    private final Project project;
    private final ProjectStore store;
    private final Identity identity;

    public TrainingService(Project project) {
        this.project = project;
        this.store = project.store();
        this.identity = project.identity();
    }

    /** Who acts on the command line: the rater named by --as (or the server login's), else the user running it. */
    public Decider acting() {
        return identity.rater() != null ? new Decider(identity.rater(), identity.rater().name()) : Decider.commandLine();
    }

    /** A gold session as listed: its reference and whether the reference has completed it. */
    public record GoldView(String session, String codebookId, String reference, String referenceRole, String markedBy,
                           Instant markedAt, boolean referenceComplete) {
    }

    /**
     * Marks a session gold for a codebook with its reference coder: a master or a consensus rater. Marking it again
     * changes the reference. Audited.
     */
    public GoldView markGold(String sessionName, String codebookId, String referenceName, Decider by) {
        identity.checkMaySeeOthers("mark gold sessions");
        Limits.checkText(null, null, "who marks it", by.name(), Limits.NAME, false);
        Codebook codebook = project.codebooks().current(codebookId);
        return store.inTransaction(tx -> {
            Session s = tx.sessions().byName(sessionName).orElseThrow(() -> noSession(sessionName));
            Rater ref = tx.raters().byName(referenceName).orElseThrow(() -> new BadInputException(store.location(), null,
                    "no rater named '" + referenceName + "' in the project (list them with: rapport raters)"));
            if (ref.role() != RaterRole.MASTER && ref.role() != RaterRole.CONSENSUS) {
                throw new BadInputException(store.location(), null, "'" + referenceName + "' is " + ref.role().key()
                        + ": the reference of a gold session is a master rater or a consensus");
            }
            Gold g = tx.training().markGold(s.id(), codebook.id(), ref.id(), by.name(), by.raterId());
            boolean complete = !tx.assignments().in(Selection.ALL.codebook(codebook.id()).session(s.id()).rater(ref.id()),
                    AssignmentStatus.COMPLETE).isEmpty();
            return new GoldView(s.name(), codebook.id(), ref.name(), ref.role().key(), g.markedBy(), g.markedAt(), complete);
        });
    }

    /** Takes a session's gold mark away (its codings stay). Audited. */
    public void unmarkGold(String sessionName, String codebookId, Decider by) {
        identity.checkMaySeeOthers("mark gold sessions");
        Codebook codebook = project.codebooks().current(codebookId);
        store.inTransaction(tx -> {
            Session s = tx.sessions().byName(sessionName).orElseThrow(() -> noSession(sessionName));
            if (!tx.training().unmarkGold(s.id(), codebook.id(), by.raterId())) {
                throw new BadInputException(store.location(), null, sessionName + " is not a gold session of "
                        + codebook.id());
            }
            return null;
        });
    }

    /** The gold sessions of a codebook, by session name. */
    public List<GoldView> gold(String codebookId) {
        identity.checkMaySeeOthers("list gold sessions");
        Codebook codebook = project.codebooks().current(codebookId);
        TrainingData d = TrainingData.read(store, codebook.id());
        List<GoldView> out = new ArrayList<>();
        for (Gold g : d.goldBySession().values()) {
            Rater ref = d.raters().get(g.referenceId());
            out.add(new GoldView(d.sessions().get(g.sessionId()).name(), codebook.id(), ref.name(), ref.role().key(),
                    g.markedBy(), g.markedAt(), d.completed(g.sessionId(), ref.id())));
        }
        out.sort(java.util.Comparator.comparing(GoldView::session));
        return out;
    }

    /** A rater's certification under a codebook: every gold session they completed, in completion order. */
    public Certification certify(String codebookId, String raterName) {
        identity.checkMaySeeOthers("see raters' training against gold sessions");
        Codebook codebook = project.codebooks().current(codebookId);
        Criterion criterion = criterionOf(codebook);
        TrainingData d = TrainingData.read(store, codebook.id());
        Rater rater = d.rater(raterName, store.location());
        if (!rater.role().isPerson()) {
            throw new BadInputException(store.location(), null, "'" + raterName + "' is a consensus rater, not a trainee");
        }
        PairAgreement pairs = new PairAgreement(new ProjectAgreement(project), codebook.id(), criterion);
        Certification c = certification(d, pairs, rater, criterion);
        return new Certification(c.rater(), codebook.id(), codebook.version(), codebook.title(), criterion, c.sessions(),
                c.certifiedIndex());
    }

    /** A rater's agreement with a gold session's reference, once the reference has completed the session. */
    private static PairAgreement.Result againstReference(TrainingData d, PairAgreement pairs, Session s, Rater rater,
                                                         Rater ref) {
        if (!d.completed(s.id(), ref.id())) {
            return PairAgreement.Result.notAssessed("the reference (" + ref.name() + ") has not completed this"
                    + " session yet");
        }
        return pairs.of(s.name(), rater.name(), ref.name());
    }

    /** A rater's gold sessions in completion order against their references, and where the run reached the criterion. */
    private static Certification certification(TrainingData d, PairAgreement pairs, Rater rater, Criterion criterion) {
        List<Completion> gold = d.completedBy(rater.id()).stream().filter(c -> {
            Gold g = d.goldBySession().get(c.sessionId());
            return g != null && g.referenceId() != rater.id();
        }).toList();
        List<PairAgreement.Result> results = new ArrayList<>();
        for (Completion c : gold) {
            Rater ref = d.raters().get(d.goldBySession().get(c.sessionId()).referenceId());
            results.add(againstReference(d, pairs, d.sessions().get(c.sessionId()), rater, ref));
        }
        List<Boolean> passes = results.stream().map(PairAgreement.Result::passed).toList();
        int[] runs = TrainingRun.runs(passes);
        int at = TrainingRun.certifiedAt(passes, criterion.consecutive());
        List<Certification.GoldResult> sessions = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Completion c = gold.get(i);
            PairAgreement.Result r = results.get(i);
            String ref = d.raters().get(d.goldBySession().get(c.sessionId()).referenceId()).name();
            sessions.add(new Certification.GoldResult(i + 1, d.sessions().get(c.sessionId()).name(), ref, c.completedAt(),
                    at >= 0 && i > at ? "calibration" : "training", r.value(), r.passed(), runs[i], r.reason(),
                    r.outcome() == null ? List.of() : r.outcome().targets(), r.breakdown()));
        }
        return new Certification(rater.name(), d.codebookId(), null, null, criterion, sessions, at);
    }

    /** The paragraph of a certificate. */
    public static String methodsParagraph(Certification c) {
        return ReliabilityMethods.certification(c);
    }

    /**
     * Drift: each rater's agreement over time (one rater, or every person who completed a session of the codebook).
     *
     * @param binning {@link #BY_MONTH} or {@link #BY_SESSIONS}
     * @param every   sessions per bin for {@link #BY_SESSIONS} (null: 5)
     */
    public Drift drift(String codebookId, String raterName, String binning, Integer every) {
        identity.checkMaySeeOthers("see raters' drift");
        String by = binning == null ? BY_MONTH : binning;
        if (!by.equals(BY_MONTH) && !by.equals(BY_SESSIONS)) {
            throw new BadInputException("--by must be month or sessions, not " + by);
        }
        if (every != null && !by.equals(BY_SESSIONS)) throw new BadInputException("--every applies to --by sessions only");
        int n = every == null ? 5 : every;
        if (n < 1 || n > 1000) throw new BadInputException("--every must be a number of sessions from 1 to 1000: " + n);
        Codebook codebook = project.codebooks().current(codebookId);
        Criterion criterion = criterionOf(codebook);
        TrainingData d = TrainingData.read(store, codebook.id());
        List<Rater> raters = new ArrayList<>();
        if (raterName != null) {
            Rater r = d.rater(raterName, store.location());
            if (!r.role().isPerson()) throw new BadInputException("'" + raterName + "' is a consensus rater, not a person");
            raters.add(r);
        } else {
            for (Rater r : d.raters().values()) {
                if (r.role().isPerson() && d.completions().stream().anyMatch(c -> c.raterId() == r.id())) raters.add(r);
            }
            raters.sort(java.util.Comparator.comparing(Rater::name));
        }
        PairAgreement pairs = new PairAgreement(new ProjectAgreement(project), codebook.id(), criterion);
        List<Drift.RaterDrift> out = new ArrayList<>();
        for (Rater r : raters) {
            Drift.RaterDrift rd = driftOf(d, pairs, r, criterion, by, n);
            // every rater's series, but without those who have none (a master who only made references)
            if (raterName != null || !rd.points().isEmpty()) out.add(rd);
        }
        return new Drift(codebook.id(), criterion, by, n, out);
    }

    /**
     * A rater's points: gold sessions after the one where they were certified (calibration; all of them while they
     * are not certified) against their reference, and double-coded sessions against the others who completed them.
     */
    private Drift.RaterDrift driftOf(TrainingData d, PairAgreement pairs, Rater r, Criterion criterion, String by, int n) {
        List<Drift.Point> points = new ArrayList<>();
        Certification training = certification(d, pairs, r, criterion);
        java.util.Set<String> trainingSessions = new java.util.HashSet<>();
        if (training.certified()) {
            for (Certification.GoldResult x : training.sessions()) if (x.phase().equals("training")) trainingSessions.add(x.session());
        }
        for (Completion c : d.completedBy(r.id())) {
            Session s = d.sessions().get(c.sessionId());
            Gold g = d.goldBySession().get(c.sessionId());
            if (g != null) {
                if (g.referenceId() == r.id() || trainingSessions.contains(s.name())) continue;
                Rater ref = d.raters().get(g.referenceId());
                PairAgreement.Result x = againstReference(d, pairs, s, r, ref);
                points.add(new Drift.Point(s.name(), c.completedAt(), Drift.REFERENCE, List.of(ref.name()), x.value(),
                        x.reason()));
                continue;
            }
            List<Rater> peers = d.otherPeopleWhoCompleted(s.id(), r.id());
            if (peers.isEmpty()) continue;
            List<Double> values = new ArrayList<>();
            String reason = null;
            for (Rater p : peers) {
                PairAgreement.Result x = pairs.of(s.name(), r.name(), p.name());
                if (x.value() != null) values.add(x.value());
                else if (reason == null) reason = x.reason();
            }
            Double mean = meanOrNull(values);
            points.add(new Drift.Point(s.name(), c.completedAt(), Drift.PEERS, peers.stream().map(Rater::name).toList(),
                    mean, mean == null ? reason : null));
        }
        return new Drift.RaterDrift(r.name(), points, bins(points, Drift.REFERENCE, criterion, by, n, d),
                bins(points, Drift.PEERS, criterion, by, n, d));
    }

    /** The points of one kind in bins: by the month they were completed, or by n in completion order. */
    private static List<Drift.Bin> bins(List<Drift.Point> points, String against, Criterion criterion, String by, int n,
                                        TrainingData d) {
        Map<String, List<Drift.Point>> bins = new LinkedHashMap<>();
        int i = 0;
        List<Drift.Point> kind = points.stream().filter(p -> p.against().equals(against)).toList();
        for (Drift.Point p : kind) {
            String label;
            if (by.equals(BY_MONTH)) {
                label = month(p, d);
            } else {
                int first = i / n * n + 1;
                label = first + "\u2013" + Math.min(first + n - 1, kind.size());
            }
            bins.computeIfAbsent(label, k -> new ArrayList<>()).add(p);
            i++;
        }
        List<Drift.Bin> out = new ArrayList<>();
        for (var e : bins.entrySet()) {
            List<Double> values = e.getValue().stream().map(Drift.Point::value).filter(Objects::nonNull).toList();
            Double mean = meanOrNull(values);
            out.add(new Drift.Bin(e.getKey(), values.size(), mean, mean != null && !criterion.meets(mean),
                    e.getValue().stream().map(Drift.Point::session).toList()));
        }
        return out;
    }

    private static Double meanOrNull(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The month a point was completed in (UTC); before schema 8 recorded it, the session's own date's month. */
    private static String month(Drift.Point p, TrainingData d) {
        if (p.completedAt() != null) return YearMonth.from(p.completedAt().atZone(ZoneOffset.UTC)).toString();
        LocalDate date = d.sessions().values().stream().filter(s -> s.name().equals(p.session())).findFirst()
                .map(Session::date).orElse(null);
        return date == null ? "undated" : YearMonth.from(date).toString();
    }

    /** What a reliability sample is asked for. */
    public record SampleRequest(String codebookId, double share, List<String> secondRaters, Long seed, String stratify,
                                boolean dryRun) {
        public SampleRequest {
            secondRaters = secondRaters == null ? List.of() : List.copyOf(secondRaters);
        }
    }

    /**
     * Draws the reliability sample of a codebook: round(share × n) sessions per stratum out of every session that is
     * not gold for the codebook, each assigned (not started) to the second rater with the fewest picks so far who is
     * not assigned to it already. Stored with its seed and strata and audited; a dry run only lists the pick.
     */
    public ReliabilitySample sample(SampleRequest req, Decider by) {
        identity.checkMaySeeOthers("draw the reliability sample");
        Limits.checkText(null, null, "who draws it", by.name(), Limits.NAME, false);
        if (!(req.share() > 0 && req.share() <= 1)) {
            throw new BadInputException("--share must be a share of sessions in (0, 1], e.g. 0.2: " + req.share());
        }
        if (req.stratify() != null && !SampleDraw.STRATA.containsKey(req.stratify())) {
            throw new BadInputException("--stratify must be client, therapist or session-number, not " + req.stratify());
        }
        List<String> names = req.secondRaters().stream().map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
        if (names.isEmpty()) throw new BadInputException("name the second rater(s): --second-rater NAME[,NAME...]");
        Codebook codebook = project.codebooks().current(req.codebookId());
        long seed = req.seed() != null ? req.seed() : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        TrainingData d = TrainingData.read(store, codebook.id());
        List<Rater> second = new ArrayList<>();
        for (String n : names) {
            Rater r = d.rater(n, store.location());
            if (!r.role().isPerson()) throw new BadInputException("'" + n + "' is a consensus rater: a second rater is a person");
            second.add(r);
        }
        Optional<TrainingRepository.Sample> existing = store.read(tx -> tx.training().sample(codebook.id()));
        if (existing.isPresent() && !req.dryRun()) {
            throw new BadInputException(store.location(), null, "the reliability sample of " + codebook.id()
                    + " was drawn already (seed " + existing.get().seed() + ", " + existing.get().picked().size()
                    + " sessions): see rapport sample --show");
        }
        List<Session> population = d.sessions().values().stream()
                .filter(s -> !d.goldBySession().containsKey(s.id())).toList();
        if (population.isEmpty()) {
            throw new BadInputException(store.location(), null, "no sessions to sample: the project has no sessions"
                    + " but gold ones");
        }
        List<SampleDraw.Stratum> strata = SampleDraw.draw(population, req.share(), seed, req.stratify());
        Map<Long, List<Long>> assigned = store.read(tx -> {
            Map<Long, List<Long>> m = new HashMap<>();
            for (Assignment a : tx.assignments().in(Selection.ALL.codebook(codebook.id()), null)) {
                m.computeIfAbsent(a.sessionId(), k -> new ArrayList<>()).add(a.raterId());
            }
            return m;
        });
        Map<Long, Integer> load = new HashMap<>();
        List<TrainingRepository.Picked> picked = new ArrayList<>();
        List<ReliabilitySample.Picked> view = new ArrayList<>();
        for (SampleDraw.Stratum st : strata) {
            for (Session s : st.picked()) {
                List<Long> already = assigned.getOrDefault(s.id(), List.of());
                Rater chosen = second.stream().filter(r -> !already.contains(r.id()))
                        .min(java.util.Comparator.comparingInt(r -> load.getOrDefault(r.id(), 0))).orElseThrow(() ->
                                new BadInputException(store.location(), null, "every second rater ("
                                        + String.join(", ", names) + ") is assigned to " + s.name() + " already: name"
                                        + " another with --second-rater"));
                load.merge(chosen.id(), 1, Integer::sum);
                picked.add(new TrainingRepository.Picked(s.id(), st.key(), st.sessions().size(), chosen.id()));
                view.add(new ReliabilitySample.Picked(s.name(), st.key(), chosen.name()));
            }
        }
        List<ReliabilitySample.Stratum> strataView = strata.stream()
                .map(st -> new ReliabilitySample.Stratum(st.key(), st.sessions().size(), st.picked().size())).toList();
        if (req.dryRun()) {
            return new ReliabilitySample(codebook.id(), req.share(), seed, req.stratify(), population.size(), strataView,
                    view, true, by.name(), null);
        }
        TrainingRepository.Sample stored = store.inTransaction(tx -> {
            TrainingRepository.Sample s = tx.training().insertSample(new TrainingRepository.Sample(0, codebook.id(),
                    req.share(), seed, req.stratify(), population.size(), by.name(), null, picked), by.raterId());
            for (TrainingRepository.Picked p : picked) {
                tx.assignments().addIfAbsent(new Assignment(p.sessionId(), p.secondRaterId(), codebook.id(),
                        AssignmentStatus.NOT_STARTED));
            }
            return s;
        });
        return new ReliabilitySample(codebook.id(), req.share(), seed, req.stratify(), population.size(), strataView, view,
                false, by.name(), stored.drawnAt());
    }

    /** The reliability sample drawn for a codebook, if any. */
    public Optional<ReliabilitySample> drawnSample(String codebookId) {
        identity.checkMaySeeOthers("see the reliability sample");
        Codebook codebook = project.codebooks().current(codebookId);
        TrainingData d = TrainingData.read(store, codebook.id());
        return store.read(tx -> tx.training().sample(codebook.id())).map(s -> {
            Map<String, int[]> strata = new LinkedHashMap<>();
            List<ReliabilitySample.Picked> view = new ArrayList<>();
            for (TrainingRepository.Picked p : s.picked()) {
                strata.computeIfAbsent(p.stratum(), k -> new int[] {p.stratumSize(), 0})[1]++;
                view.add(new ReliabilitySample.Picked(d.sessions().get(p.sessionId()).name(), p.stratum(),
                        d.raters().get(p.secondRaterId()).name()));
            }
            List<ReliabilitySample.Stratum> st = new ArrayList<>();
            strata.forEach((k, v) -> st.add(new ReliabilitySample.Stratum(k, v[0], v[1])));
            return new ReliabilitySample(s.codebookId(), s.share(), s.seed(), s.stratify(), s.population(), st, view, false,
                    s.drawnBy(), s.drawnAt());
        });
    }

    private Criterion criterionOf(Codebook codebook) {
        if (codebook.criterion() == null) {
            throw new BadInputException(store.location(), null, "codebook " + codebook.id() + " v" + codebook.version()
                    + " states no training criterion: add criterion: to it under a new version (docs/codebook-format.md,"
                    + " \"Training criterion\") and add it with rapport codebook add");
        }
        return codebook.criterion();
    }

    private BadInputException noSession(String name) {
        return new BadInputException(store.location(), null, "no session named '" + name + "' (list them with: rapport"
                + " sessions)");
    }
}
