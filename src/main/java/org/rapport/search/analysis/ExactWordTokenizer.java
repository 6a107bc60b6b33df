package org.rapport.search.analysis;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits on everything but letters, digits and apostrophes, so "don't" and "client's" stay one word.
 * Curly apostrophes count as apostrophes; {@link ApostropheTrimFilter} makes them straight and trims apostrophes at
 * the edge of a word (quotes, 'cause).
 */
final class ExactWordTokenizer extends CharTokenizer {
    @Override
    protected boolean isTokenChar(int c) {
        return isWordChar(c);
    }

    static boolean isWordChar(int c) {
        return ApostropheTrimFilter.isApostrophe(c) || Character.isLetterOrDigit(c);
    }
}
