package org.rapport.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The exact-wording analyzer: words with their apostrophes, lower-cased, nothing stemmed or dropped.
 * Curly apostrophes (’ ‘) and the prime (′) count as the straight one, so pasted text matches typed text.
 */
public final class ExactAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ExactWordTokenizer();
        TokenStream result = new LowerCaseFilter(new ApostropheTrimFilter(source));
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ApostropheTrimFilter(in));
    }

    /** Number of words as this analyzer counts them (the words: field), without running the analyzer. */
    public static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean apostrophe = ApostropheTrimFilter.isApostrophe(c);
            if (apostrophe || Character.isLetterOrDigit(c)) {
                inWord = true;
                if (!apostrophe) hasLetter = true;
            } else if (inWord) {
                if (hasLetter) words++;
                inWord = false;
                hasLetter = false;
            }
        }
        if (inWord && hasLetter) words++;
        return words;
    }
}
