package org.rapport.app.search;

import java.util.ArrayList;
import java.util.List;

import org.rapport.app.FileAccess;
import org.rapport.search.query.SearchHit;
import org.rapport.transcript.LongCsv;
import org.rapport.transcript.Output;

/** Search hits as a CSV file, one row per hit with the utterances before and after. */
final class HitsCsv {
    static final List<String> HEADER = List.of("session", "utterance", "start_ms", "end_ms", "speaker", "role", "text",
            "highlights", "previous_speaker", "previous_text", "next_speaker", "next_text");

    private HitsCsv() {
    }

    static void write(List<SearchHit> hits, Output csv) {
        List<List<Object>> rows = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            rows.add(List.of(h.session(), h.utterance(), h.startMs(), h.endMs(), h.speaker(), h.role(), h.text(),
                    String.join(" | ", h.highlightedWords()),
                    h.previous() == null ? "" : h.previous().speaker(), h.previous() == null ? "" : h.previous().text(),
                    h.next() == null ? "" : h.next().speaker(), h.next() == null ? "" : h.next().text()));
        }
        FileAccess.writing(csv, () -> LongCsv.write(csv, HEADER, rows));
    }
}
