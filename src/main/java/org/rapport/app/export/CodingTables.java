package org.rapport.app.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.agreement.alignment.CodedInterval;
import org.rapport.agreement.alignment.TimelineAlignment;
import org.rapport.agreement.alignment.UtteranceAlignment;
import org.rapport.agreement.project.AgreementData;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.RatingUnit;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.session.UtteranceTime;
import org.rapport.report.table.Column;
import org.rapport.report.table.Column.Level;
import org.rapport.report.table.DataTable;
import org.rapport.report.table.VariableNames;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.transcript.coding.CodingCsv;
import org.rapport.transcript.coding.CodingRow;

/**
 * The codings of a project as tables for R and SPSS (docs/exports.md): the long CSV, one row per session × rater ×
 * utterance with a 0/1 column per code, and one row per session × rater × segment counting each code. The wide
 * layouts take the raters who coded a session and the codes of the codebook version in use exactly as by-utterance
 * agreement does (docs/unit-alignment.md), so a kappa worked out from them is Rapport's.
 */
final class CodingTables {
    private static final Map<Double, String> PRESENCE = Map.of(0.0, "absent", 1.0, "present");

    private CodingTables() {
    }

    /** The long CSV's columns (CodingCsv.HEADER) with their labels. */
    static DataTable longTable(List<CodingRow> rows) {
        List<Column> columns = List.of(Column.text("session", "Session"), Column.text("rater", "Rater"),
                Column.text("codebook", "Codebook"), Column.text("codebook_version", "Codebook version"),
                Column.text("code", "Code"), Column.number("start_ms", "Start (ms from the start of the recording)",
                        Level.SCALE, 0), Column.number("end_ms", "End (ms)", Level.SCALE, 0),
                Column.number("first_utterance", "First utterance coded (index from 0; empty: a free interval)",
                        Level.SCALE, 0), Column.number("last_utterance", "Last utterance coded", Level.SCALE, 0),
                Column.number("value", "Value (intensity)", Level.SCALE, 2), Column.text("note", "Note"));
        if (!columns.stream().map(Column::name).toList().equals(CodingCsv.HEADER)) throw new AssertionError("header");
        return new DataTable(columns, CodingCsv.cells(rows));
    }

    /** What the wide layouts read: one codebook's codings of the chosen sessions, and who coded which session. */
    record Coded(Codebook codebook, List<Session> sessions, AgreementData data, Map<Long, Transcript> transcripts,
                 int leftOut) {
        static Coded read(ProjectStore store, Codebook codebook, List<Session> sessions) {
            Map<Long, String> raters = new LinkedHashMap<>();
            for (Rater r : store.read(tx -> tx.raters().all())) raters.put(r.id(), r.name());
            Selection selection = Selection.ALL.codebook(codebook.id()).sessions(sessions.stream().map(Session::id).toList());
            Map<Long, List<Coding>> codings = new HashMap<>();
            int leftOut = 0;
            for (Coding k : store.read(tx -> tx.codings().in(selection))) {
                if (codebook.code(k.codeId()).isEmpty()) {
                    leftOut++;
                    continue;
                }
                codings.computeIfAbsent(k.sessionId(), s -> new ArrayList<>()).add(k);
            }
            Map<Long, Set<Long>> completed = new HashMap<>();
            for (Assignment a : store.read(tx -> tx.assignments().in(selection, AssignmentStatus.COMPLETE))) {
                completed.computeIfAbsent(a.sessionId(), s -> new LinkedHashSet<>()).add(a.raterId());
            }
            Map<Long, Transcript> transcripts = new HashMap<>();
            Map<Long, List<UtteranceTime>> times = new HashMap<>();
            store.read(tx -> {
                for (Session s : sessions) transcripts.put(s.id(), tx.transcripts().load(s.id()));
                return null;
            });
            for (var e : transcripts.entrySet()) {
                times.put(e.getKey(), e.getValue().utterances().stream()
                        .map(u -> new UtteranceTime(u.index(), u.startMs(), u.endMs())).toList());
            }
            return new Coded(codebook, sessions, new AgreementData(sessions, raters, codings, List.of(), completed, times,
                    Map.of()),
                    transcripts, leftOut);
        }

        List<CodedInterval> intervals(Session s) {
            List<CodedInterval> out = new ArrayList<>();
            for (Coding k : data.codings().getOrDefault(s.id(), List.of())) {
                out.add(new CodedInterval(data.raters().get(k.raterId()), k.codeId(), k.startMs(), k.endMs(),
                        k.firstUtterance(), k.lastUtterance()));
            }
            return out;
        }

        List<String> coders(Session s) {
            return data.codersOf(s.id()).stream().map(data.raters()::get).toList();
        }

        /** What the notes say was left out. */
        List<String> notes(String layout) {
            List<String> notes = new ArrayList<>();
            if (leftOut > 0) {
                notes.add("left out " + leftOut + " coding" + (leftOut == 1 ? "" : "s") + " of codes that are not in "
                        + codebook.id() + " " + codebook.version());
            }
            List<String> uncoded = sessions.stream().filter(s -> coders(s).isEmpty()).map(Session::name).toList();
            if (!uncoded.isEmpty()) notes.add("no rater coded " + String.join(", ", uncoded) + " with " + codebook.id());
            if (layout.equals("utterances")) {
                List<String> untimed = sessions.stream().filter(s -> !coders(s).isEmpty()
                        && transcripts.get(s.id()).utterances().isEmpty()).map(Session::name).toList();
                if (!untimed.isEmpty()) notes.add("no transcript, so no utterance rows: " + String.join(", ", untimed));
            }
            return notes;
        }
    }

