package org.rapport.model.coding;

import java.time.Instant;
import java.util.List;

/**
 * The consensus coding of one session under one codebook: settled from the codings of two or more raters (its
 * sources) into the codings of a rater of role consensus. What the sources agree on is taken when it starts; each
 * disagreement becomes a {@link ConsensusItem} a supervisor decides.
 *
 * @param raterId   the consensus rater whose codings hold the result
 * @param sources   the raters it was settled from, in the order given
 * @param method    how codings were put on units: "utterance" or "time-slice"
 * @param sliceMs   the slice width for time slices, else null
 * @param startedBy who started it (a rater's name, or the user who ran the command)
 */
public record Consensus(long id, long sessionId, String codebookId, String codebookVersion, long raterId,
                        List<Long> sources, String method, Long sliceMs, String startedBy, Instant startedAt) {
    public Consensus {
        sources = List.copyOf(sources);
    }
}
