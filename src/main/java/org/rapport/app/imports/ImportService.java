package org.rapport.app.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.app.FileAccess;
import org.rapport.app.codebook.CodebookService;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.SessionSummary;
import org.rapport.app.session.TranscriptChangeListener;
import org.rapport.media.MediaProbe;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.store.ProjectStore;
import org.rapport.store.RaterRepository;
import org.rapport.store.Selection;
import org.rapport.store.SessionRepository;
import org.rapport.store.Transaction;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.TranscriptRead;
import org.rapport.transcript.Transcripts;
import org.rapport.transcript.coding.CodingCsv;
import org.rapport.transcript.coding.CodingEafReader;
import org.rapport.transcript.coding.CodingRow;
import org.rapport.transcript.coding.RatingCsv;
import org.rapport.transcript.coding.RatingRow;

/**
 * Imports sessions, codings and ratings. Every import is all-or-nothing: everything is read and checked first,
 * then written in one transaction, so bad input leaves the project exactly as it was.
 */
public final class ImportService {
    /** A transcript may run past the media by this much before we warn (cue rounding, trailing silence). */
    private static final long MEDIA_SLACK_MS = 1_000;

    private final ProjectStore store;
    private final CodebookService codebooks;
    private final SessionService sessions;
    private final TranscriptChangeListener transcriptChanges;

    public ImportService(ProjectStore store, CodebookService codebooks, SessionService sessions,
                  TranscriptChangeListener transcriptChanges) {
        this.store = store;
        this.codebooks = codebooks;
        this.sessions = sessions;
        this.transcriptChanges = transcriptChanges;
    }

    public ImportResult importSession(SessionImport req) {
        PreparedSession prepared = prepare(req);
        Session stored = store.inTransaction(tx -> {
            refuseTakenName(tx.sessions(), prepared.draft().name());
            return insert(tx, prepared);
        });
        transcriptChanges.transcriptChanged(stored.id());
        return new ImportResult(prepared.summary(stored), 1, 0, prepared.warnings());
    }

    /**
     * Imports many sessions in one step: every transcript and recording is read and checked first, and if any has
     * a problem every problem is reported (file:line: problem, up to {@link #BATCH_PROBLEMS_LISTED}) and nothing is
     * imported; otherwise all of them are written in one transaction.
     */
    public BatchImportResult importSessions(List<SessionImport> requests, ImportProgress progress) {
        if (requests.isEmpty()) throw new BadInputException("no sessions to import");
        ImportProgress report = progress == null ? ImportProgress.NONE : progress;
        List<PreparedSession> prepared = new ArrayList<>();
        List<BadInputException> problems = new ArrayList<>();
        Map<String, String> fileOfName = new HashMap<>();
        int failedFiles = 0;
        for (int i = 0; i < requests.size(); i++) {
            SessionImport req = requests.get(i);
            report.step(ImportProgress.Phase.READ, i, requests.size(), req.transcript().toString());
            int before = problems.size();
            String name = req.name() == null ? "" : req.name().strip();
            String earlier = name.isEmpty() ? null : fileOfName.putIfAbsent(name, req.transcript().toString());
            if (earlier != null) {
                problems.add(new BadInputException(req.transcript().toString(), null, "the session name '" + name
                        + "' is also given to " + earlier + " (names are unique in a project)"));
            }
            try {
                prepared.add(prepare(req));
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            }
            if (problems.size() > before) failedFiles++;
        }
        report.step(ImportProgress.Phase.READ, requests.size(), requests.size(), null);
        if (problems.isEmpty()) {
            store.read(tx -> {
                for (PreparedSession p : prepared) {
                    if (tx.sessions().byName(p.draft().name()).isPresent()) {
                        problems.add(new BadInputException(p.file().toString(), null, "a session named '"
                                + p.draft().name() + "' exists already in " + store.location()));
                    }
                }
                return null;
            });
            failedFiles = problems.size();
        }
        if (!problems.isEmpty()) throw batchProblems(problems, failedFiles, requests.size());
        List<Session> stored = store.inTransaction(tx -> {
            List<Session> out = new ArrayList<>();
            for (PreparedSession p : prepared) {
                refuseTakenName(tx.sessions(), p.draft().name());
                out.add(insert(tx, p));
                report.step(ImportProgress.Phase.WRITE, out.size(), prepared.size(), p.file().toString());
            }
            return out;
        });
        // one index update for the batch: the revision moved on by one per session, so the keeper rebuilds once
        transcriptChanges.transcriptChanged(stored.get(stored.size() - 1).id());
        List<ImportResult> results = new ArrayList<>();
        int utterances = 0;
        for (int i = 0; i < stored.size(); i++) {
            PreparedSession p = prepared.get(i);
            results.add(new ImportResult(p.summary(stored.get(i)), 1, 0, p.warnings()));
            utterances += p.transcript().utterances().size();
        }
        return new BatchImportResult(results, utterances);
    }

