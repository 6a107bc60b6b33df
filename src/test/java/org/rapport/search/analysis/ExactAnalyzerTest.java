package org.rapport.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.rapport.search.index.UtteranceDocuments;

class ExactAnalyzerTest {
    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "@" + off.startOffset() + "-" + off.endOffset());
            ts.end();
        }
        return out;
    }

    @Test
    void contractionsStayOneLowerCasedWord() throws IOException {
        assertEquals(List.of("i@0-1", "don't@2-7", "know@8-12"), tokens(new ExactAnalyzer(), "I DON'T know."));
    }

    @Test
    void curlyApostrophesCountAsStraightOnes() throws IOException {
        assertEquals(List.of("it's@0-4", "client's@5-13"), tokens(new ExactAnalyzer(), "It\u2019s client\u2019s"));
    }

    @Test
    void quotingApostrophesAreTrimmedWithTheirOffsets() throws IOException {
        assertEquals(List.of("she@0-3", "said@4-8", "fine@10-14"), tokens(new ExactAnalyzer(), "she said 'fine'"));
    }

    @Test
    void wordCountCountsContractionsOnceAndIgnoresPunctuation() {
        assertEquals(3, ExactAnalyzer.countWords("I don't know..."));
        assertEquals(2, ExactAnalyzer.countWords("Mm-hm."));
        assertEquals(0, ExactAnalyzer.countWords("' -- ?"));
    }

    @Test
    void aQuestionMarkBeforeClosingQuotesStillMakesAQuestion() {
        assertEquals(true, UtteranceDocuments.endsWithQuestionMark("You said \"why?\" "));
        assertEquals(false, UtteranceDocuments.endsWithQuestionMark("Why? Because."));
    }
}
