package org.rapport.app.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.agreement.project.AgreementData;
import org.rapport.agreement.project.Disagreement;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectDisagreements;
import org.rapport.app.Project;
import org.rapport.app.codebook.CodebookService;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.store.ProjectStore;

/**
 * The disagreements behind a project's reliability, for review: read like {@code agree --project} (the same request,
 * the same units), each with the transcript line spoken at its moment. A supervisor's view, blind to nothing.
 */
public final class ProjectDisagreementList {
    /** A disagreement with the utterance spoken at its moment (null without a transcript there). */
    public record Row(Disagreement disagreement, Utterance line) {
    }

    /** The rows in session and time order, and what a reader must know (sessions left out ...). */
    public record Result(List<Row> rows, List<String> raters, List<String> notes) {
        public Result {
            rows = List.copyOf(rows);
            raters = List.copyOf(raters);
            notes = List.copyOf(notes);
        }
    }

    private final ProjectStore store;
    private final CodebookService codebooks;
    private final Project project;

    public ProjectDisagreementList(Project project) {
        this.store = project.store();
        this.codebooks = project.codebooks();
        this.project = project;
    }

    /** @throws BadInputException as {@link ProjectAgreement#compute} does, and with fewer than two raters */
    public Result find(ProjectAgreementRequest request) {
        request.check();
        project.identity().checkMaySeeOthers("list disagreements between raters");
        Codebook codebook = codebooks.current(request.codebookId());
        AgreementData data = AgreementDataReader.read(store, codebook, request);
        List<String> raters = new ArrayList<>(data.coders());
        for (String r : data.raterNamesWithRatings()) if (!raters.contains(r)) raters.add(r);
        if (raters.size() < 2) {
            throw new BadInputException(store.location(), null, "disagreements need two or more raters, but "
                    + (raters.isEmpty() ? "no rater has" : "only " + String.join(", ", raters) + " has")
                    + " codings or ratings for codebook " + codebook.id() + " in the chosen sessions");
        }
        List<String> notes = new ArrayList<>();
        List<Disagreement> found = new ProjectDisagreements(data, codebook, request, notes).find();
        Map<Long, Transcript> transcripts = new HashMap<>();
        List<Row> rows = new ArrayList<>(found.size());
        for (Disagreement d : found) {
            Transcript t = transcripts.computeIfAbsent(d.sessionId(), id -> store.read(tx -> tx.transcripts().load(id)));
            rows.add(new Row(d, lineOf(t, d)));
        }
        return new Result(rows, raters, notes);
    }

    /**
     * The utterance of a code's unit, else the one spoken at its midpoint (or last begun before it); none for an item,
     * which covers a segment or the whole session.
     */
    static Utterance lineOf(Transcript t, Disagreement d) {
        if (d.item() != null) return null;
        if (d.utterance() != null) {
            for (Utterance u : t.utterances()) if (u.index() == d.utterance()) return u;
        }
        int i = t.indexAt(d.startMs() + (d.endMs() - d.startMs()) / 2);
        return i < 0 ? null : t.utterances().get(i);
    }
}
