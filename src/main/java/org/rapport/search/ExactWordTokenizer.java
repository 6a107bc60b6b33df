package org.rapport.search;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits on everything but letters, digits and apostrophes, so "don't" and "client's" stay one word.
 * Curly apostrophes are turned into straight ones before this (see {@link ExactAnalyzer}); apostrophes at the
 * edge of a word (quotes, 'cause) are trimmed by {@link ApostropheTrimFilter}.
 */
final class ExactWordTokenizer extends CharTokenizer {
    @Override
    protected boolean isTokenChar(int c) {
        return isWordChar(c);
    }

    static boolean isWordChar(int c) {
        return c == '\'' || Character.isLetterOrDigit(c);
    }
}
