package org.rapport.app.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.app.FileAccess;
import org.rapport.app.OutputGuard;
import org.rapport.app.codebook.CodebookService;
import org.rapport.app.deidentify.Deidentifier;
import org.rapport.app.identity.Identity;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.SessionSummary;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.report.table.DataTable;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.transcript.Output;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.Transcripts;
import org.rapport.transcript.coding.CodingEaf;
import org.rapport.transcript.coding.CodingRow;
import org.rapport.transcript.coding.RatingRow;

/**
 * Writes transcripts, codings and ratings out in the formats other tools read (ELAN, R, SPSS; docs/exports.md).
 * Every output is checked to land outside the project folder before anything is written.
 */
public final class ExportService {
    private final ProjectStore store;
    private final CodebookService codebooks;
    private final SessionService sessions;
    private final Identity identity;
    private final OutputGuard guard;

    /** @param identity who opened the project: exports of codings and ratings are for those who see everyone's work */
    public ExportService(ProjectStore store, CodebookService codebooks, SessionService sessions, Identity identity,
                         OutputGuard guard) {
        this.store = store;
        this.codebooks = codebooks;
        this.sessions = sessions;
        this.identity = identity;
        this.guard = guard;
    }

    /** One session's transcript; an EAF file keeps the tier names it was read from and links the media. */
    public void transcript(String sessionName, TranscriptFormat format, Output out) {
        transcript(sessionName, format, out, null);
    }

    /**
     * As {@link #transcript(String, TranscriptFormat, Output)}, de-identified when a de-identifier is given: speaker
     * labels, tier names and what was said, and no link to the recording (its path may name the client).
     */
    public void transcript(String sessionName, TranscriptFormat format, Output out, Deidentifier deidentifyOrNull) {
        guard.checked(out);
        Session s = sessions.byName(sessionName);
        Transcript transcript = sessions.transcript(s.id());
        Path media = s.mediaPath() == null || deidentifyOrNull != null ? null : Path.of(s.mediaPath());
        Transcript written = deidentifyOrNull == null ? transcript
                : deidentified(transcript, s, DeidentifiedNames.of(deidentifyOrNull));
        FileAccess.writing(out, () -> Transcripts.write(written, format, out, media));
    }

    private static Transcript deidentified(Transcript t, Session s, ExportNames names) {
        List<Participant> participants = new ArrayList<>();
        for (Participant p : t.participants()) {
            participants.add(new Participant(names.speaker(s, p.label()), p.role(),
                    p.tier() == null ? null : names.speaker(s, p.tier())));
        }
        List<Utterance> utterances = new ArrayList<>();
        for (Utterance u : t.utterances()) {
            utterances.add(new Utterance(u.index(), u.startMs(), u.endMs(), names.speaker(s, u.speaker()),
                    names.text(s, u.text())));
        }
        return new Transcript(participants, utterances);
    }

    /** The codings in one of the layouts of {@link CodingLayout}, with an SPSS syntax file when asked. */
    public ExportSummary codings(CodingExport req, Output out) {
        return codings(req, out, null);
    }

    /** As {@link #codings(CodingExport, Output)}, de-identified (session names, speakers, notes) when asked. */
    public ExportSummary codings(CodingExport req, Output out, Deidentifier deidentifyOrNull) {
        identity.checkMaySeeOthers("export raters' codings");
        checkOutputs(out, req.spss());
        ExportNames names = DeidentifiedNames.of(deidentifyOrNull);
        if (req.segmentMinutes() != null && req.layout() != CodingLayout.SEGMENTS) {
            throw new BadInputException("--segment-minutes goes with --layout segments");
        }
        if (req.segmentMinutes() != null && req.segmentMinutes() <= 0) {
            throw new BadInputException("--segment-minutes must be a positive number of minutes");
        }
        if (req.layout() == CodingLayout.LONG) {
            Codebook only = req.codebook() == null ? null : codebooks.current(req.codebook());
            List<CodingRow> rows = codingRows(req.session(), only, names);
            List<String> notes = TableFiles.write(CodingTables.longTable(rows), out, req.spss(),
                    "Codings of a Rapport project, one row per coding");
            return new ExportSummary(rows.size(), notes);
        }
        Codebook cb = wideCodebook(req.codebook(), req.layout().key());
        CodingTables.Coded coded = CodingTables.Coded.read(store, cb, chosenSessions(req.session()));
        DataTable table;
        String description;
        if (req.layout() == CodingLayout.UTTERANCES) {
            table = CodingTables.byUtterance(coded, names);
            description = "Codings of " + cb.id() + " " + cb.version() + ", one row per session, rater and utterance";
        } else {
            int minutes = req.segmentMinutes() != null ? req.segmentMinutes() : cb.segmentMinutes();
            table = CodingTables.bySegment(coded, minutes, names);
            description = "Codings of " + cb.id() + " " + cb.version() + ", counted per session, rater and segment of "
                    + minutes + " minutes";
        }
        List<String> notes = new ArrayList<>(coded.notes(req.layout().key()));
        notes.addAll(TableFiles.write(table, out, req.spss(), description));
        return new ExportSummary(table.rows().size(), notes);
    }

    /** One session's codings as an ELAN file: a tier per rater and code group. */
    public int codingsEaf(String sessionName, Output out) {
        return codingsEaf(sessionName, out, null);
    }

