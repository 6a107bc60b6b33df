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
public final class RatingCsv {
    private RatingCsv() {
    }

    public static List<RatingRow> read(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            List<RatingRow> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                out.add(new RatingRow(r.get("session"), r.get("rater"), r.get("codebook"), r.get("item"),
                        r.get("segment").isBlank() ? null : Integer.valueOf(r.get("segment")), Double.parseDouble(r.get("value"))));
            }
            return out;
        } catch (Exception e) {
            throw new BadInputException(file.toString(), null, e.getMessage());
        }
    }

    public static void write(List<RatingRow> rows, Path out) {
        throw new BadInputException("PROVISIONAL");
    }
}
