package org.rapport.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;

/** Writes a transcript as CSV or TSV: header start,end,speaker,text; times in seconds with three decimals. */
final class DelimitedWriter {
    private DelimitedWriter() {
    }

    static void write(Transcript transcript, char delimiter, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>(transcript.utterances().size());
        for (Utterance u : transcript.utterances()) {
            rows.add(List.of(TimeCodes.formatSeconds(u.startMs()), TimeCodes.formatSeconds(u.endMs()), u.speaker(),
                    u.text()));
        }
        CsvTable.print(out, delimiter, DelimitedReader.COLUMNS, rows);
    }
}
