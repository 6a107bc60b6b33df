package org.rapport.app.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapport.app.FileAccess;
import org.rapport.app.identity.ActingIdentity;
import org.rapport.app.codebook.CodebookService;
import org.rapport.app.identity.Identity;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.SessionSummary;
import org.rapport.app.session.TranscriptChangeListener;
import org.rapport.media.MediaProbe;
import org.rapport.model.BadInputException;
import org.rapport.model.InputFile;
import org.rapport.model.Limits;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.time.TimeCodes;
import org.rapport.store.ImportBatch;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.transcript.LongCsv;
import org.rapport.transcript.Problems;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.TranscriptRead;
import org.rapport.transcript.SourceText;
import org.rapport.transcript.Transcripts;
import org.rapport.transcript.coding.CodingCsv;
import org.rapport.transcript.coding.CodingEafReader;
import org.rapport.transcript.coding.CodingRow;
import org.rapport.transcript.coding.RatingCsv;
import org.rapport.transcript.coding.RatingRow;

/**
 * Imports sessions, codings and ratings. Every import is all-or-nothing: everything is read and checked first, so
 * bad input leaves the project exactly as it was; then it is written in small transactions that no reader sees and
 * published in one small step ({@link StagedWrite}), so a crash at any moment leaves the project unchanged or with
 * the whole import. Imports never create raters and never overwrite: unknown raters and conflicting ratings are
 * listed and refused. Each import records who ran it ({@link ActingIdentity}).
 */
public final class ImportService {
    /** A transcript may run past the media by this much before we warn (cue rounding, trailing silence). */
    private static final long MEDIA_SLACK_MS = 1_000;

    private final ProjectStore store;
    private final CodebookService codebooks;
    private final SessionService sessions;
    private final TranscriptChangeListener transcriptChanges;
    private final Runnable beforeImport;
    private final Identity identity;

    /**
     * @param beforeImport runs once an import is checked and before it writes (the backup of a file project)
     * @param identity     who opened the project: importing raters' codings and ratings is for those who see them all
     */
    public ImportService(ProjectStore store, CodebookService codebooks, SessionService sessions,
                         TranscriptChangeListener transcriptChanges, Runnable beforeImport, Identity identity) {
        this.store = store;
        this.codebooks = codebooks;
        this.sessions = sessions;
        this.transcriptChanges = transcriptChanges;
        this.beforeImport = beforeImport;
        this.identity = identity;
    }

    public ImportResult importSession(SessionImport req) {
        return importSession(req, ActingIdentity.of(identity));
    }

    public ImportResult importSession(SessionImport req, ActingIdentity who) {
        PreparedSession prepared = prepare(req);
        String name = prepared.draft().name();
        if (store.read(tx -> tx.sessions().byName(name)).isPresent()) {
            throw new BadInputException(store.location(), null, "a session named '" + name + "' exists already");
        }
        beforeImport.run();
        Session stored = publish(List.of(prepared), who, ImportProgress.NONE).get(0);
        transcriptChanges.transcriptChanged(stored.id());
        return new ImportResult(prepared.summary(stored), 1, 0, prepared.warnings());
    }

    public BatchImportResult importSessions(List<SessionImport> requests, ImportProgress progress) {
        return importSessions(requests, ActingIdentity.of(identity), progress);
    }

