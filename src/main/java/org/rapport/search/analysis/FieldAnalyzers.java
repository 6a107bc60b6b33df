package org.rapport.search.analysis;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** One analyzer per field policy: exact words, stemmed words, whole lower-cased values for keyword fields. */
public final class FieldAnalyzers {
    private FieldAnalyzers() {
    }

    public static Analyzer create(IndexLanguage language) {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(SearchFields.STEMMED, language.stemmedAnalyzer());
        Analyzer keyword = new LowerCaseKeywordAnalyzer();
        for (String f : SearchFields.KEYWORDS) perField.put(f, keyword);
        return new PerFieldAnalyzerWrapper(new ExactAnalyzer(), perField);
    }

    /** A whole value, lower-cased: "Dr Smith" matches speaker:"dr smith". */
    static final class LowerCaseKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
