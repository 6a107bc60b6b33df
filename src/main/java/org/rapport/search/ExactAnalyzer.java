package org.rapport.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;

/**
 * The exact-wording analyzer: words with their apostrophes, lower-cased, nothing stemmed or dropped.
 * Curly apostrophes (’ ‘) and the prime (′) count as the straight one, so pasted text matches typed text.
 */
public final class ExactAnalyzer extends Analyzer {
    private static final NormalizeCharMap APOSTROPHES;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("\u2019", "'");
        b.add("\u2018", "'");
        b.add("\u2032", "'");
        b.add("\u02BC", "'");
        APOSTROPHES = b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ExactWordTokenizer();
        TokenStream result = new LowerCaseFilter(new ApostropheTrimFilter(source));
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Number of words as this analyzer counts them (the words: field), without running the analyzer. */
    public static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean apostrophe = c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u2032' || c == '\u02BC';
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