    /**
     * Imports many sessions in one step: every transcript and recording is read and checked first, and if any has
     * a problem every problem is reported (file:line: problem, up to {@link #BATCH_PROBLEMS_LISTED}) and nothing is
     * imported; otherwise all of them are staged as one import batch and published in one step (decision 0011).
     */
    public BatchImportResult importSessions(List<SessionImport> requests, ActingIdentity who, ImportProgress progress) {
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
        beforeImport.run();
        List<Session> stored = publish(prepared, who, report);
        // one index update for the batch, published as one import batch: the revision moved on by one
        transcriptChanges.transcriptsChanged(stored.stream().map(Session::id).toList());
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

    /**
     * Stages the sessions and their utterances in chunks under one import batch and publishes it in one small
     * transaction (docs/decisions/0011): readers see all of them or none.
     */
    private List<Session> publish(List<PreparedSession> prepared, ActingIdentity who, ImportProgress report) {
        int rows = 0;
        for (PreparedSession p : prepared) rows += p.transcript().utterances().size();
        String source = prepared.size() == 1 ? prepared.get(0).file().toString() : prepared.size() + " sessions";
        List<Session> stored = new ArrayList<>();
        StagedWrite.publish(store, ImportBatch.Kind.SESSION, source, who, rows, (batch, chunks) -> {
            for (PreparedSession p : prepared) {
                Session draft = p.draft();
                Transcript transcript = p.transcript();
                Session s = chunks.step(tx -> tx.sessions().stage(batch, draft, transcript.utterances().size(),
                        transcript.participants().size()));
                chunks.each(transcript.utterances(), (tx, chunk, offset) -> tx.transcripts().append(s.id(),
                        offset == 0 ? transcript.participants() : List.of(), chunk));
                stored.add(new Session(s.id(), draft.name(), draft.clientId(), draft.therapist(), draft.number(),
                        draft.date(), draft.mediaPath(), draft.mediaSha256(), draft.durationMs()));
                report.step(ImportProgress.Phase.WRITE, stored.size(), prepared.size(), p.file().toString());
            }
        });
        return stored;
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
        checkOption("--name", name, Limits.NAME);
        checkOption("--client", req.clientId(), Limits.NAME);
        checkOption("--therapist", req.therapist(), Limits.NAME);
        if (!Files.exists(req.transcript())) {
            throw new BadInputException(req.transcript().toString(), null, "transcript file not found");
        }
        InputFile.check(req.transcript(), req.transcript().toString(), SourceText.MAX_BYTES, "transcripts");
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
            if (!Files.exists(media)) throw new BadInputException(req.media().toString(), null, "media file not found");
            InputFile.check(media, req.media().toString(), Long.MAX_VALUE, "media");
            try {
                sha = MediaProbe.sha256(media);
            } catch (IOException e) {
                throw new BadInputException(req.media().toString(), null, "cannot read media: " + e.getMessage());
            }
            mediaPath = Limits.checkText(req.media().toString(), null, "the media file's path", media.toString(),
                    Limits.PATH, false);
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

    /** Imports codings from the long CSV as the identity that opened the project. */
    public ImportResult importCodings(Path csv) {
        identity.checkMaySeeOthers("import raters' codings");
        return importCodings(csv, ActingIdentity.of(identity));
    }

    /** Imports codings from the long CSV; every rater it names must be in the project. */
    public ImportResult importCodings(Path csv, ActingIdentity who) {
        List<CodingRow> rows = FileAccess.reading(csv, () -> CodingCsv.read(csv));
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) lines.add(i + 2);
        return importCodingRows(csv.toString(), rows, lines, List.of(), who);
    }

    /** Imports the coded tiers of an ELAN file as the identity that opened the project. */
    public ImportResult importCodings(CodingEafImport req) {
        identity.checkMaySeeOthers("import raters' codings");
        return importCodings(req, ActingIdentity.of(identity));
    }

    /** Imports the coded tiers of an ELAN file as one rater's codings of one session. */
    public ImportResult importCodings(CodingEafImport req, ActingIdentity who) {
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
        return importCodingRows(file.toString(), rows, lines, read.notes(), who);
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

    private ImportResult importCodingRows(String file, List<CodingRow> rows, List<Integer> lines, List<String> notes,
                                          ActingIdentity who) {
        Map<String, SessionSummary> sessionsByName = summariesByName();
        List<Codebook> inUse = codebooks.current();
        Map<String, Rater> raters = knownRaters(file, rows.stream().map(CodingRow::rater).toList(), lines, who);
        Problems problems = new Problems(file);
        List<Coding> drafts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CodingRow row = rows.get(i);
            int line = lines.get(i);
            try {
                SessionSummary summary = sessionsByName.get(row.session());
                if (summary == null) {
                    throw new BadInputException(file, line, "no session named '" + row.session() + "' in the project");
                }
                Session s = summary.session();
                Codebook cb = versionOf(codebookOf(inUse, row.codebook(), file, line), row.codebookVersion(), file,
                        line);
                if (cb.code(row.code()).isEmpty()) {
                    throw new BadInputException(file, line, "codebook " + cb.id() + " v" + cb.version()
                            + " has no code '" + row.code() + "'");
                }
                if (row.startMs() < 0 || row.endMs() < row.startMs()) {
                    throw new BadInputException(file, line, "end_ms " + row.endMs() + " is before start_ms "
                            + row.startMs());
                }
                checkWithinSession(file, line, s, row.startMs(), row.endMs());
                Limits.checkText(file, line, "the note", row.note(), Limits.NOTE, true);
                if (row.lastUtterance() != null && row.lastUtterance() >= summary.utterances()) {
                    throw new BadInputException(file, line, "utterances " + row.firstUtterance() + "-"
                            + row.lastUtterance() + ": session " + s.name() + " has " + summary.utterances()
                            + " utterance" + (summary.utterances() == 1 ? "" : "s") + (summary.utterances() == 0 ? ""
                            : " (0-" + (summary.utterances() - 1) + ")"));
                }
                drafts.add(new Coding(0, s.id(), raters.get(row.rater()).id(), cb.id(), cb.version(), row.code(),
                        row.startMs(), row.endMs(), row.firstUtterance(), row.lastUtterance(), row.value(),
                        emptyToNull(row.note()), null, null));
            } catch (BadInputException e) {
                problems.add(e);
            }
        }
        problems.throwIfAny();
        List<Coding> fresh = withoutCodingsPresent(drafts);
        int skipped = drafts.size() - fresh.size();
        beforeImport.run();
        StagedWrite.publish(store, ImportBatch.Kind.CODINGS, file, who, fresh.size(), (batch, chunks) ->
                chunks.each(fresh, (tx, chunk, offset) -> tx.codings().stage(batch, chunk, who.raterId())));
        return new ImportResult("imported " + fresh.size() + " codings" + (skipped > 0 ? ", skipped " + skipped
                + " already in the project" : "") + indented(notes), fresh.size(), skipped, List.of());
    }

    /**
     * The codings not yet in the project: a row is "already in the project" only when a stored coding of the same
     * rater says exactly the same (code, times, span, version, value, note), counted one for one, so distinct codings
     * are never merged and an import run twice adds nothing the second time.
     */
    private List<Coding> withoutCodingsPresent(List<Coding> drafts) {
        Set<Long> sessionIds = new HashSet<>();
        Set<Long> raterIds = new HashSet<>();
        for (Coding d : drafts) {
            sessionIds.add(d.sessionId());
            raterIds.add(d.raterId());
        }
        Map<CodingContent, Integer> present = new HashMap<>();
        for (Coding k : store.read(tx -> tx.codings().in(Selection.ALL.sessions(sessionIds).raters(raterIds)))) {
            present.merge(CodingContent.of(k), 1, Integer::sum);
        }
        List<Coding> fresh = new ArrayList<>();
        for (Coding d : drafts) {
            CodingContent content = CodingContent.of(d);
            if (present.getOrDefault(content, 0) > 0) present.merge(content, -1, Integer::sum);
            else fresh.add(d);
        }
        return fresh;
    }

    /** A coding must lie within its session: nothing after the media (or transcript) ends, nothing past {@link Limits#SESSION_MS}. */
    private static void checkWithinSession(String file, int line, Session s, long startMs, long endMs) {
        String problem = Limits.timeProblem("end_ms " + endMs, endMs);
        if (problem != null) throw new BadInputException(file, line, problem);
        if (s.durationMs() != null && endMs > s.durationMs() + MEDIA_SLACK_MS) {
            throw new BadInputException(file, line, String.format(Locale.ROOT, "ends at %s, after session %s ends"
                    + " (%s)", TimeCodes.formatVtt(endMs), s.name(), TimeCodes.formatVtt(s.durationMs())));
        }
    }

    /** Imports ratings from the long CSV as the identity that opened the project. */
    public ImportResult importRatings(Path csv) {
        identity.checkMaySeeOthers("import raters' ratings");
        return importRatings(csv, ActingIdentity.of(identity));
    }

    /**
     * Imports ratings from the long CSV. Every rater it names must be in the project; a rating the project already
     * holds with the same value is skipped, one with another value is a conflict: all conflicts are listed and
     * nothing is imported.
     */
    public ImportResult importRatings(Path csv, ActingIdentity who) {
        List<RatingRow> rows = FileAccess.reading(csv, () -> RatingCsv.read(csv));
        String file = csv.toString();
        Map<String, Session> sessionsByName = sessionsByName();
        List<Codebook> inUse = codebooks.current();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) lines.add(i + 2);
        Map<String, Rater> raters = knownRaters(file, rows.stream().map(RatingRow::rater).toList(), lines, who);
        Problems problems = new Problems(file);
        List<Rating> drafts = new ArrayList<>();
        List<Integer> draftLines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RatingRow row = rows.get(i);
            int line = lines.get(i);
            try {
                Session s = sessionOf(sessionsByName, row.session(), file, line);
                Codebook cb = versionOf(codebookOf(inUse, row.codebook(), file, line), row.codebookVersion(), file,
                        line);
                var scale = cb.scale(row.item()).orElseThrow(() -> new BadInputException(file, line, "codebook "
                        + cb.id() + " has no scale item '" + row.item() + "'"));
                if (!scale.accepts(row.value())) {
                    throw new BadInputException(file, line, row.item() + ": value " + row.value() + " outside "
                            + scale.min() + ".." + scale.max());
                }
                if (scale.unit().isWholeSession() != (row.segment() == null)) {
                    throw new BadInputException(file, line, row.item() + (scale.unit().isWholeSession()
                            ? " is rated on the whole session: leave segment empty"
                            : " is rated per segment: give a segment"));
                }
                checkSegment(file, line, s, scale.unit().segmentMinutes(), row.segment());
                drafts.add(new Rating(0, s.id(), raters.get(row.rater()).id(), cb.id(), cb.version(), row.item(),
                        row.segment(), row.value(), null));
                draftLines.add(line);
            } catch (BadInputException e) {
                problems.add(e);
            }
        }
        problems.throwIfAny();
        List<Rating> fresh = withoutRatingsPresent(file, drafts, draftLines, raters, sessionsByName);
        int skipped = drafts.size() - fresh.size();
        beforeImport.run();
        StagedWrite.publish(store, ImportBatch.Kind.RATINGS, file, who, fresh.size(), (batch, chunks) ->
                chunks.each(fresh, (tx, chunk, offset) -> tx.ratings().stage(batch, chunk, who.raterId())));
        return new ImportResult("imported " + fresh.size() + " ratings" + (skipped > 0 ? ", skipped " + skipped
                + " already in the project" : ""), fresh.size(), skipped, List.of());
    }

    /** A segment must start before the session ends (when its length is known). */
    private static void checkSegment(String file, int line, Session s, int segmentMinutes, Integer segment) {
        if (segment == null || segmentMinutes <= 0) return;
        long start = segment * (long) segmentMinutes * 60_000;
        long length = s.durationMs() != null ? s.durationMs() : Limits.SESSION_MS;
        if (start >= length + MEDIA_SLACK_MS) {
            throw new BadInputException(file, line, "segment " + segment + " starts at "
                    + TimeCodes.formatVtt(start) + ", after session " + s.name() + " ends ("
                    + TimeCodes.formatVtt(length) + ")");
        }
    }

    /**
     * The ratings that are new; a rating already held with the same value (in the project, or earlier in the
     * file) is left out, and one held with another value is a conflict: all of them are refused together.
     */
    private List<Rating> withoutRatingsPresent(String file, List<Rating> drafts, List<Integer> lines,
                                               Map<String, Rater> raters, Map<String, Session> sessions) {
        Set<Long> sessionIds = new HashSet<>();
        for (Rating d : drafts) sessionIds.add(d.sessionId());
        Map<String, Rating> held = new HashMap<>();
        Map<String, Integer> heldAt = new HashMap<>();
        for (Rating r : store.read(tx -> tx.ratings().in(Selection.ALL.sessions(sessionIds)))) held.put(key(r), r);
        Map<Long, String> raterNames = new HashMap<>();
        for (Rater r : raters.values()) raterNames.put(r.id(), r.name());
        Map<Long, String> sessionNames = new HashMap<>();
        for (Session s : sessions.values()) sessionNames.put(s.id(), s.name());
        Problems conflicts = new Problems(file);
        List<Rating> fresh = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Rating d = drafts.get(i);
            Rating before = held.get(key(d));
            if (before == null) {
                held.put(key(d), d);
                heldAt.put(key(d), lines.get(i));
                fresh.add(d);
            } else if (before.value() != d.value()) {
                Integer earlier = heldAt.get(key(d));
                conflicts.add(lines.get(i), String.format(Locale.ROOT, "%s's rating of %s in %s (%s) is %s %s;"
                        + " this row says %s: ratings are never overwritten by an import", raterNames.get(d.raterId()),
                        d.itemId(), sessionNames.get(d.sessionId()), d.segment() == null ? "whole session"
                        : "segment " + d.segment(), LongCsv.formatNumber(before.value()),
                        earlier == null ? "in the project" : "on line " + earlier, LongCsv.formatNumber(d.value())));
            }
        }
        conflicts.throwIfAny();
        return fresh;
    }

    private static String key(Rating r) {
        return r.sessionId() + ":" + r.raterId() + ":" + r.codebookId() + ":" + r.itemId() + ":" + r.segment();
    }

    /**
     * The raters a file names, each of whom must be in the project (an import never creates one: a misspelt name
     * would become a new rater) and whom the acting identity may write for. All unknown names are listed together.
     */
    private Map<String, Rater> knownRaters(String file, List<String> names, List<Integer> lines, ActingIdentity who) {
        Map<String, Rater> byName = new HashMap<>();
        for (Rater r : store.read(tx -> tx.raters().all())) byName.put(r.name(), r);
        Map<String, List<Integer>> unknown = new java.util.LinkedHashMap<>();
        Map<String, Integer> forbidden = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Rater r = byName.get(names.get(i));
            if (r == null) unknown.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(lines.get(i));
            else if (!who.mayWriteFor(r)) forbidden.putIfAbsent(r.name(), lines.get(i));
        }
        if (!unknown.isEmpty()) {
            Problems problems = new Problems(file);
            for (var e : unknown.entrySet()) {
                List<Integer> at = e.getValue();
                problems.add(at.get(0), "no rater named '" + e.getKey() + "' in the project (" + at.size()
                        + (at.size() == 1 ? " row" : " rows") + "; raters: " + String.join(", ", byName.keySet().stream()
                        .sorted().toList()) + "); add a rater with: rapport raters --add NAME --role observer");
            }
            problems.throwIfAny();
        }
        if (!forbidden.isEmpty()) {
            var first = forbidden.entrySet().iterator().next();
            throw new BadInputException(file, first.getValue(), who.name() + " is an observer and may import only"
                    + " their own codings and ratings, not those of " + String.join(", ", forbidden.keySet()));
        }
        return byName;
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

    /** A command-line value over its limit is refused before anything is read. */
    private static void checkOption(String option, String value, int limit) {
        String problem = Limits.textProblem(option, value, limit, false);
        if (problem != null) throw new BadInputException(problem);
    }

    /**
     * What makes a coding in a file the same as one in the project: everything it says (session, rater, codebook and
     * version, code, times, utterance span, value and note), not its id or when it was stored.
     */
    private record CodingContent(long sessionId, long raterId, String codebookId, String codebookVersion, String codeId,
                                 long startMs, long endMs, Integer firstUtterance, Integer lastUtterance, Double value,
                                 String note) {
        static CodingContent of(Coding k) {
            return new CodingContent(k.sessionId(), k.raterId(), k.codebookId(), k.codebookVersion(), k.codeId(),
                    k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance(), k.value(), k.note());
        }
    }

    /** The version a row names, else the version in use. */
    private Codebook versionOf(Codebook inUse, String version, String file, int line) {
        if (version == null || version.equals(inUse.version())) return inUse;
        return codebooks.version(inUse.id(), version).orElseThrow(() -> new BadInputException(file, line, "codebook "
                + inUse.id() + " has no version '" + version + "' in the project (add it with rapport codebook add)"));
    }

    private Map<String, SessionSummary> summariesByName() {
        Map<String, SessionSummary> m = new HashMap<>();
        for (SessionSummary s : sessions.list()) m.put(s.session().name(), s);
        return m;
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
