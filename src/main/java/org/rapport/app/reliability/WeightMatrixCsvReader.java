package org.rapport.app.reliability;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapport.model.BadInputException;
import org.rapport.model.InputFile;

/** Reads a square CSV matrix of agreement weights (no header), rows and columns in category order. */
public final class WeightMatrixCsvReader {
    /** The largest weight matrix read: 1 MiB. */
    static final long MAX_BYTES = 1024L * 1024;

    private WeightMatrixCsvReader() {
    }

    public static double[][] read(Path file) {
        String name = file.toString();
        InputFile.check(file, name, MAX_BYTES, "rating tables");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(in)) {
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                int row = (int) parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                double[] w = new double[rec.size()];
                for (int i = 0; i < rec.size(); i++) {
                    try {
                        w[i] = Double.parseDouble(rec.get(i).trim());
                    } catch (NumberFormatException e) {
                        throw new BadInputException(name, row, "weight '" + rec.get(i) + "' in column " + (i + 1) + " is not a number");
                    }
                    if (!Double.isFinite(w[i])) throw new BadInputException(name, row, "weight in column " + (i + 1) + " is not finite");
                }
                rows.add(w);
            }
            if (rows.isEmpty()) throw new BadInputException(name, null, "the weight matrix is empty");
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).length != rows.size()) {
                    throw new BadInputException(name, i + 1, "the weight matrix must be square: row has " + rows.get(i).length
                            + " values but there are " + rows.size() + " rows");
                }
            }
            return rows.toArray(new double[0][]);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, null, "file not found");
        } catch (IOException e) {
            throw new BadInputException(name, null, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
