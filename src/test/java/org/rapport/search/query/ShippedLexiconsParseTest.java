package org.rapport.search.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rapport.codebook.CodebookLoader;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.SavedSearch;
import org.rapport.search.analysis.IndexLanguage;

/** Every saved search of every shipped codebook parses with Rapport's own fields, not only as Lucene syntax. */
class ShippedLexiconsParseTest {
    @Test
    void everyShippedSavedSearchNamesOnlyKnownFieldsAndValues() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("codebooks"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        TranscriptQueryParser parser = TranscriptQueryParser.forLanguage(IndexLanguage.EN);
        int checked = 0;
        for (Path file : files) {
            for (Code code : CodebookLoader.load(file).codes()) {
                for (SavedSearch search : code.searches()) {
                    assertDoesNotThrow(() -> parser.parse(search.query()), file + " " + code.id() + ": " + search.query());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 40, "saved searches checked: " + checked);
    }
}
