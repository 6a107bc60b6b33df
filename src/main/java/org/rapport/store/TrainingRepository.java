package org.rapport.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Gold sessions and reliability samples (schema 8, decision 0015): what observers must not know. Only the staff's
 * services call it; on a server the rater group has no right on its tables. Every change writes its audit row in the
 * same transaction (entities {@link #GOLD_ENTITY}, {@link #SAMPLE_ENTITY}).
 */
public interface TrainingRepository {
    String GOLD_ENTITY = "gold_session";
    String SAMPLE_ENTITY = "reliability_sample";

    /** A session marked gold for a codebook, with the rater whose codes are the reference. */
    record Gold(long id, long sessionId, String codebookId, long referenceId, String markedBy, Instant markedAt) {
    }

    /**
     * A reliability sample: drawn with a share, a seed and optionally strata ("client", "therapist",
     * "session-number"), out of {@code population} sessions.
     */
    record Sample(long id, String codebookId, double share, long seed, String stratify, int population,
                  String drawnBy, Instant drawnAt, List<Picked> picked) {
        public Sample {
            picked = List.copyOf(picked);
        }
    }

    /** A session of a sample: its stratum (null without strata), the stratum's size, and its second rater. */
    record Picked(long sessionId, String stratum, int stratumSize, long secondRaterId) {
    }

    /** Marks a session gold for a codebook, or changes its reference when it is gold already. */
    Gold markGold(long sessionId, String codebookId, long referenceId, String markedBy, Long actingRaterId);

    /** Takes the gold mark away; false when the session was not gold for the codebook. */
    boolean unmarkGold(long sessionId, String codebookId, Long actingRaterId);

    /** The gold sessions of a codebook, by session. */
    List<Gold> gold(String codebookId);

    /** Stores a sample with its sessions (id and time given here). */
    Sample insertSample(Sample sample, Long actingRaterId);

    /** The sample of a codebook, if one was drawn. */
    Optional<Sample> sample(String codebookId);
}