    /** As {@link #codingsEaf(String, Output)}, de-identified (notes; no link to the recording) when asked. */
    public int codingsEaf(String sessionName, Output out, Deidentifier deidentifyOrNull) {
        identity.checkMaySeeOthers("export raters' codings");
        guard.checked(out);
        if (sessionName == null) {
            throw new BadInputException("an EAF file holds one session's time line: add --session NAME");
        }
        Session s = sessions.byName(sessionName);
        // an EAF file does not name its session: only the notes are de-identified
        List<CodingRow> rows = codingRows(sessionName, null, DeidentifiedNames.of(deidentifyOrNull).keepingSessionNames());
        Map<String, String> groups = new HashMap<>();
        for (Codebook cb : codebooks.current()) {
            for (Code code : cb.codes()) groups.putIfAbsent(code.id(), code.group());
        }
        Path media = s.mediaPath() == null || deidentifyOrNull != null ? null : Path.of(s.mediaPath());
        FileAccess.writing(out, () -> CodingEaf.write(rows, groups, media, out));
        return rows.size();
    }

    /** The ratings in one of the layouts of {@link RatingLayout}, with an SPSS syntax file when asked. */
    public ExportSummary ratings(RatingExport req, Output out) {
        return ratings(req, out, null);
    }

    /** As {@link #ratings(RatingExport, Output)}, with de-identified session names when asked. */
    public ExportSummary ratings(RatingExport req, Output out, Deidentifier deidentifyOrNull) {
        identity.checkMaySeeOthers("export raters' ratings");
        checkOutputs(out, req.spss());
        ExportNames names = DeidentifiedNames.of(deidentifyOrNull);
        Map<Long, Session> byId = new LinkedHashMap<>();
        for (Session s : chosenSessions(null)) byId.put(s.id(), s);
        Map<Long, String> raterNames = raterNames();
        if (req.layout() == RatingLayout.LONG) {
            Selection selection = req.codebook() == null ? Selection.ALL
                    : Selection.ALL.codebook(codebooks.current(req.codebook()).id());
            List<RatingRow> rows = new ArrayList<>();
            for (Rating r : store.read(tx -> tx.ratings().in(selection))) {
                Codebook version = codebooks.version(r.codebookId(), r.codebookVersion()).orElse(null);
                rows.add(RatingTables.row(r, names.session(byId.get(r.sessionId())), raterNames.get(r.raterId()), version));
            }
            List<String> notes = TableFiles.write(RatingTables.longTable(rows), out, req.spss(),
                    "Ratings of a Rapport project, one row per rating");
            return new ExportSummary(rows.size(), notes);
        }
        Codebook cb = wideCodebook(req.codebook(), req.layout().key());
        Map<Long, List<Rating>> bySession = new HashMap<>();
        int unknownItems = 0;
        for (Rating r : store.read(tx -> tx.ratings().in(Selection.ALL.codebook(cb.id())))) {
            if (cb.scale(r.itemId()).isEmpty()) {
                unknownItems++;
                continue;
            }
            bySession.computeIfAbsent(r.sessionId(), s -> new ArrayList<>()).add(r);
        }
        DataTable table = RatingTables.wide(cb, new ArrayList<>(byId.values()), bySession, raterNames,
                names);
        List<String> notes = new ArrayList<>();
        if (unknownItems > 0) {
            notes.add("left out " + unknownItems + " rating" + (unknownItems == 1 ? "" : "s") + " of items that are not in "
                    + cb.id() + " " + cb.version());
        }
        notes.addAll(TableFiles.write(table, out, req.spss(), "Ratings of " + cb.id() + " " + cb.version()
                + ", one row per session, rater and segment, one column per item"));
        return new ExportSummary(table.rows().size(), notes);
    }

    private void checkOutputs(Output out, Output spss) {
        guard.checked(out);
        if (spss == null) return;
        guard.checked(spss);
        if (out.file().isEmpty()) {
            throw new BadInputException("--spss: the syntax file reads the CSV from its file: give --out FILE, not -");
        }
        if (spss.file().isEmpty() || spss.file().get().toAbsolutePath().normalize()
                .equals(out.file().get().toAbsolutePath().normalize())) {
            throw new BadInputException("--spss: the syntax file needs a file of its own, beside the CSV");
        }
    }

    /** The codebook of a wide layout: named, since its codes or items are the columns. */
    private Codebook wideCodebook(String id, String layout) {
        if (id == null) {
            throw new BadInputException("--layout " + layout + " has a column per code or item of one codebook: add"
                    + " --codebook ID (" + String.join(", ", codebooks.current().stream().map(Codebook::id).toList()) + ")");
        }
        return codebooks.current(id);
    }

    private List<Session> chosenSessions(String nameOrNull) {
        if (nameOrNull != null) return List.of(sessions.byName(nameOrNull));
        return sessions.list().stream().map(SessionSummary::session).toList();
    }

    private List<CodingRow> codingRows(String sessionNameOrNull, Codebook onlyOrNull, ExportNames names) {
        Map<Long, Session> byId = new HashMap<>();
        for (SessionSummary s : sessions.list()) byId.put(s.session().id(), s.session());
        Map<Long, String> raterNames = raterNames();
        Long sessionId = sessionNameOrNull == null ? null : sessions.byName(sessionNameOrNull).id();
        List<Coding> codings = store.read(tx -> sessionId == null ? tx.codings().in(Selection.ALL)
                : tx.codings().forSession(sessionId, null));
        List<CodingRow> rows = new ArrayList<>();
        for (Coding k : codings) {
            if (onlyOrNull != null && !k.codebookId().equals(onlyOrNull.id())) continue;
            Session s = byId.get(k.sessionId());
            rows.add(new CodingRow(names.session(s), raterNames.get(k.raterId()), k.codebookId(),
                    k.codebookVersion(), k.codeId(), k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance(),
                    k.value(), names.text(s, k.note())));
        }
        return rows;
    }


    private Map<Long, String> raterNames() {
        Map<Long, String> m = new LinkedHashMap<>();
        for (Rater r : store.read(tx -> tx.raters().all())) m.put(r.id(), r.name());
        return m;
    }
}