    /** How many problems of a batch are listed; the count says how many more there were. */
    public static final int BATCH_PROBLEMS_LISTED = 50;

    private static BadInputException batchProblems(List<BadInputException> problems, int failedFiles, int files) {
        StringBuilder sb = new StringBuilder();
        for (BadInputException p : problems.subList(0, Math.min(problems.size(), BATCH_PROBLEMS_LISTED))) {
            sb.append(p.getMessage()).append('\n');
        }
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        if (problems.size() > BATCH_PROBLEMS_LISTED) sb.append(" (the first ").append(BATCH_PROBLEMS_LISTED).append(" are listed)");
        sb.append(" in ").append(failedFiles).append(" of ").append(files).append(files == 1 ? " file" : " files")
                .append(": nothing was imported");
        return new BadInputException(sb.toString());
    }

    private void refuseTakenName(SessionRepository sessions, String name) {
        if (sessions.byName(name).isPresent()) {
            throw new BadInputException(store.location(), null, "a session named '" + name + "' exists already");
        }
    }

    private static Session insert(Transaction tx, PreparedSession p) {
        Session s = tx.sessions().insert(p.draft());
        tx.transcripts().replace(s.id(), p.transcript());
        return s;
    }

    /** A session read and checked, ready to be written. */
    private record PreparedSession(Path file, Session draft, Transcript transcript, List<String> notes, List<String> warnings) {
        String summary(Session stored) {
            return "imported session " + stored.name() + ": " + transcript.utterances().size() + " utterances, "
                    + transcript.participants().size() + " participants" + indented(notes);
        }
    }

    /** Reads and checks what a session import needs, writing nothing. */
    private PreparedSession prepare(SessionImport req) {
        String name = req.name() == null ? "" : req.name().strip();
        if (name.isEmpty()) throw new BadInputException("a session needs a name (--name)");
        if (!Files.isRegularFile(req.transcript())) {
            throw new BadInputException(req.transcript().toString(), null, "transcript file not found");
        }
        TranscriptFormat format = req.format() != null ? req.format() : TranscriptFormat.fromExtension(req.transcript());
        TranscriptRead read = FileAccess.reading(req.transcript(),
                () -> Transcripts.read(req.transcript(), format, req.reading()));
        Transcript transcript = applyRoles(req, read.transcript());
        List<String> warnings = new ArrayList<>();

        String mediaPath = null;
        String sha = null;
        Long duration = null;
        if (req.media() != null) {
            Path media = req.media().toAbsolutePath().normalize();
            if (!Files.isRegularFile(media)) throw new BadInputException(req.media().toString(), null, "media file not found");
            try {
                sha = MediaProbe.sha256(media);
            } catch (IOException e) {
                throw new BadInputException(req.media().toString(), null, "cannot read media: " + e.getMessage());
            }
            mediaPath = media.toString();
            duration = MediaProbe.durationMs(media).orElse(null);
            if (duration != null && transcript.endMs() > duration + MEDIA_SLACK_MS) {
                warnings.add(String.format("transcript ends at %.1f s but the media lasts %.1f s",
                        transcript.endMs() / 1000.0, duration / 1000.0));
            }
        }
        if (duration == null && !transcript.utterances().isEmpty()) duration = transcript.endMs();
        Session draft = new Session(0, name, req.clientId(), req.therapist(), req.number(), req.date(), mediaPath, sha,
                duration);
        return new PreparedSession(req.transcript(), draft, transcript, read.notes(), warnings);
    }

    private static Transcript applyRoles(SessionImport req, Transcript t) {
        for (String label : req.roles().keySet()) {
            if (t.participants().stream().noneMatch(p -> p.label().equals(label))) {
                throw new BadInputException(req.transcript().toString(), null, "--role " + label + ": no speaker '"
                        + label + "' in the transcript (speakers: " + String.join(", ",
                        t.participants().stream().map(Participant::label).toList()) + ")");
            }
        }
        List<Participant> participants = new ArrayList<>();
        for (Participant p : t.participants()) {
            Role role = req.roles().getOrDefault(p.label(), p.role());
            participants.add(p.withRole(role));
        }
        return new Transcript(participants, t.utterances());
    }

