package org.rapport.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns curly apostrophes (and the prime and modifier letter apostrophe) into straight ones, trims apostrophes at the
 * start and end of a word (quoting, 'cause) and drops tokens that are only apostrophes. Mapping here rather than in
 * a char filter keeps offsets exact and indexing fast.
 */
final class ApostropheTrimFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    ApostropheTrimFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            char[] b = term.buffer();
            int len = term.length();
            for (int i = 0; i < len; i++) {
                if (isApostrophe(b[i])) b[i] = '\'';
            }
            int start = 0;
            while (start < len && b[start] == '\'') start++;
            int end = len;
            while (end > start && b[end - 1] == '\'') end--;
            if (start == end) {
                skipped += posInc.getPositionIncrement();
                continue;
            }
            if (start > 0 || end < len) {
                int so = offset.startOffset();
                int eo = offset.endOffset();
                // only adjust offsets when they still map one to one onto the term
                if (eo - so == len) offset.setOffset(so + start, eo - (len - end));
                System.arraycopy(b, start, b, 0, end - start);
                term.setLength(end - start);
            }
            if (skipped > 0) posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u2032' || c == '\u02BC';
    }
}