    /** One row per session, rater who coded it, and utterance; a 0/1 column per code. */
    static DataTable byUtterance(Coded coded, ExportNames names) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("session", "Session"), Column.text("rater", "Rater"),
                Column.number("utterance", "Utterance (index from 0)", Level.SCALE, 0),
                Column.number("start_ms", "Utterance start (ms)", Level.SCALE, 0),
                Column.number("end_ms", "Utterance end (ms)", Level.SCALE, 0), Column.text("speaker", "Speaker"),
                Column.text("role", "Role of the speaker")));
        List<Code> codes = coded.codebook().codes();
        columns.addAll(codeColumns(coded.codebook(), columns, Level.NOMINAL, PRESENCE, ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Session s : coded.sessions()) {
            List<String> coders = coded.coders(s);
            Transcript t = coded.transcripts().get(s.id());
            if (coders.isEmpty() || t.utterances().isEmpty()) continue;
            TimelineAlignment a = TimelineAlignment.align(UtteranceAlignment.units(s.name(), t.utterances()), coders,
                    coded.intervals(s));
            for (String rater : coders) {
                for (int i = 0; i < t.utterances().size(); i++) {
                    Utterance u = t.utterances().get(i);
                    Map<String, Long> applied = a.codesAt(rater, i);
                    List<Object> row = new ArrayList<>(List.of(names.session(s), rater, u.index(), u.startMs(), u.endMs(),
                            names.speaker(s, u.speaker()), t.roleOf(u.speaker()).key()));
                    for (Code c : codes) row.add(applied.containsKey(c.id()) ? 1 : 0);
                    rows.add(row);
                }
            }
        }
        return new DataTable(columns, rows);
    }

    /**
     * One row per session, rater who coded it, and segment of {@code minutes}; a column per code with the number of
     * its codings that start in the segment.
     */
    static DataTable bySegment(Coded coded, int minutes, ExportNames names) {
        RatingUnit unit = RatingUnit.segments(minutes);
        List<Column> columns = new ArrayList<>(List.of(Column.text("session", "Session"), Column.text("rater", "Rater"),
                Column.number("segment", "Segment of " + minutes + " minutes (index from 0)", Level.SCALE, 0),
                Column.number("start_ms", "Segment start (ms)", Level.SCALE, 0),
                Column.number("end_ms", "Segment end (ms)", Level.SCALE, 0)));
        List<Code> codes = coded.codebook().codes();
        columns.addAll(codeColumns(coded.codebook(), columns, Level.SCALE, Map.of(), "Codings of "));
        List<List<Object>> rows = new ArrayList<>();
        for (Session s : coded.sessions()) {
            List<String> coders = coded.coders(s);
            if (coders.isEmpty()) continue;
            List<CodedInterval> intervals = coded.intervals(s);
            long length = coded.data().durationOf(s);
            for (CodedInterval k : intervals) length = Math.max(length, k.endMs());
            int segments = unit.segmentCount(length);
            for (CodedInterval k : intervals) segments = Math.max(segments, unit.segmentAt(k.startMs()) + 1);
            for (String rater : coders) {
                int[][] counts = new int[segments][codes.size()];
                for (CodedInterval k : intervals) {
                    if (!k.rater().equals(rater)) continue;
                    counts[unit.segmentAt(k.startMs())][indexOf(codes, k.code())]++;
                }
                for (int seg = 0; seg < segments; seg++) {
                    List<Object> row = new ArrayList<>(List.of(names.session(s), rater, seg, seg * unit.segmentMs(),
                            segmentEnd(unit, seg, length)));
                    for (int c = 0; c < codes.size(); c++) row.add(counts[seg][c]);
                    rows.add(row);
                }
            }
        }
        return new DataTable(columns, rows);
    }

    /** Where a segment ends: its full length, but the last one at the session's end. */
    private static long segmentEnd(RatingUnit unit, int seg, long sessionLength) {
        long end = (seg + 1) * unit.segmentMs();
        return sessionLength > seg * unit.segmentMs() ? Math.min(end, sessionLength) : end;
    }


    /** A column per code, named after its id, labelled with its name and group. */
    private static List<Column> codeColumns(Codebook codebook, List<Column> before, Level level,
                                            Map<Double, String> valueLabels, String labelPrefix) {
        VariableNames names = new VariableNames();
        for (Column c : before) names.of(c.name());
        List<Column> out = new ArrayList<>();
        for (Code c : codebook.codes()) {
            String label = labelPrefix + c.id() + (c.label() == null ? "" : ": " + c.label())
                    + (c.group() == null ? "" : " (" + c.group() + ")");
            out.add(Column.number(names.of(c.id()), label, level, 0).withValueLabels(valueLabels));
        }
        return out;
    }

    private static int indexOf(List<Code> codes, String codeId) {
        for (int i = 0; i < codes.size(); i++) if (codes.get(i).id().equals(codeId)) return i;
        throw new IllegalStateException("code " + codeId + " was not left out");
    }
}
