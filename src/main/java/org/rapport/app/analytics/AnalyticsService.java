package org.rapport.app.analytics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapport.analytics.Analytics;
import org.rapport.analytics.AnalyticsOptions;
import org.rapport.analytics.AnalyticsResult;
import org.rapport.analytics.Perspective;
import org.rapport.analytics.SessionData;
import org.rapport.analytics.Skipped;
import org.rapport.analytics.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rapport.app.FileAccess;
import org.rapport.app.OutputGuard;
import org.rapport.app.codebook.CodebookService;
import org.rapport.report.table.AnalyticsTables;
import org.rapport.report.table.DataTable;
import org.rapport.transcript.LongCsv;
import org.rapport.transcript.Output;
import org.rapport.app.identity.Identity;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Consensus;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.store.Transaction;

/**
 * Reads what the analytics need and computes them (docs/analytics.md). Each session rests on one source: its settled
 * consensus under the codebook, otherwise the chosen rater; a session with neither is listed as skipped with the
 * reason. The observer's alliance questionnaire follows the same rule under its own codebook; self-reports are the
 * ratings of raters of role client and therapist. Analytics show every rater's work, so only staff run them.
 */
public final class AnalyticsService {
    private final ProjectStore store;
    private final CodebookService codebooks;
    private final Identity identity;
    private final OutputGuard outputs;

    public AnalyticsService(ProjectStore store, CodebookService codebooks, Identity identity, OutputGuard outputs) {
        this.store = store;
        this.codebooks = codebooks;
        this.identity = identity;
        this.outputs = outputs;
    }

    /**
     * Writes the analytics' tables as CSV files into a folder (made when missing): sessions, segments, episodes,
     * sequences and the long table for a multilevel model (docs/analytics.md, "Files").
     *
     * @return the files written
     */
    public List<Path> writeTables(AnalyticsResult result, Path folder) {
        Output where = outputs.checked(new Output.ToFile(folder.resolve("sessions.csv")));
        FileAccess.writing(where, () -> Files.createDirectories(folder));
        List<Path> written = new ArrayList<>();
        for (var e : AnalyticsTables.all(result).entrySet()) {
            Output out = outputs.checked(new Output.ToFile(folder.resolve(e.getKey())));
            DataTable t = e.getValue();
            FileAccess.writing(out, () -> LongCsv.write(out, t.names(), t.rows()));
            written.add(folder.resolve(e.getKey()));
        }
        return written;
    }

    /** Writes a report (HTML) to a file outside the project folder. */
    public void writeReport(String html, Path file) {
        Output out = outputs.checked(new Output.ToFile(file));
        byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FileAccess.writing(out, () -> out.write(stream -> stream.write(bytes)));
    }

    public AnalyticsResult compute(AnalyticsRequest request) {
        request.check();
        identity.checkMaySeeOthers("compute analytics of raters' codings and ratings");
        Codebook codebook = codebooks.current(request.codebook());
        Map<Perspective, Codebook> questionnaires = new EnumMap<>(Perspective.class);
        optionalCodebook(request.alliance(), AnalyticsRequest.DEFAULT_ALLIANCE)
                .ifPresent(cb -> questionnaires.put(Perspective.OBSERVER, cb));
        optionalCodebook(request.selfReport(), AnalyticsRequest.DEFAULT_SELF_REPORT).ifPresent(cb -> {
            questionnaires.put(Perspective.CLIENT, cb);
            questionnaires.put(Perspective.THERAPIST, cb);
        });
        List<String> notes = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<SessionData> data = store.read(tx -> read(tx, request, codebook, questionnaires, skipped, notes));
        AnalyticsResult computed = Analytics.compute(codebook, questionnaires, data, skipped,
                new AnalyticsOptions(request.windowMs()));
        notes.addAll(computed.notes());
        return new AnalyticsResult(computed.codebook(), computed.options(), computed.sessions(), computed.trajectories(),
                computed.skipped(), notes);
    }

    /** A named codebook must be there; the default is used only when the project has it. */
    private Optional<Codebook> optionalCodebook(String named, String fallback) {
        if (named != null) return Optional.of(codebooks.current(named));
        return codebooks.current().stream().filter(c -> c.id().equals(fallback)).findFirst();
    }

