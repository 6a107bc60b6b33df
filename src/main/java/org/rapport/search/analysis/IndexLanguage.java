package org.rapport.search.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.rapport.model.BadInputException;

/**
 * The languages the stemmed field understands. Stop words are kept (an empty stop set): in therapy talk
 * "not", "no" and "I" carry the meaning a researcher looks for.
 */
public enum IndexLanguage {
    EN("English", () -> new EnglishAnalyzer(CharArraySet.EMPTY_SET)),
    IT("Italian", () -> new ItalianAnalyzer(CharArraySet.EMPTY_SET)),
    DE("German", () -> new GermanAnalyzer(CharArraySet.EMPTY_SET)),
    ES("Spanish", () -> new SpanishAnalyzer(CharArraySet.EMPTY_SET)),
    FR("French", () -> new FrenchAnalyzer(CharArraySet.EMPTY_SET));

    private final String label;
    private final Supplier<Analyzer> stemmer;

    IndexLanguage(String label, Supplier<Analyzer> stemmer) {
        this.label = label;
        this.stemmer = stemmer;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public Analyzer stemmedAnalyzer() {
        return stemmer.get();
    }

    /** Parses "en", "it", "de", "es" or "fr" (or the English name). */
    public static IndexLanguage fromKey(String key) {
        String k = key == null ? "" : key.trim();
        for (IndexLanguage l : values()) {
            if (l.key().equalsIgnoreCase(k) || l.label.equalsIgnoreCase(k)) return l;
        }
        throw new BadInputException("unknown search language '" + key + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(IndexLanguage::key).toList()));
    }
}
