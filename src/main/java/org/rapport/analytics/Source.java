package org.rapport.analytics;

/**
 * Whose codings and ratings a session's analysis rests on: its consensus, or one chosen rater. Every result names it,
 * so raters are never mixed unseen.
 *
 * @param rater the consensus rater's name, or the chosen rater's
 */
public record Source(Kind kind, String rater) {
    public enum Kind {
        CONSENSUS, RATER;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Source consensus(String consensusRater) {
        return new Source(Kind.CONSENSUS, consensusRater);
    }

    public static Source rater(String name) {
        return new Source(Kind.RATER, name);
    }

    /** "consensus (Consensus)" or "rater Ana", as listings show it. */
    public String label() {
        return kind == Kind.CONSENSUS ? "consensus (" + rater + ")" : "rater " + rater;
    }
}