    private List<SessionData> read(Transaction tx, AnalyticsRequest request, Codebook codebook,
                                   Map<Perspective, Codebook> questionnaires, List<Skipped> skipped, List<String> notes) {
        Map<Long, Rater> raters = new HashMap<>();
        for (Rater r : tx.raters().all()) raters.put(r.id(), r);
        Rater chosen = null;
        if (request.rater() != null) {
            chosen = tx.raters().byName(request.rater().strip()).orElseThrow(() -> new BadInputException(store.location(),
                    null, "no rater named '" + request.rater() + "' (list them with: rapport raters)"));
            if (!chosen.role().isPerson()) {
                throw new BadInputException("--rater " + chosen.name() + (chosen.role().isSelfReport()
                        ? " holds " + chosen.role().key() + " self-reports: name the rater whose codings count"
                        : " is a consensus rater: a settled consensus is used without naming it"));
            }
        }
        List<Session> sessions = tx.sessions().all().stream()
                .filter(s -> request.client() == null || request.client().equals(s.clientId())).toList();
        if (request.client() != null && sessions.isEmpty()) {
            throw new BadInputException(store.location(), null, "no session of client '" + request.client() + "'");
        }
        List<SessionData> out = new ArrayList<>();
        for (Session s : sessions) {
            Optional<SourceRead> coding = source(tx, s, codebook.id(), chosen, request.consensusOnly(), raters);
            if (coding.isEmpty()) {
                skipped.add(new Skipped(s.name(), whySkipped(tx, s, codebook.id(), chosen, request.consensusOnly())));
                continue;
            }
            SourceRead src = coding.get();
            if (src.note() != null) notes.add(src.note());
            List<Coding> codings = tx.codings().forSession(s.id(), src.rater().id()).stream()
                    .filter(k -> k.codebookId().equals(codebook.id())).toList();
            List<Rating> ratings = ratingsOf(tx, s, src.rater().id(), codebook.id());
            Map<Perspective, List<Rating>> alliance = new EnumMap<>(Perspective.class);
            Codebook observer = questionnaires.get(Perspective.OBSERVER);
            if (observer != null) {
                source(tx, s, observer.id(), chosen, request.consensusOnly(), raters).ifPresent(a -> {
                    alliance.put(Perspective.OBSERVER, ratingsOf(tx, s, a.rater().id(), observer.id()));
                    if (a.rater().id() != src.rater().id()) {
                        notes.add(s.name() + ": " + observer.id() + " from " + a.source().label() + ", "
                                + codebook.id() + " from " + src.source().label());
                    }
                });
            }
            Codebook selfReport = questionnaires.get(Perspective.CLIENT);
            if (selfReport != null) {
                selfReports(tx, s, selfReport.id(), RaterRole.CLIENT, raters, notes)
                        .ifPresent(r -> alliance.put(Perspective.CLIENT, r));
                selfReports(tx, s, selfReport.id(), RaterRole.THERAPIST, raters, notes)
                        .ifPresent(r -> alliance.put(Perspective.THERAPIST, r));
            }
            out.add(new SessionData(s, src.source(), codings, ratings, alliance));
        }
        return out;
    }

    /** A session's source under a codebook and the rater holding it, with a note when the rater stands in. */
    private record SourceRead(Source source, Rater rater, String note) {
    }

    private static Optional<SourceRead> source(Transaction tx, Session s, String codebookId, Rater chosen,
                                               boolean consensusOnly, Map<Long, Rater> raters) {
        Optional<Consensus> consensus = tx.consensus().of(s.id(), codebookId);
        String unsettled = null;
        if (consensus.isPresent()) {
            long open = tx.consensus().items(consensus.get().id()).stream().filter(i -> i.isOpen()).count();
            Rater holder = raters.get(consensus.get().raterId());
            if (open == 0) return Optional.of(new SourceRead(Source.consensus(holder.name()), holder, null));
            unsettled = s.name() + ": the consensus under " + codebookId + " has " + open + " open item(s)";
        }
        if (consensusOnly || chosen == null || !worked(tx, s, codebookId, chosen)) return Optional.empty();
        return Optional.of(new SourceRead(Source.rater(chosen.name()), chosen,
                unsettled == null ? null : unsettled + ": rater " + chosen.name() + " used instead"));
    }

    /** True when the rater coded or rated the session under the codebook, or completed its assignment (nothing found). */
    private static boolean worked(Transaction tx, Session s, String codebookId, Rater r) {
        if (tx.codings().forSession(s.id(), r.id()).stream().anyMatch(k -> k.codebookId().equals(codebookId))) return true;
        if (tx.ratings().forSession(s.id(), r.id()).stream().anyMatch(k -> k.codebookId().equals(codebookId))) return true;
        return !tx.assignments().in(Selection.ALL.codebook(codebookId).session(s.id()).rater(r.id()),
                AssignmentStatus.COMPLETE).isEmpty();
    }

    private static String whySkipped(Transaction tx, Session s, String codebookId, Rater chosen, boolean consensusOnly) {
        Optional<Consensus> consensus = tx.consensus().of(s.id(), codebookId);
        String about = consensus.isPresent() ? "its consensus under " + codebookId + " is not settled"
                : "no consensus under " + codebookId;
        if (consensusOnly) return about + " (--consensus)";
        if (chosen == null) return about + " and no rater chosen (--rater NAME)";
        return about + " and " + chosen.name() + " did not code it with " + codebookId;
    }

    private static List<Rating> ratingsOf(Transaction tx, Session s, long raterId, String codebookId) {
        return tx.ratings().forSession(s.id(), raterId).stream().filter(r -> r.codebookId().equals(codebookId)).toList();
    }

    /** The self-report of one perspective: one rater of the role rated the session, never two mixed. */
    private static Optional<List<Rating>> selfReports(Transaction tx, Session s, String codebookId, RaterRole role,
                                                      Map<Long, Rater> raters, List<String> notes) {
        List<Rating> all = tx.ratings().in(Selection.ALL.codebook(codebookId).session(s.id())).stream()
                .filter(r -> raters.get(r.raterId()).role() == role).toList();
        if (all.isEmpty()) return Optional.empty();
        List<Long> who = all.stream().map(Rating::raterId).distinct().toList();
        if (who.size() > 1) {
            notes.add(s.name() + ": " + who.size() + " " + role.key() + " raters rated " + codebookId + " ("
                    + String.join(", ", who.stream().map(id -> raters.get(id).name()).toList()) + "): left out, not mixed");
            return Optional.empty();
        }
        return Optional.of(all);
    }
}
