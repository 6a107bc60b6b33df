package org.rapport.app.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.app.FileAccess;
import org.rapport.app.codebook.CodebookService;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.SessionSummary;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.Transcripts;
import org.rapport.transcript.coding.CodingCsv;
import org.rapport.transcript.coding.CodingEaf;
import org.rapport.transcript.coding.CodingRow;
import org.rapport.transcript.coding.RatingCsv;
import org.rapport.transcript.coding.RatingRow;

/** Writes transcripts, codings and ratings out in the formats other tools read (ELAN, R, SPSS). */
public final class ExportService {
    private final ProjectStore store;
    private final CodebookService codebooks;
    private final SessionService sessions;

    public ExportService(ProjectStore store, CodebookService codebooks, SessionService sessions) {
        this.store = store;
        this.codebooks = codebooks;
        this.sessions = sessions;
    }

    /** One session's transcript; an EAF file keeps the tier names it was read from and links the media. */
    public void transcript(String sessionName, TranscriptFormat format, Path out) {
        Session s = sessions.byName(sessionName);
        Path media = s.mediaPath() == null ? null : Path.of(s.mediaPath());
        FileAccess.writing(out, () -> Transcripts.write(sessions.transcript(s.id()), format, out, media));
    }

    /** All codings (or one session's) as long CSV; returns how many were written. */
    public int codingsCsv(String sessionNameOrNull, Path out) {
        List<CodingRow> rows = codingRows(sessionNameOrNull);
        FileAccess.writing(out, () -> CodingCsv.write(rows, out));
        return rows.size();
    }

    /** One session's codings as an ELAN file: a tier per rater and code group. */
    public int codingsEaf(String sessionName, Path out) {
        if (sessionName == null) {
            throw new BadInputException("an EAF file holds one session's time line: add --session NAME");
        }
        Session s = sessions.byName(sessionName);
        List<CodingRow> rows = codingRows(sessionName);
        Map<String, String> groups = new HashMap<>();
        for (Codebook cb : codebooks.current()) {
            for (Code code : cb.codes()) groups.putIfAbsent(code.id(), code.group());
        }
        Path media = s.mediaPath() == null ? null : Path.of(s.mediaPath());
        FileAccess.writing(out, () -> CodingEaf.write(rows, groups, media, out));
        return rows.size();
    }

    /** All ratings as long CSV; returns how many were written. */
    public int ratingsCsv(Path out) {
        Map<Long, String> sessionNames = sessionNames();
        Map<Long, String> raterNames = raterNames();
        List<RatingRow> rows = new ArrayList<>();
        for (Rating r : store.read(tx -> tx.ratings().in(Selection.ALL))) {
            rows.add(new RatingRow(sessionNames.get(r.sessionId()), raterNames.get(r.raterId()), r.codebookId(),
                    r.itemId(), r.segment(), r.value()));
        }
        FileAccess.writing(out, () -> RatingCsv.write(rows, out));
        return rows.size();
    }

    private List<CodingRow> codingRows(String sessionNameOrNull) {
        Map<Long, String> sessionNames = sessionNames();
        Map<Long, String> raterNames = raterNames();
        Long sessionId = sessionNameOrNull == null ? null : sessions.byName(sessionNameOrNull).id();
        List<Coding> codings = store.read(tx -> sessionId == null ? tx.codings().in(Selection.ALL)
                : tx.codings().forSession(sessionId, null));
        List<CodingRow> rows = new ArrayList<>();
        for (Coding k : codings) {
            rows.add(new CodingRow(sessionNames.get(k.sessionId()), raterNames.get(k.raterId()), k.codebookId(),
                    k.codeId(), k.startMs(), k.endMs(), k.value(), k.note()));
        }
        return rows;
    }

    private Map<Long, String> sessionNames() {
        Map<Long, String> m = new HashMap<>();
        for (SessionSummary s : sessions.list()) m.put(s.session().id(), s.session().name());
        return m;
    }

    private Map<Long, String> raterNames() {
        Map<Long, String> m = new HashMap<>();
        for (Rater r : store.read(tx -> tx.raters().all())) m.put(r.id(), r.name());
        return m;
    }
}
