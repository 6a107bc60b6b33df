package org.rapport.app.search;

/**
 * Code context for a search: only utterances within {@code withinSeconds} of a coding with the code.
 *
 * @param codebookId null for any codebook that has the code
 * @param byRater    only this rater's codings (a name), or null
 * @param minRaters  at least this many different raters must have coded it nearby (1 = anyone)
 */
public record NearCode(String codeId, String codebookId, double withinSeconds, String byRater, int minRaters) {
    public static NearCode of(String codeId, double withinSeconds) {
        return new NearCode(codeId, null, withinSeconds, null, 1);
    }
}
