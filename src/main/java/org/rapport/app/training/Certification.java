package org.rapport.app.training;

import java.time.Instant;
import java.util.List;

import org.rapport.agreement.project.CriterionCheck;
import org.rapport.model.codebook.Criterion;

/**
 * A rater's training to criterion under a codebook: every gold session they completed, in completion order, with
 * their agreement with its reference, pass or fail, and the run of passes; certified at the first session where the
 * run reaches the criterion's number of consecutive passes.
 *
 * @param certifiedIndex index in {@code sessions} of the session at which certification was reached, or -1
 */
public record Certification(String rater, String codebookId, String codebookVersion, String codebookTitle,
                            Criterion criterion, List<GoldResult> sessions, int certifiedIndex) {
    public Certification {
        sessions = List.copyOf(sessions);
    }

    public boolean certified() {
        return certifiedIndex >= 0;
    }

    /** The session at which certification was reached, or null. */
    public GoldResult certifiedAt() {
        return certified() ? sessions.get(certifiedIndex) : null;
    }

    /**
     * One gold session the rater completed.
     *
     * @param order     1 for the first gold session completed
     * @param phase     "training" up to certification, "calibration" after it
     * @param value     the criterion's deciding value (the lowest of its targets), null when not assessed
     * @param passed    null when not assessed (the reference has not completed it, or nothing defined)
     * @param run       passes in a row after this session
     * @param reason    why it was not assessed, else null
     * @param targets   the criterion's targets with their values
     * @param breakdown agreement per code group, item, subscale and total
     */
    public record GoldResult(int order, String session, String reference, Instant completedAt, String phase,
                             Double value, Boolean passed, int run, String reason, List<CriterionCheck.Value> targets,
                             List<CriterionCheck.Value> breakdown) {
        public GoldResult {
            targets = List.copyOf(targets);
            breakdown = List.copyOf(breakdown);
        }
    }
}