    /** Imports codings from the long CSV; raters not yet in the project are added as observers. */
    public ImportResult importCodings(Path csv) {
        List<CodingRow> rows = FileAccess.reading(csv, () -> CodingCsv.read(csv));
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) lines.add(i + 2);
        return importCodingRows(csv.toString(), rows, lines, List.of());
    }

    /** Imports the coded tiers of an ELAN file as one rater's codings of one session. */
    public ImportResult importCodings(CodingEafImport req) {
        Path file = req.file();
        if (req.rater() == null || req.rater().isBlank()) {
            throw new BadInputException(file.toString(), null, "an ELAN file does not say who coded it: add --rater NAME");
        }
        Codebook cb = codebookOf(codebooks.current(), req.codebook(), file.toString(), null);
        String rater = req.rater().strip();
        CodingEafReader.Result read = FileAccess.reading(file, () -> CodingEafReader.read(file, rater, cb, req.tiers()));
        if (req.session() != null && !sessionsByName().containsKey(req.session())) {
            throw new BadInputException("--session " + req.session() + ": no session of that name in the project");
        }
        String session = req.session() != null ? req.session() : sessionOfEaf(file, read.media());
        List<CodingRow> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CodingEafReader.Coded k : read.codings()) {
            rows.add(new CodingRow(session, rater, cb.id(), k.code(), k.startMs(), k.endMs(), null, k.note()));
            lines.add(k.line());
        }
        return importCodingRows(file.toString(), rows, lines, read.notes());
    }

    /** The session an ELAN file's codings belong to: the one named as the file, else the one of its media. */
    private String sessionOfEaf(Path file, List<String> media) {
        Map<String, Session> byName = sessionsByName();
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.eaf$", "");
        if (byName.containsKey(stem)) return stem;
        for (String url : media) {
            String mediaName = url.substring(url.replace('\\', '/').lastIndexOf('/') + 1);
            for (Session s : byName.values()) {
                if (s.mediaPath() != null && Path.of(s.mediaPath()).getFileName().toString().equals(mediaName)) {
                    return s.name();
                }
            }
        }
        throw new BadInputException(file.toString(), null, "no session is named '" + stem + "' or has the media the"
                + " file links: say which session it codes with --session NAME");
    }

    private ImportResult importCodingRows(String file, List<CodingRow> rows, List<Integer> lines, List<String> notes) {
        Map<String, Session> sessionsByName = sessionsByName();
        List<Codebook> inUse = codebooks.current();
        List<Coding> drafts = new ArrayList<>();
        List<String> raterNames = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CodingRow row = rows.get(i);
            int line = lines.get(i);
            Session s = sessionOf(sessionsByName, row.session(), file, line);
            Codebook cb = codebookOf(inUse, row.codebook(), file, line);
            if (cb.code(row.code()).isEmpty()) {
                throw new BadInputException(file, line, "codebook " + cb.id() + " v" + cb.version() + " has no code '"
                        + row.code() + "'");
            }
            if (row.startMs() < 0 || row.endMs() < row.startMs()) {
                throw new BadInputException(file, line, "end_ms " + row.endMs() + " is before start_ms " + row.startMs());
            }
            drafts.add(new Coding(0, s.id(), 0, cb.id(), cb.version(), row.code(), row.startMs(), row.endMs(), null,
                    null, row.value(), emptyToNull(row.note()), null, null));
            raterNames.add(row.rater());
        }
        int[] counts = store.inTransaction(tx -> {
            Map<String, Rater> raters = ensureRaters(tx.raters(), raterNames);
            Set<Long> sessionIds = new HashSet<>();
            for (Coding d : drafts) sessionIds.add(d.sessionId());
            Set<Long> raterIds = new HashSet<>();
            for (Rater r : raters.values()) raterIds.add(r.id());
            Map<String, Set<String>> present = new HashMap<>(); // session:rater -> code@start-end
            for (Coding k : tx.codings().in(Selection.ALL.sessions(sessionIds).raters(raterIds))) {
                present.computeIfAbsent(pair(k.sessionId(), k.raterId()), p -> new HashSet<>()).add(identity(k));
            }
            int added = 0;
            int skipped = 0;
            for (int i = 0; i < drafts.size(); i++) {
                Coding d = drafts.get(i);
                Rater r = raters.get(raterNames.get(i));
                if (!present.computeIfAbsent(pair(d.sessionId(), r.id()), p -> new HashSet<>()).add(identity(d))) {
                    skipped++;
                    continue;
                }
                tx.codings().insert(new Coding(0, d.sessionId(), r.id(), d.codebookId(), d.codebookVersion(),
                        d.codeId(), d.startMs(), d.endMs(), null, null, d.value(), d.note(), null, null), r.id());
                added++;
            }
            return new int[] {added, skipped};
        });
        return new ImportResult("imported " + counts[0] + " codings" + (counts[1] > 0 ? ", skipped " + counts[1]
                + " already in the project" : "") + indented(notes), counts[0], counts[1], List.of());
    }

    /** Imports ratings from the long CSV; a rating already given by the same rater is replaced (and audited). */
    public ImportResult importRatings(Path csv) {
        List<RatingRow> rows = FileAccess.reading(csv, () -> RatingCsv.read(csv));
        String file = csv.toString();
        Map<String, Session> sessionsByName = sessionsByName();
        List<Codebook> inUse = codebooks.current();
        List<Rating> drafts = new ArrayList<>();
        List<String> raterNames = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RatingRow row = rows.get(i);
            int line = i + 2;
            Session s = sessionOf(sessionsByName, row.session(), file, line);
            Codebook cb = codebookOf(inUse, row.codebook(), file, line);
            var scale = cb.scale(row.item()).orElseThrow(() -> new BadInputException(file, line, "codebook " + cb.id()
                    + " has no scale item '" + row.item() + "'"));
            if (!scale.accepts(row.value())) {
                throw new BadInputException(file, line, row.item() + ": value " + row.value() + " outside "
                        + scale.min() + ".." + scale.max());
            }
            if (scale.unit().isWholeSession() != (row.segment() == null)) {
                throw new BadInputException(file, line, row.item() + (scale.unit().isWholeSession()
                        ? " is rated on the whole session: leave segment empty" : " is rated per segment: give a segment"));
            }
            drafts.add(new Rating(0, s.id(), 0, cb.id(), cb.version(), row.item(), row.segment(), row.value(), null));
            raterNames.add(row.rater());
        }
        int added = store.inTransaction(tx -> {
            Map<String, Rater> raters = ensureRaters(tx.raters(), raterNames);
            for (int i = 0; i < drafts.size(); i++) {
                Rating d = drafts.get(i);
                Rater r = raters.get(raterNames.get(i));
                tx.ratings().put(new Rating(0, d.sessionId(), r.id(), d.codebookId(), d.codebookVersion(),
                        d.itemId(), d.segment(), d.value(), null), r.id());
            }
            return drafts.size();
        });
        return new ImportResult("imported " + added + " ratings", added, 0, List.of());
    }

    /** Adds raters that are not yet in the project (name, role); existing ones are left as they are. */
    public ImportResult importRaters(Map<String, RaterRole> raters) {
        int added = store.inTransaction(tx -> {
            int n = 0;
            for (var e : raters.entrySet()) {
                if (tx.raters().byName(e.getKey()).isEmpty()) {
                    tx.raters().insert(e.getKey(), e.getValue());
                    n++;
                }
            }
            return n;
        });
        return new ImportResult("added " + added + " raters", added, raters.size() - added, List.of());
    }

    private static Map<String, Rater> ensureRaters(RaterRepository raters, List<String> names) {
        Map<String, Rater> out = new HashMap<>();
        for (String n : names) {
            if (out.containsKey(n)) continue;
            Optional<Rater> r = raters.byName(n);
            out.put(n, r.isPresent() ? r.get() : raters.insert(n, RaterRole.OBSERVER));
        }
        return out;
    }

    /** What makes two codings of one rater in one session the same for an import: code and times. */
    private static String identity(Coding k) {
        return k.codeId() + "@" + k.startMs() + "-" + k.endMs();
    }

    private static String pair(long sessionId, long raterId) {
        return sessionId + ":" + raterId;
    }

    private Map<String, Session> sessionsByName() {
        Map<String, Session> m = new HashMap<>();
        for (SessionSummary s : sessions.list()) m.put(s.session().name(), s.session());
        return m;
    }

    private static Session sessionOf(Map<String, Session> byName, String name, String file, int line) {
        Session s = byName.get(name);
        if (s == null) throw new BadInputException(file, line, "no session named '" + name + "' in the project");
        return s;
    }

    private static Codebook codebookOf(List<Codebook> all, String id, String file, Integer line) {
        if (id == null || id.isBlank()) {
            if (all.size() == 1) return all.get(0);
            throw new BadInputException(file, line, "no codebook given and the project has " + all.size()
                    + "; add a codebook column");
        }
        return all.stream().filter(cb -> cb.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadInputException(file, line, "no codebook '" + id + "' in the project"));
    }

    /** Notes of a reader, one per line under the summary. */
    private static String indented(List<String> notes) {
        StringBuilder sb = new StringBuilder();
        for (String n : notes) sb.append("\n  ").append(n);
        return sb.toString();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
