package org.rapport.app.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.agreement.project.CriterionCheck;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.app.reliability.ProjectAgreement;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Criterion;

/**
 * Two raters' agreement on one session: {@code agree --project} restricted to that session and those two raters,
 * read through the criterion (decision 0015), so training and drift report the very statistics reliability does.
 */
final class PairAgreement {
    private final ProjectAgreement agreement;
    private final String codebookId;
    private final Criterion criterion;
    /** Certification and drift ask for the same pair on the same session: computed once per operation. */
    private final Map<List<String>, Result> computed = new HashMap<>();

    PairAgreement(ProjectAgreement agreement, String codebookId, Criterion criterion) {
        this.agreement = agreement;
        this.codebookId = codebookId;
        this.criterion = criterion;
    }

    /** What the pair's agreement on a session is, or why it could not be computed. */
    record Result(CriterionCheck.Outcome outcome, List<CriterionCheck.Value> breakdown, String notAssessed) {
        static Result notAssessed(String why) {
            return new Result(null, List.of(), why);
        }

        Boolean passed() {
            if (outcome == null || outcome.value() == null) return null;
            return outcome.passed();
        }

        Double value() {
            return outcome == null ? null : outcome.value();
        }

        String reason() {
            if (notAssessed != null) return notAssessed;
            return outcome.value() == null ? outcome.undefinedReason() : null;
        }
    }

    Result of(String session, String a, String b) {
        return computed.computeIfAbsent(List.of(session, a, b), key -> compute(session, a, b));
    }

    private Result compute(String session, String a, String b) {
        ProjectAgreementResult r;
        try {
            r = agreement.compute(ProjectAgreementRequest.of(codebookId).withSessions(List.of(session))
                    .withRaters(List.of(a, b)));
        } catch (BadInputException e) {
            // e.g. one of them has not completed the session: nothing to compare yet
            return Result.notAssessed(e.problem());
        }
        return new Result(CriterionCheck.of(r, criterion, a, b), CriterionCheck.breakdown(r, a, b), null);
    }
}
