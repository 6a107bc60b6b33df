package org.rapport.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Trims apostrophes at the start and end of a word (quoting, 'cause) and drops tokens that are only apostrophes. */
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
}
