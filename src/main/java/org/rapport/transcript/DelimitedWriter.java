package org.rapport.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVPrinter;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;

/** Writes a transcript as CSV or TSV: header start,end,speaker,text; times in seconds with three decimals. */
final class DelimitedWriter {
    private DelimitedWriter() {
    }

    static void write(Transcript transcript, char delimiter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CsvTable.format(delimiter));
        printer.printRecord(DelimitedReader.COLUMNS);
        for (Utterance u : transcript.utterances()) {
            printer.printRecord(TimeCodes.formatSeconds(u.startMs()), TimeCodes.formatSeconds(u.endMs()),
                    u.speaker(), u.text());
        }
        printer.flush();
    }
}
