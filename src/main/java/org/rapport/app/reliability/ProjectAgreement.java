package org.rapport.app.reliability;

import java.util.ArrayList;
import java.util.List;

import org.rapport.agreement.project.AgreementData;
import org.rapport.agreement.project.CodeAgreement;
import org.rapport.agreement.project.MethodsParagraph;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.agreement.project.RatingAgreement;
import org.rapport.app.Project;
import org.rapport.app.codebook.CodebookService;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.store.ProjectStore;

/**
 * Inter-rater reliability of a whole project for one codebook: reads the codings and ratings through the store
 * (the supervisor's view, blind to nothing), aligns codings to units by the chosen method, picks the statistics by
 * level of measurement and writes the methods paragraph. The result is printed by the CLI and written as HTML by
 * {@code org.rapport.report.html.ReliabilityReport}.
 */
public final class ProjectAgreement {
    private final ProjectStore store;
    private final CodebookService codebooks;

    public ProjectAgreement(Project project) {
        project.identity().checkMaySeeOthers("compute reliability over raters' work");
        this.store = project.store();
        this.codebooks = project.codebooks();
    }

    /**
     * @throws BadInputException for an unknown codebook, session or rater, options that do not fit the method, or
     *                           fewer than two raters with codings or ratings
     */
    public ProjectAgreementResult compute(ProjectAgreementRequest request) {
        request.check();
        Codebook codebook = codebooks.current(request.codebookId());
        AgreementData data = AgreementDataReader.read(store, codebook, request);
        List<String> notes = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        MethodsParagraph methods = new MethodsParagraph(codebook, request);

        List<String> coders = codebook.codes().isEmpty() ? List.of() : data.coders();
        List<String> raters = codebook.scales().isEmpty() ? List.of() : data.raterNamesWithRatings();
        if (coders.size() < 2 && raters.size() < 2) {
            throw new BadInputException(store.location(), null, "agreement needs two or more raters, but "
                    + describe(coders, raters) + " for codebook " + codebook.id() + " in the chosen sessions");
        }
        if (coders.size() >= 2) {
            CodeAgreement codeAgreement = new CodeAgreement(data, codebook, request, notes);
            List<Section> codeSections = codeAgreement.sections(coders);
            sections.addAll(codeSections);
            methods.codes(coders, codedSessions(data), codeSections.get(0), codeSections.get(1), codeAgreement.unitsBySpeaker());
        } else if (!codebook.codes().isEmpty()) {
            notes.add("codes not compared: " + describe(coders, List.of()));
        }
        if (raters.size() >= 2) {
            List<Section> ratingSections = new RatingAgreement(data, codebook, notes, request.bootstrap()).sections(raters);
            sections.addAll(ratingSections);
            Section totals = ratingSections.stream().filter(s -> s.id().equals(RatingAgreement.TOTALS)).findFirst().orElse(null);
            List<Section> items = ratingSections.stream().filter(s -> s.id().endsWith("-items")).toList();
            methods.ratings(raters, (int) data.ratings().stream().map(r -> r.sessionId()).distinct().count(), items, totals);
        } else if (!codebook.scales().isEmpty() && !data.ratings().isEmpty()) {
            notes.add("ratings not compared: only " + String.join(", ", raters) + " rated");
        }
        long removed = data.codings().values().stream().flatMap(List::stream)
                .filter((Coding k) -> codebook.code(k.codeId()).isEmpty()).count();
        if (removed > 0) notes.add(removed + " coding(s) of codes no longer in codebook version " + codebook.version() + " left out");
        String alignment = alignment(request, coders.size() >= 2);
        return new ProjectAgreementResult(codebook.id(), codebook.version(), codebook.title(), request.method(), alignment,
                data.sessions().stream().map(s -> s.name()).toList(), union(coders, raters), sections, methods.text(),
                methods.references(), notes);
    }

    private static int codedSessions(AgreementData data) {
        return (int) data.sessions().stream().filter(s -> !data.codersOf(s.id()).isEmpty()).count();
    }

    private static String describe(List<String> coders, List<String> raters) {
        List<String> all = union(coders, raters);
        return all.isEmpty() ? "no rater has codings or ratings" : "only " + String.join(", ", all) + " has codings or ratings";
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        for (String x : b) if (!out.contains(x)) out.add(x);
        return out;
    }

    private static String alignment(ProjectAgreementRequest r, boolean codes) {
        if (!codes) return "ratings only: one unit per session (and segment) and item";
        return switch (r.method()) {
            case UTTERANCE -> "by utterance: each utterance is a unit; a code is present when its coding covers at least"
                    + " half the utterance or its midpoint";
            case TIME_SLICE -> "by time slice of " + r.slice() + " ms: each slice is a unit; a code is present when its"
                    + " coding covers at least half the slice or its midpoint";
            case EVENT -> "by event matching (Holle & Rein 2015): " + r.eventOptions().describe()
                    + "; one-to-one, best pair first";
        };
    }
}
