package org.rapport.codebook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.SavedSearch;

/**
 * The saved searches shipped in the codebooks are valid Lucene classic query syntax. (The search package decides
 * the analyzers; here only the syntax is checked, which does not depend on them.)
 */
class ShippedSearchesParseTest {

    @Test
    void everyShippedSearchIsValidClassicQuerySyntax() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ShippedCodebooksTest.DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            for (Code code : CodebookLoader.load(file).codes()) {
                for (SavedSearch search : code.searches()) {
                    QueryParser parser = new QueryParser("text", new StandardAnalyzer());
                    assertDoesNotThrow(() -> parser.parse(search.query()), file + " " + code.id() + ": "
                            + search.query());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 30, "only " + checked + " searches found");
    }

    @Test
    void shippedSearchPhrasesAreLowerCase() {
        for (Code code : CodebookLoader.load(ShippedCodebooksTest.DIR.resolve("3rs.yaml")).codes()) {
            for (SavedSearch search : code.searches()) {
                String withoutOperators = search.query().replace(" AND ", " ").replace(" OR ", " ")
                        .replace(" TO ", " ");
                assertTrue(withoutOperators.equals(withoutOperators.toLowerCase()), code.id() + ": " + search.query());
            }
        }
    }
}
