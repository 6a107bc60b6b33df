package org.rapport.transcript;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rapport.model.BadInputException;

/** PROVISIONAL (replaced by the transcripts branch). */
public final class CodingCsv {
    private CodingCsv() {
    }

    public static List<CodingRow> read(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            List<CodingRow> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                out.add(new CodingRow(r.get("session"), r.get("rater"), r.get("codebook"), r.get("code"),
                        Long.parseLong(r.get("start_ms")), Long.parseLong(r.get("end_ms")),
                        r.get("value").isBlank() ? null : Double.valueOf(r.get("value")), r.get("note")));
            }
            return out;
        } catch (Exception e) {
            throw new BadInputException(file.toString(), null, e.getMessage());
        }
    }

    public static void write(List<CodingRow> rows, Path out) {
        throw new BadInputException("PROVISIONAL");
    }
}
