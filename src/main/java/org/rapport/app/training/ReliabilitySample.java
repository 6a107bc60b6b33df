package org.rapport.app.training;

import java.time.Instant;
import java.util.List;

/**
 * A reliability sample (decision 0015): round(share × n) sessions per stratum, picked with a seed, each assigned
 * to a second rater; with the sentence a methods section quotes.
 *
 * @param stratify   "client", "therapist", "session-number", or null
 * @param population sessions the sample was drawn from (every session but the codebook's gold ones)
 * @param dryRun     true when only listed: nothing was stored or assigned
 * @param drawnAt    when it was drawn (null for a dry run)
 */
public record ReliabilitySample(String codebookId, double share, long seed, String stratify, int population,
                                List<Stratum> strata, List<Picked> picked, boolean dryRun, String drawnBy,
                                Instant drawnAt) {
    public ReliabilitySample {
        strata = List.copyOf(strata);
        picked = List.copyOf(picked);
    }

    /** A stratum: its value (null: sessions without one, or the whole population without strata), size and pick. */
    public record Stratum(String key, int size, int picked) {
    }

    /** A session picked, its stratum and its second rater. */
    public record Picked(String session, String stratum, String secondRater) {
    }

    /**
     * For the methods section: "20% of sessions (k = 24), chosen at random stratified by client, were coded by a
     * second observer", with the seed and the population, so that the pick can be repeated.
     */
    public String methodsSentence() {
        String strat = stratify == null ? "" : " stratified by " + switch (stratify) {
            case "session-number" -> "session number";
            default -> stratify;
        };
        return ReliabilityMethods.percent(share) + " of sessions (k = " + picked.size() + "), chosen at random" + strat
                + ", were coded by a second observer who did not know which sessions were double-coded (" + population
                + " sessions; random seed " + seed + ").";
    }
}
