package org.rapport.app.search;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapport.model.BadInputException;
import org.rapport.search.query.SearchHit;

/** Search hits as a CSV file, one row per hit with the utterances before and after. */
final class HitsCsv {
    private HitsCsv() {
    }

    static void write(List<SearchHit> hits, Path csv) {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("session", "utterance", "start_ms",
                     "end_ms", "speaker", "role", "text", "highlights", "previous_speaker", "previous_text",
                     "next_speaker", "next_text").get())) {
            for (SearchHit h : hits) {
                p.printRecord(h.session(), h.utterance(), h.startMs(), h.endMs(), h.speaker(), h.role(), h.text(),
                        String.join(" | ", h.highlightedWords()),
                        h.previous() == null ? "" : h.previous().speaker(), h.previous() == null ? "" : h.previous().text(),
                        h.next() == null ? "" : h.next().speaker(), h.next() == null ? "" : h.next().text());
            }
        } catch (IOException e) {
            throw new BadInputException(csv.toString(), null, "cannot write: " + e.getMessage());
        }
    }
}
